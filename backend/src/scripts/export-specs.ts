// `make generate`: write backend/specs/ from the schemas. `--check`: write nothing, exit 1 and
// list the files that differ — CI uses it so every API change arrives as a reviewed diff.
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { diffSpecFiles, renderSpecFiles, writeSpecFiles } from '../shared/specs/export.js';

const started = performance.now();
const check = process.argv.includes('--check');
const outDir = fileURLToPath(new URL('../../specs/', import.meta.url));

// Every discovered module, whatever ENABLED_MODULES says: the documents describe the product.
const config = { ...loadConfig({}), enabledModules: undefined };
const app = await createApp({
  config,
  logger: false,
  serveFrontend: false,
  serveDocsUi: false,
  documentOnly: true,
});
await app.ready();
const files = renderSpecFiles(app);
await app.close();

if (check) {
  const differing = await diffSpecFiles(outDir, files);
  if (differing.length > 0) {
    console.error(
      `Generated specs are out of date: ${differing.join(', ')}\nRun \`make generate\` and commit backend/specs/.`,
    );
    process.exit(1);
  }
  console.log(
    `specs up to date (${files.length} files, ${Math.round(performance.now() - started)} ms)`,
  );
} else {
  await writeSpecFiles(outDir, files);
  console.log(
    `wrote ${files.length} spec files to backend/specs/ in ${Math.round(performance.now() - started)} ms`,
  );
}
