// The command line: `<up|down|status|logs [server]> [--config FILE] [--state-dir DIR]`.
import { ClusterError } from './cluster-error.js';
import { DEFAULT_CLUSTER_FILE, DEFAULT_STATE_DIR } from './cluster-paths.js';

export const COMMANDS = ['up', 'down', 'status', 'logs'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CliArgs {
  command: CommandName | 'help';
  /** As given (relative to the repository root unless absolute). */
  config: string;
  stateDir: string;
  /** `logs` only: one server's instances, one instance, or `gateway`. */
  server: string | undefined;
}

export const USAGE = `usage: npm run cluster -- <command> [--config FILE] [--state-dir DIR]

commands:
  up              validate the cluster file, start every process and the gateway, return
  down            stop the gateway, then every process (SIGTERM, SIGKILL after 10 s)
  status          each process with its pid, port, modules, health and uptime
  logs [server]   follow the logs of every process, or of one server (or gateway)

options:
  --config FILE     the cluster file (default ${DEFAULT_CLUSTER_FILE})
  --state-dir DIR   pid files, logs, nginx configuration (default ${DEFAULT_STATE_DIR})
Relative paths are taken from the repository root. Reference: docs/cluster.md`;

const usageError = (message: string) => new ClusterError(`${message}\n\n${USAGE}`, 2);

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const options: Record<'config' | 'stateDir', string | undefined> = {
    config: undefined,
    stateDir: undefined,
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help')
      return { command: 'help', config: '', stateDir: '', server: undefined };
    const match = /^--(config|state-dir)(?:=(.*))?$/.exec(arg);
    if (match !== null) {
      const key = match[1] === 'config' ? 'config' : 'stateDir';
      const value = match[2] ?? argv[(i += 1)];
      if (value === undefined || value === '') throw usageError(`--${match[1]} needs a value`);
      options[key] = value;
    } else if (arg.startsWith('-')) {
      throw usageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  const [command, ...rest] = positional;
  if (command === undefined) throw usageError('no command given');
  if (!(COMMANDS as readonly string[]).includes(command))
    throw usageError(`unknown command "${command}"`);
  const takes = command === 'logs' ? 1 : 0;
  if (rest.length > takes)
    throw usageError(
      `${command} takes ${takes === 0 ? 'no argument' : 'one server at most'}, not "${rest.join(' ')}"`,
    );
  return {
    command: command as CommandName,
    config: options.config ?? DEFAULT_CLUSTER_FILE,
    stateDir: options.stateDir ?? DEFAULT_STATE_DIR,
    server: rest[0],
  };
}
