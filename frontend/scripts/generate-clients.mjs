// `make generate`: typed clients from the documents the backend exports to backend/specs/ — the
// REST types (openapi-typescript, for openapi-fetch) and the WebSocket message types (each
// AsyncAPI message payload through json-schema-to-typescript). Two targets share the one
// generator: `--target frontend` (default) writes the terminal's clients from the merged
// document; `--target backend` writes, for each module, the types of its own documents to
// backend/src/clients/generated/, the types a module uses to call another module that runs in
// a different process.
// `--check`: write nothing; exit 1 naming the files that differ, so `make test` catches a
// schema change whose clients were not regenerated.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import openapiTS, { astToString } from 'openapi-typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const specs = join(root, 'backend/specs');
const check = process.argv.includes('--check');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const target = option('--target') ?? 'frontend';
const committedDirs = {
  frontend: 'frontend/src/clients_generated',
  backend: 'backend/src/clients/generated',
};
if (!(target in committedDirs)) {
  console.error(`--target must be frontend or backend, not "${target}"`);
  process.exit(2);
}
// `--out DIR` (tests): somewhere other than the committed folder.
const outDir = option('--out') ?? join(root, committedDirs[target]);

const header = (source) =>
  `// Generated from backend/specs/${source} by \`make generate\`. Do not edit.\n\n`;

const pascal = (text) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');

async function restClient(source, path) {
  const ast = await openapiTS(pathToFileURL(join(specs, source)));
  return { path, content: header(source) + astToString(ast) };
}

/** The REST types of each module's own document (core's included: every process serves it). */
async function moduleRestClients() {
  const documents = (await readdir(join(specs, 'openapi')))
    .filter((f) => f.endsWith('.json') && f !== 'merged.json')
    .sort();
  return Promise.all(
    documents.map((file) =>
      restClient(`openapi/${file}`, `rest/${file.replace(/\.json$/, '.ts')}`),
    ),
  );
}

/** The schema without the names of its parts: each message type is declared whole, so two
 * messages sharing a part (a params object, an enum) never declare it twice. */
function withoutNames(schema) {
  if (Array.isArray(schema)) return schema.map(withoutNames);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = {};
  for (const [key, value] of Object.entries(schema))
    if (key !== 'title' && key !== '$id') copy[key] = withoutNames(value);
  return copy;
}

/** One file per module endpoint: a type per message, and a map from frame type to its type. */
async function wsTypes() {
  const files = [];
  const modules = (await readdir(join(specs, 'asyncapi')))
    .filter((f) => f.endsWith('.json') && f !== 'merged.json')
    .sort();
  for (const file of modules) {
    const module = file.replace(/\.json$/, '');
    const doc = JSON.parse(await readFile(join(specs, 'asyncapi', file), 'utf8'));
    const messages = Object.entries(doc.components?.messages ?? {}).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    const parts = [];
    const entries = [];
    for (const [, message] of messages) {
      // `quotes.update` → QuotesUpdateFrame (and `error` → ErrorFrame, not the global Error).
      const typeName = `${pascal(message.name)}Frame`;
      const declaration = await compile(withoutNames(message.payload), typeName, {
        bannerComment: '',
        additionalProperties: false,
        format: false,
        declareExternallyReferenced: true,
      });
      parts.push(declaration.trim());
      entries.push(`  '${message.name}': ${typeName};`);
    }
    const mapName = `${pascal(module)}WsFrames`;
    files.push({
      path: `ws/${module}.ts`,
      content:
        header(`asyncapi/${file}`) +
        parts.join('\n\n') +
        `\n\n/** Every frame of the ${module} endpoint, by its \`type\`. */\nexport interface ${mapName} {\n${entries.join('\n')}\n}\n`,
    });
  }
  return files;
}

async function listFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listFiles(full)));
    else found.push(relative(outDir, full));
  }
  return found;
}

const files = [
  ...(target === 'frontend'
    ? [await restClient('openapi/merged.json', 'api.ts')]
    : await moduleRestClients()),
  ...(await wsTypes()),
];
if (check) {
  const differing = [];
  for (const { path, content } of files) {
    const current = await readFile(join(outDir, path), 'utf8').catch(() => undefined);
    if (current !== content) differing.push(path);
  }
  const expected = new Set(files.map((f) => f.path));
  for (const path of await listFiles(outDir)) if (!expected.has(path)) differing.push(path);
  if (differing.length > 0) {
    console.error(
      `Generated clients are out of date: ${differing.join(', ')}\nRun \`make generate\` and commit ${committedDirs[target]}/.`,
    );
    process.exit(1);
  }
  console.log(`clients up to date (${files.length} files)`);
} else {
  await rm(outDir, { recursive: true, force: true });
  for (const { path, content } of files) {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), content);
  }
  console.log(`wrote ${files.length} client files to ${relative(root, outDir)}/`);
}
