// Nothing of the bench may outlive it: every cluster it brought up, every server it started and
// every database it created registers an undo here. The normal path undoes each one itself (and
// unregisters it); whatever is still registered when the process ends — an exception, Ctrl-C,
// SIGTERM — is undone synchronously from the 'exit' handler, the one place that always runs.
const pending = new Map();
let nextId = 1;

/** Registers `undo` (synchronous, bounded); returns the function that unregisters it. */
export function onExit(label, undo) {
  const id = nextId++;
  pending.set(id, { label, undo });
  return () => pending.delete(id);
}

function undoAll() {
  // Latest first: a database is dropped after the processes that use it have stopped.
  for (const [id, { label, undo }] of [...pending].reverse()) {
    pending.delete(id);
    try {
      undo();
    } catch (error) {
      console.error(`cleanup of ${label} failed: ${error.message}`);
    }
  }
}

process.on('exit', undoAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping everything the bench started`);
    process.exit(130);
  });
}
