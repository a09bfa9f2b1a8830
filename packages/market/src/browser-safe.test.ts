// The package runs in the browser (the offline demo) as well as in the server: it may import its
// own files and the contract, and use nothing that only Node offers. (Its build compiles without
// Node's typings too, so a Node global fails `make build`; this names the offending file.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('.', import.meta.url));

function shippedFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return shippedFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const IMPORT =
  /\b(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g;
const NODE_ONLY = /\b(process|Buffer|require|__dirname|__filename|setImmediate|global)\b(?!:)/;
const ALLOWED = (specifier: string) =>
  specifier.startsWith('./') ||
  specifier.startsWith('../') ||
  specifier === '@trading-pro/contract' ||
  // The contract's subpaths (its paper rules) are browser-safe too: the terminal runs them.
  specifier.startsWith('@trading-pro/contract/');

/** The code of a file without its comments and string literals, where a word means nothing. */
const code = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''");

describe('browser safety', () => {
  const files = shippedFiles(src);

  it('finds the shipped sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [relative(src, file), file]))(
    '%s imports only its own files and the contract, and no Node global',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const specifiers = [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]!);
      expect(specifiers.filter((s) => !ALLOWED(s))).toEqual([]);
      expect(code(text).match(NODE_ONLY)?.[0]).toBeUndefined();
    },
  );
});
