// SQLite copies its write-ahead log back into the database file at checkpoints, and a checkpoint
// syncs the file to disk: tens of milliseconds here. Run on the connection that commits, it would
// stall every request behind it. So the serving connection never checkpoints; a worker thread
// with its own connection does, on a timer, without blocking the writer (a PASSIVE checkpoint).
// Should the worker ever fail, the serving connection takes checkpoints back, so the log can never
// grow without bound.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface CheckpointTarget {
  /** Sets `wal_autocheckpoint` on the serving connection. */
  pragma(source: string): unknown;
}

export interface WalCheckpointer {
  stop(): Promise<void>;
}

const CHECKPOINT_INTERVAL_MS = 500;
/** SQLite's own default, restored on the serving connection if the worker fails. */
const AUTO_CHECKPOINT_PAGES = 1000;

// Plain CommonJS so it runs in a worker the same way from sources (tests) and from the build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let db;
let timer;
const fail = (error) => {
  clearInterval(timer);
  parentPort.postMessage({ failed: String((error && error.message) || error) });
  parentPort.close();
};
try {
  const SQLite = require(workerData.driver);
  db = new SQLite(workerData.file, { fileMustExist: true });
  db.pragma('busy_timeout = 1000');
  timer = setInterval(() => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      fail(error);
    }
  }, workerData.intervalMs);
  parentPort.on('message', () => {
    clearInterval(timer);
    db.close();
    parentPort.close();
  });
} catch (error) {
  fail(error);
}
`;

export function startWalCheckpointer(
  connection: CheckpointTarget,
  file: string,
  onFailure: (error: unknown) => void,
  intervalMs = CHECKPOINT_INTERVAL_MS,
): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, file, intervalMs },
  });
  connection.pragma('wal_autocheckpoint = 0');
  let stopping = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const takeBack = (error: unknown) => {
    if (stopping) return;
    stopping = true;
    connection.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    onFailure(error);
  };
  worker.on('message', (message: { failed?: string }) => {
    if (message.failed !== undefined) takeBack(new Error(`checkpoint failed: ${message.failed}`));
  });
  worker.once('error', takeBack);
  worker.once('exit', (code) => takeBack(new Error(`checkpoint worker exited with code ${code}`)));
  // The worker never keeps the process alive by itself.
  worker.unref();
  return {
    async stop() {
      if (!stopping) {
        stopping = true;
        // Unreferenced, the worker would not keep the event loop alive until it has exited,
        // and a process with nothing else to do would end with this await unsettled.
        worker.ref();
        worker.postMessage('stop');
      }
      await exited;
    },
  };
}
