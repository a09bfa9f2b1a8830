// `make dev`, third process: when a schema changes (backend/src/models/**, the modules' .ts
// files), export the specs and regenerate the frontend's typed clients, so the terminal's types
// follow the API while both servers run; Vite reloads what imports frontend/src/clients_generated/.
// Changes are debounced, and runs never overlap: a change during a run queues one more run.
// Directories are watched (chokidar), not files: a save that writes a temporary file and renames
// it over the old one (vim, JetBrains "safe write", `sed -i`) is seen like any other, where
// Node's recursive fs.watch on Linux keeps watching the replaced file's old inode.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { watch } from 'chokidar';

const root = fileURLToPath(new URL('..', import.meta.url));
const WATCHED = ['backend/src/models', 'backend/src/modules'];
const DEBOUNCE_MS = Number(process.env.SPECS_DEBOUNCE_MS ?? 400);
const STEPS = [
  {
    label: 'export specs',
    command: [process.execPath, '--import', 'tsx', 'backend/src/scripts/export-specs.ts'],
  },
  {
    label: 'generate clients',
    command: [process.execPath, 'frontend/scripts/generate-clients.mjs'],
  },
];

const log = (message) => console.log(`[specs] ${new Date().toTimeString().slice(0, 8)} ${message}`);

/** Schema sources only: tests and editor droppings (`x.ts~`, `.x.ts.swp`) change no spec. */
const relevant = (file) => file.endsWith('.ts') && !file.endsWith('.test.ts');
/** For a test: the steps to run instead of the real ones (a JSON list of commands). */
const steps = process.env.SPECS_STEPS ? JSON.parse(process.env.SPECS_STEPS) : STEPS;
const watched = process.env.SPECS_WATCH ? process.env.SPECS_WATCH.split(',') : WATCHED;

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
    log(`specs and clients up to date (${Date.now() - started} ms)`);
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
watcher.on('ready', () => log(`watching ${watched.join(', ')} for schema changes`));

function stop() {
  void watcher.close();
  clearTimeout(timer);
  current?.kill('SIGTERM');
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
