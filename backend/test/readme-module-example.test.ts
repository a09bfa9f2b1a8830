// The README's worked example of a module, as a newcomer would follow it: its files taken from
// the README's "Adding a module" section, added to a copy of backend/src, type-checked, served
// alone with ENABLED_MODULES, called, and removed.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const backend = fileURLToPath(new URL('../', import.meta.url));
const repo = join(backend, '..');
// Inside backend/, so that the copy resolves the workspace's packages as backend/src does.
const work = join(backend, '.readme-example');

/** The `in \`path\`:` steps of the README's "Adding a module" section and their code. */
function exampleFiles(): { path: string; code: string }[] {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const start = readme.indexOf('## Adding a module');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  return [
    ...section.matchAll(
      /in `(backend\/src\/[^`]+\.ts)`[^\n]*\n(?:[^\n]*\n)*?\s*```ts\n([\s\S]*?)\n\s*```/g,
    ),
  ].map(([, path, code]) => ({
    path: path!,
    code: code!.replace(/^ {3}/gm, ''),
  }));
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  return port;
}

describe("the README's clock module", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is three files that type-check, serve GET /api/v1/clock/now alone, and document it', async () => {
    const files = exampleFiles();
    expect(files.map((file) => file.path)).toEqual([
      'backend/src/models/clock/now.ts',
      'backend/src/modules/clock/clock.routes.ts',
      'backend/src/modules/clock/index.ts',
    ]);
    rmSync(work, { recursive: true, force: true });
    cpSync(join(backend, 'src'), join(work, 'src'), {
      recursive: true,
      filter: (source) => !source.endsWith('.test.ts'),
    });
    for (const { path, code } of files) {
      const target = join(work, path.replace(/^backend\//, ''));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, `${code}\n`);
    }
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ extends: '../tsconfig.json', include: ['src/**/*.ts'] }),
    );
    execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', work], {
      cwd: work,
      stdio: 'pipe',
    });

    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'trading-pro-clock-'));
    const server = spawn(process.execPath, ['--import', 'tsx', join(work, 'src/server.ts')], {
      cwd: backend,
      env: {
        ...process.env,
        ENABLED_MODULES: 'clock',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        STATIC_DIR: join(dataDir, 'no-terminal'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = `http://127.0.0.1:${port}/api/v1`;
      let health: { modules: string[] } | undefined;
      for (let i = 0; i < 300 && health === undefined; i++) {
        try {
          health = (await (await fetch(`${url}/core/health`)).json()) as { modules: string[] };
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      expect(health?.modules, output).toEqual(['core', 'clock']);
      const now = (await (await fetch(`${url}/clock/now`)).json()) as { now: string };
      expect(Math.abs(Date.parse(now.now) - Date.now())).toBeLessThan(60_000);
      const document = (await (await fetch(`${url}/clock/openapi.json`)).json()) as {
        paths: Record<string, { get?: { operationId?: string } }>;
      };
      expect(document.paths['/api/v1/clock/now']?.get?.operationId).toBe('getNow');
    } finally {
      server.kill('SIGTERM');
      await once(server, 'exit');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
