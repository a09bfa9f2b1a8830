// docs/ is the product's reference: every `docs/<file>.md#section` the code or a README cites
// must exist, and every REST path and WebSocket route of the exported documents must be in it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(repo, path), 'utf8');
const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
  cwd: repo,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => /\.(ts|vue|mjs|md)$/.test(file) && existsSync(join(repo, file)));

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
const anchorsOf = (doc: string) =>
  new Set([...read(doc).matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1]!)));

describe('docs/', () => {
  it('has every section the code and the READMEs cite', () => {
    const missing: string[] = [];
    let cited = 0;
    for (const file of tracked) {
      for (const [, doc, anchor] of read(file).matchAll(
        /docs\/([a-z0-9-]+\.md)(?:#([a-z0-9-]+))?/g,
      )) {
        cited++;
        const path = `docs/${doc}`;
        if (!existsSync(join(repo, path))) missing.push(`${file}: ${path} does not exist`);
        else if (anchor !== undefined && !anchorsOf(path).has(anchor))
          missing.push(`${file}: ${path} has no section #${anchor}`);
      }
    }
    expect(missing).toEqual([]);
    expect(cited).toBeGreaterThan(40);
  });

  it('cites no contract outside the repository', () => {
    const outside = tracked.filter(
      (file) => file !== 'backend/test/docs.test.ts' && /SPEC §|shared\/SPEC\.md/.test(read(file)),
    );
    expect(outside).toEqual([]);
  });

  it('lists every REST path of the exported OpenAPI document, with its method', () => {
    const contract = read('docs/contract.md').split('\n');
    const openapi = JSON.parse(read('backend/specs/openapi/merged.json')) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(openapi.paths)) {
      for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
        const row = contract.find(
          (line) => line.includes(`| ${method} `) && line.includes(`\`${path}\``),
        );
        if (row === undefined) missing.push(`${method} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists every WebSocket endpoint and route of the exported AsyncAPI document', () => {
    const contract = read('docs/contract.md');
    const asyncapi = JSON.parse(read('backend/specs/asyncapi/merged.json')) as {
      channels: Record<string, unknown>;
      components: { messages: Record<string, unknown> };
    };
    // Merged, a message is named `{module}.{route}.{type}`.
    const routes = Object.keys(asyncapi.components.messages)
      .filter((name) => name.endsWith('.subscribe'))
      .map((name) => name.slice(0, -'.subscribe'.length).split('.') as [string, string]);
    expect(routes.length).toBeGreaterThan(5);
    const missing = [
      ...Object.keys(asyncapi.channels).filter((channel) => !contract.includes(`\`${channel}\``)),
      ...routes
        .filter(
          ([module, route]) => !new RegExp(`^\\| ${module} +\\| \`${route}\` `, 'm').test(contract),
        )
        .map(([module, route]) => `${module} ${route}`),
    ];
    expect(missing).toEqual([]);
  });
});
