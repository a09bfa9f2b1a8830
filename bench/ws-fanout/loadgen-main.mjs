// Load-generator process (pinned to core 1 by the orchestrator): C clients spread evenly over T
// topics, every frame parsed, counts and latencies reported over IPC. Usage:
//   node loadgen-main.mjs <ours|raw|socketio> <port> <path> <clients> <topics>
import { connectClient } from './clients.mjs';
import { cpuMark, serveCommands } from './ipc.mjs';
import { sleep } from './stats.mjs';
import { Tracker } from './tracker.mjs';

const [kind, port, path, clientArg, topicArg] = process.argv.slice(2);
const clientCount = Number(clientArg);
const topicCount = Number(topicArg);
const url = kind === 'socketio' ? `http://127.0.0.1:${port}` : `ws://127.0.0.1:${port}${path}`;
// Connections opened at once: enough to be quick, few enough for the server's accept backlog.
const CONNECT_BATCH = 200;

const topicOf = (client) => client % topicCount;
const tracker = new Tracker(clientCount, topicOf);
const handles = [];

async function connectAll() {
  for (let first = 0; first < clientCount; first += CONNECT_BATCH) {
    const batch = [];
    for (let client = first; client < Math.min(first + CONNECT_BATCH, clientCount); client++) {
      batch.push(
        connectClient(kind, {
          url,
          topic: topicOf(client),
          onUpdate: (seq, t, topicOk) => tracker.onUpdate(client, seq, t, topicOk),
          onClose: () => tracker.closed++,
        }),
      );
    }
    handles.push(...(await Promise.all(batch)));
  }
}

let windowStart;
serveCommands({
  startWindow({ capacity }) {
    tracker.startWindow(capacity);
    windowStart = { ...cpuMark(), received: tracker.received };
    return windowStart;
  },
  endWindow() {
    const end = { ...cpuMark(), received: tracker.received };
    return { start: windowStart, end, latency: tracker.endWindow() };
  },
  /** Waits (bounded) until every client has the producer's last seq of its topic. */
  async drain({ finalSeq, timeoutMs }) {
    const deadline = performance.now() + timeoutMs;
    let missing = tracker.missing(finalSeq);
    while (missing > 0 && performance.now() < deadline) {
      await sleep(50);
      missing = tracker.missing(finalSeq);
    }
    const { received, lost, reordered, misrouted, closed } = tracker;
    return { missing, received, lost, reordered, misrouted, closed };
  },
  exit: () => handles.forEach((handle) => handle.close()),
});

const started = performance.now();
await connectAll();
process.send({ type: 'subscribed', count: handles.length, connectMs: performance.now() - started });
