// The cluster manager's command line: `npm run cluster -- <up|down|status|logs>` (docs/cluster.md).
import { runCluster } from './run-cluster.js';
import { processTerminal } from './terminal.js';

// Exits at once rather than when the event loop drains: the started processes are detached,
// and a kept-alive HTTP connection of the health checks must not hold the prompt back.
process.exit(await runCluster(process.argv.slice(2), processTerminal, process.env));
