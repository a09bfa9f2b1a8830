// `make dev`'s watchers: when a watched source changes, run the steps that follow from it.
// `specs` (the default): a schema changes (backend/src/models/**, the modules' .ts files), so the
// specs are exported and the frontend's typed clients regenerated; Vite reloads what imports
// frontend/src/clients_generated/. `packages`: a source of packages/contract or packages/market
// changes, so both are rebuilt into dist/, which the server's tsx watch and Vite reload — built
// on a change only, so that starting `make dev` leaves dist/ (and `make build`'s view of it)
// alone. Changes are debounced, and runs never overlap: a change during a run queues one more.
// Directories are watched (chokidar), not files: a save that writes a temporary file and renames
// it over the old one (vim, JetBrains "safe write", `sed -i`) is seen like any other, where
// Node's recursive fs.watch on Linux keeps watching the replaced file's old inode.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { watch } from 'chokidar';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = (project) => [process.execPath, 'node_modules/typescript/bin/tsc', '-p', project];
const WATCHERS = {
  specs: {
    watch: ['backend/src/models', 'backend/src/modules'],
    steps: [
      {
        label: 'export specs',
        command: [process.execPath, '--import', 'tsx', 'backend/src/scripts/export-specs.ts'],
      },
      {
        label: 'generate clients',
        command: [process.execPath, 'frontend/scripts/generate-clients.mjs'],
      },
    ],
    done: 'specs and clients up to date',
  },
  packages: {
    watch: ['packages/contract/src', 'packages/market/src'],
    steps: [
      { label: 'build contract', command: tsc('packages/contract/tsconfig.build.json') },
      { label: 'build market', command: tsc('packages/market/tsconfig.build.json') },
    ],
    done: 'packages rebuilt',
  },
};
const name = process.argv[2] ?? 'specs';
const config = WATCHERS[name];
if (config === undefined) {
  console.error(`dev-watch: unknown watcher "${name}"; known: ${Object.keys(WATCHERS).join(', ')}`);
  process.exit(2);
}
const DEBOUNCE_MS = Number(process.env.WATCH_DEBOUNCE_MS ?? 400);

const log = (message) =>
  console.log(`[${name}] ${new Date().toTimeString().slice(0, 8)} ${message}`);

/** Schema sources only: tests and editor droppings (`x.ts~`, `.x.ts.swp`) change no spec. */
const relevant = (file) => file.endsWith('.ts') && !file.endsWith('.test.ts');
/** For a test: other directories, and steps to run instead (a JSON list of commands). */
const steps = process.env.WATCH_STEPS ? JSON.parse(process.env.WATCH_STEPS) : config.steps;
const watched = process.env.WATCH_DIRS ? process.env.WATCH_DIRS.split(',') : config.watch;

let timer;
let busy = false;
let current; // the step's child process, while one runs
let changed = new Set();

function schedule(file) {
  if (file) changed.add(file);
  clearTimeout(timer);
  // During a run, the changes wait; the run schedules them when it ends.
  if (!busy) timer = setTimeout(regenerate, DEBOUNCE_MS);
}

function runStep({ label, command: [bin, ...args] }) {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    current = child;
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: String(error) }));
    child.on('close', (code) => resolve({ ok: code === 0, output: output.trim() }));
  }).then((result) => {
    current = undefined;
    return { label, ...result };
  });
}

async function regenerate() {
  busy = true;
  const files = [...changed];
  changed = new Set();
  const started = Date.now();
  log(`${files.length === 1 ? files[0] : `${files.length} files`} changed: regenerating`);
  try {
    for (const step of steps) {
      const result = await runStep(step);
      if (!result.ok) {
        log(`${result.label} failed (the next change retries):\n${result.output}`);
        return;
      }
      if (result.output) log(`${result.label}: ${result.output.split('\n').at(-1)}`);
    }
    log(`${config.done} (${Date.now() - started} ms)`);
  } finally {
    busy = false;
    // Changes that arrived during the run get a run of their own.
    if (changed.size > 0) schedule();
  }
}

const watcher = watch(watched, { cwd: root, ignoreInitial: true, atomic: true });
for (const event of ['add', 'change', 'unlink']) {
  watcher.on(event, (path) => {
    if (relevant(path)) schedule(path);
  });
}
watcher.on('error', (error) => log(`watching failed: ${String(error)}`));
watcher.on('ready', () => log(`watching ${watched.join(', ')} for changes`));

function stop() {
  void watcher.close();
  clearTimeout(timer);
  current?.kill('SIGTERM');
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
