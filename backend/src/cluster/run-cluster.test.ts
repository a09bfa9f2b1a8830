// The commands as an operator meets them, without starting a cluster: what they say and which
// exit code they give when there is nothing to act on or the input is wrong.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCluster } from './run-cluster.js';
import { recordingTerminal } from './terminal.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cluster-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const terminal = recordingTerminal();
  const code = await runCluster(argv, terminal, {});
  return { code, out: terminal.output(), err: terminal.errors() };
}

describe('the cluster commands', () => {
  it('down with nothing running says so and succeeds, every time', async () => {
    const state = join(dir, 'empty');
    for (let i = 0; i < 2; i += 1) {
      const { code, out } = await run('down', '--state-dir', state);
      expect(code).toBe(0);
      expect(out).toMatch(/^no cluster is running \(nothing recorded in .*empty\)\n$/);
    }
  });

  it('status with nothing running says so and fails', async () => {
    const { code, out } = await run('status', '--state-dir', join(dir, 'empty'));
    expect(code).toBe(1);
    expect(out).toContain('no cluster is running');
  });

  it('up with an invalid file lists every problem, starts nothing and exits 2', async () => {
    const config = join(dir, 'bad.yaml');
    await writeFile(
      config,
      'gateway: { port: 8000 }\nservers:\n  broker: { modules: [broker, auth], port: 8000, instances: 2 }\n',
    );
    const state = join(dir, 'bad-state');
    const { code, out, err } = await run('up', '--config', config, '--state-dir', state);
    expect(code).toBe(2);
    expect(out).toBe('');
    const lines = err.trimEnd().split('\n');
    expect(lines[0]).toBe(`${config} is not valid:`);
    expect(lines.slice(1).map((line) => line.trim().split(':')[0])).toEqual([
      'servers.broker.port',
      'servers.broker.modules',
      'servers',
      'servers.broker.instances',
      'database',
      'redis',
    ]);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('up with a missing file names it', async () => {
    const { code, err } = await run('up', '--config', join(dir, 'none.yaml'), '--state-dir', dir);
    expect(code).toBe(2);
    expect(err).toContain('none.yaml: no such file');
  });

  it('logs for an unknown server names the known ones', async () => {
    const state = join(dir, 'stopped');
    await mkdir(join(state, 'logs'), { recursive: true });
    for (const file of ['broker-1.log', 'datafeed-1.log', 'datafeed-2.log', 'nginx.log'])
      await writeFile(join(state, 'logs', file), '');
    const { code, err } = await run('logs', 'auth', '--state-dir', state);
    expect(code).toBe(2);
    expect(err.trim()).toBe('unknown server "auth"; known: broker, datafeed, gateway');
  });

  it('refuses a state directory record it did not write', async () => {
    const state = join(dir, 'foreign');
    await mkdir(state, { recursive: true });
    await writeFile(join(state, 'cluster.json'), '{"pid": 1}');
    const { code, err } = await run('down', '--state-dir', state);
    expect(code).toBe(1);
    expect(err).toContain('cluster.json is not a record of this cluster manager');
  });

  it('refuses an unknown command with the usage', async () => {
    const { code, err } = await run('restart');
    expect(code).toBe(2);
    expect(err).toContain('unknown command "restart"');
    expect(err).toContain('usage: npm run cluster -- <command>');
  });
});
