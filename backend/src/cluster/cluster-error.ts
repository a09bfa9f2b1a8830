// A problem the operator can fix (a bad cluster file, a port in use, nginx missing): the manager
// prints its message alone, without a stack trace, and exits with its code.

/** 2: the command or the cluster file is wrong; 1: the cluster could not be brought to the asked state. */
export type ExitCode = 1 | 2;

export class ClusterError extends Error {
  override name = 'ClusterError';

  constructor(
    message: string,
    readonly exitCode: ExitCode = 1,
  ) {
    super(message);
  }
}

/** The cluster file (or the command line) is invalid; every line is one problem. */
export class ClusterConfigError extends ClusterError {
  override name = 'ClusterConfigError';

  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} is not valid:\n  ${problems.join('\n  ')}`, 2);
  }
}
