import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args.js';
import { ClusterError } from './cluster-error.js';

const refusal = (argv: string[]) => {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(ClusterError);
    expect((error as ClusterError).exitCode).toBe(2);
    return (error as Error).message.split('\n')[0];
  }
  throw new Error('expected a refusal');
};

describe('parseCliArgs', () => {
  it('defaults the cluster file and the state directory', () => {
    expect(parseCliArgs(['up'])).toEqual({
      command: 'up',
      config: 'deploy/cluster.yaml',
      stateDir: '.local/cluster',
      server: undefined,
    });
  });

  it('takes options before or after the command, with a space or =', () => {
    expect(parseCliArgs(['--config', 'a.yaml', 'status', '--state-dir=/tmp/s'])).toMatchObject({
      command: 'status',
      config: 'a.yaml',
      stateDir: '/tmp/s',
    });
  });

  it('takes one server for logs only', () => {
    expect(parseCliArgs(['logs', 'datafeed']).server).toBe('datafeed');
    expect(refusal(['down', 'datafeed'])).toBe('down takes no argument, not "datafeed"');
    expect(refusal(['logs', 'a', 'b'])).toBe('logs takes one server at most, not "a b"');
  });

  it('refuses what it does not know, with the usage', () => {
    expect(refusal([])).toBe('no command given');
    expect(refusal(['start'])).toBe('unknown command "start"');
    expect(refusal(['up', '--verbose'])).toBe('unknown option --verbose');
    expect(refusal(['up', '--config'])).toBe('--config needs a value');
  });

  it('answers --help', () => {
    expect(parseCliArgs(['up', '--help']).command).toBe('help');
  });
});
