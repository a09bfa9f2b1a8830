// The fan-out load generator (one process, pinned to the bench core by the orchestrator): C
// WebSocket clients, each subscribed once to the datafeed's `quotes` route with the same symbols,
// all fast — as a terminal's watchlist subscribes — every frame parsed. Quotes carry no sequence
// number, so loss is told by count (each symbol of each client should get 4 quotes a second) and
// reordering by the day's volume, which only grows within a day. Usage:
//   node fanout-loadgen.mjs <ws url[,ws url…]> <clients> <SYM,SYM,…>
import WebSocket from 'ws';
import { cpuMark, serveCommands } from '../ws-fanout/ipc.mjs';
import { sleep } from '../ws-fanout/stats.mjs';

const [urlArg, clientArg, symbolArg] = process.argv.slice(2);
// Several URLs (comma-separated): client n connects to the n-th in turn.
const urls = urlArg.split(',');
const clientCount = Number(clientArg);
const symbols = symbolArg.split(',');
const symbolIndex = new Map(symbols.map((s, i) => [s, i]));
// Connections opened at once: quick, yet within nginx's and the servers' accept backlogs.
const CONNECT_BATCH = 100;
const CONNECT_TIMEOUT_MS = 15_000;

const received = new Float64Array(clientCount);
const lastVolume = new Float64Array(clientCount * symbols.length).fill(-1);
let total = 0;
let reordered = 0;
let misrouted = 0;
let closed = 0;
let errors = 0;
const sockets = [];

function connect(client) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(urls[client % urls.length], { perMessageDeflate: false });
    let subscribed = false;
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`client ${client}: not subscribed in ${CONNECT_TIMEOUT_MS} ms`));
    }, CONNECT_TIMEOUT_MS);
    socket.on('open', () =>
      socket.send(
        JSON.stringify({ type: 'quotes.subscribe', payload: { symbols, fast_symbols: symbols } }),
      ),
    );
    socket.on('message', (data) => {
      const frame = JSON.parse(data);
      if (frame.type === 'quotes.update') {
        total++;
        received[client]++;
        const quote = frame.payload.payload;
        const index = symbolIndex.get(quote.n);
        if (index === undefined || quote.s !== 'ok') {
          misrouted++;
          return;
        }
        const slot = client * symbols.length + index;
        if (quote.v.volume < lastVolume[slot]) reordered++;
        lastVolume[slot] = quote.v.volume;
      } else if (frame.type === 'quotes.subscribe.response') {
        clearTimeout(timer);
        if (frame.payload.status !== 'ok') return reject(new Error(frame.payload.message));
        subscribed = true;
        resolve(socket);
      }
    });
    socket.on('error', (error) => {
      errors++;
      if (!subscribed) {
        clearTimeout(timer);
        reject(error);
      }
    });
    socket.on('close', () => {
      if (subscribed) closed++;
    });
  });
}

let windowStart;
let windowReceived;
serveCommands({
  startWindow() {
    windowReceived = Float64Array.from(received);
    windowStart = { ...cpuMark(), received: total };
    return windowStart;
  },
  endWindow() {
    const end = { ...cpuMark(), received: total };
    // The least and most any client received in the window: a starved client shows here.
    let min = Infinity;
    let max = 0;
    for (let client = 0; client < clientCount; client++) {
      const got = received[client] - windowReceived[client];
      min = Math.min(min, got);
      max = Math.max(max, got);
    }
    return {
      start: windowStart,
      end,
      perClient: { min, max },
      reordered,
      misrouted,
      closed,
      errors,
    };
  },
  exit: async () => {
    for (const socket of sockets) socket.terminate();
    await sleep(10);
  },
});

const started = performance.now();
try {
  for (let first = 0; first < clientCount; first += CONNECT_BATCH) {
    const batch = [];
    for (let client = first; client < Math.min(first + CONNECT_BATCH, clientCount); client++)
      batch.push(connect(client));
    sockets.push(...(await Promise.all(batch)));
  }
  process.send({
    type: 'subscribed',
    count: sockets.length,
    connectMs: performance.now() - started,
  });
} catch (error) {
  // One answer either way: the orchestrator waits for this message type only.
  process.send({
    type: 'subscribed',
    count: sockets.length,
    error: String(error?.message ?? error),
  });
}
