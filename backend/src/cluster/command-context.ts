// What every command receives: the resolved paths and where to report.
import type { StateLayout } from './cluster-paths.js';
import type { Terminal } from './terminal.js';

export interface CommandContext {
  /** Absolute path of the cluster file, and how messages name it. */
  configPath: string;
  configLabel: string;
  layout: StateLayout;
  terminal: Terminal;
  /** The manager's environment: the base of every instance's environment. */
  env: NodeJS.ProcessEnv;
  /** `logs` only. */
  server: string | undefined;
}
