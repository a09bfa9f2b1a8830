// Builds the application without opening a port and renders every published document —
// OpenAPI for REST, AsyncAPI for WebSocket — as deterministic JSON.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { TypedApp } from '../http/typed-app.js';
import { mergedAsyncApi, moduleAsyncApi } from './asyncapi.js';
import { mergedDocument, moduleDocument } from './openapi.js';

export interface SpecFile {
  /** Path relative to the specs folder, e.g. `openapi/core.json`. */
  path: string;
  content: string;
}

const render = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

export function renderSpecFiles(app: TypedApp): SpecFile[] {
  const merged = mergedDocument(app);
  return [
    { path: 'openapi/merged.json', content: render(merged) },
    ...app.moduleSummaries.map((module) => ({
      path: `openapi/${module.name}.json`,
      content: render(moduleDocument(merged, module)),
    })),
    { path: 'asyncapi/merged.json', content: render(mergedAsyncApi(app.wsModules)) },
    ...app.wsModules.map((module) => ({
      path: `asyncapi/${module.name}.json`,
      content: render(moduleAsyncApi(module)),
    })),
  ];
}

/** Writes the files and removes stale ones (a module that no longer exists). */
export async function writeSpecFiles(outDir: string, files: readonly SpecFile[]): Promise<void> {
  const wanted = new Set(files.map((file) => file.path));
  for (const existing of await listJsonFiles(outDir)) {
    if (!wanted.has(existing)) await rm(join(outDir, existing));
  }
  for (const file of files) {
    const target = join(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}

/** The paths whose committed content differs from `files` (missing, changed or stale). */
export async function diffSpecFiles(outDir: string, files: readonly SpecFile[]): Promise<string[]> {
  const differing: string[] = [];
  for (const file of files) {
    const current = await readFile(join(outDir, file.path), 'utf8').catch(() => undefined);
    if (current !== file.content) differing.push(file.path);
  }
  const wanted = new Set(files.map((file) => file.path));
  for (const existing of await listJsonFiles(outDir)) {
    if (!wanted.has(existing)) differing.push(existing);
  }
  return differing;
}

async function listJsonFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}
