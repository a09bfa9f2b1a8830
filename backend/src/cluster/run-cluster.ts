// One run of the cluster manager: reads the arguments, runs one command, and turns the
// operator's problems into a message and an exit code — 0 done, 1 the cluster is not in the
// asked state, 2 the command or the file is wrong.
import { parseCliArgs, USAGE, type CommandName } from './cli-args.js';
import { ClusterError } from './cluster-error.js';
import { displayPath, fromRoot, stateLayout } from './cluster-paths.js';
import type { CommandContext } from './command-context.js';
import type { Terminal } from './terminal.js';

type Command = (ctx: CommandContext) => Promise<number>;

// Each command loads only what it needs: `status` and `down` never load the application.
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  up: async () => (await import('./up.command.js')).up,
  down: async () => (await import('./down.command.js')).down,
  status: async () => (await import('./status.command.js')).status,
  logs: async () => (await import('./logs.command.js')).logs,
};

export async function runCluster(
  argv: readonly string[],
  terminal: Terminal,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help') {
      terminal.line(USAGE);
      return 0;
    }
    const configPath = fromRoot(args.config);
    const command = await COMMANDS[args.command]();
    return await command({
      configPath,
      configLabel: displayPath(configPath),
      layout: stateLayout(fromRoot(args.stateDir)),
      terminal,
      env,
      server: args.server,
    });
  } catch (error) {
    if (error instanceof ClusterError) {
      terminal.error(error.message);
      return error.exitCode;
    }
    // Not the operator's doing: the whole story, for a bug report.
    terminal.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}
