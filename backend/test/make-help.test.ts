// `make help`, the front door's index: one line per documented target, each a target the
// Makefile declares, with no Make or shell syntax leaking into the text.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('make help', () => {
  it('lists the documented targets in plain words', () => {
    const makefile = readFileSync(`${repo}Makefile`, 'utf8');
    const documented = [...makefile.matchAll(/^([a-z0-9-]+):.*## /gm)].map((m) => m[1]);
    const output = execFileSync('make', ['--no-print-directory', 'help'], {
      cwd: repo,
      encoding: 'utf8',
    });
    const lines = output.trimEnd().split('\n');
    expect(lines.map((line) => /^ {2}make (\S+)/.exec(line)?.[1])).toEqual(documented);
    for (const line of lines) expect(line, line).not.toContain('$');
    expect(documented).toEqual(expect.arrayContaining(['run', 'test', 'dev', 'help']));
  });
});
