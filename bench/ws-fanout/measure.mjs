// One measurement: a fresh server on core 0 and a fresh load generator on core 1, C clients
// subscribed, the producer at the offered load for a warm-up and then the measured window, then
// a bounded wait for the tail so that loss is told apart from lateness.
import { fileURLToPath } from 'node:url';
import { spawnPinned } from './children.mjs';
import { otherLoadPct, readCores, softirqPct } from './cores.mjs';
import { sleep } from './stats.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
export const SERVER_CORE = 0;
export const LOADGEN_CORE = 1;

/** Extra node flags for a child, for diagnosis (e.g. BENCH_SERVER_NODE_ARGS=--trace-gc). */
const nodeArgs = (name) => process.env[name]?.split(' ').filter(Boolean) ?? [];

/** Starts a server child and waits for it to listen. */
export async function startServer(kind, topics) {
  const server = spawnPinned(
    SERVER_CORE,
    here('./server-main.mjs'),
    [kind, String(topics)],
    nodeArgs('BENCH_SERVER_NODE_ARGS'),
  );
  const ready = await server.waitFor('ready', 30_000);
  return { server, port: ready.port, path: ready.path };
}

/** Starts a load generator whose clients all subscribe; resolves once they have. */
export async function startLoadgen(kind, port, path, clients, topics) {
  const loadgen = spawnPinned(
    LOADGEN_CORE,
    here('./loadgen-main.mjs'),
    [kind, String(port), path, String(clients), String(topics)],
    nodeArgs('BENCH_LOADGEN_NODE_ARGS'),
  );
  // Generous: 10,000 Socket.IO clients take a while to connect on a shared core.
  const subscribed = await loadgen.waitFor('subscribed', 180_000);
  return { loadgen, subscribed };
}

export async function measurePoint(kind, load, config, { profilePath } = {}) {
  const { clients, topics, warmupS, windowS, drainS, tickMs } = config;
  const { server, port, path } = await startServer(kind, topics);
  let loadgen;
  try {
    ({ loadgen } = await startLoadgen(kind, port, path, clients, topics));
    const publishesPerS = (load * topics) / clients;
    await server.request('produce', { publishesPerS, tickMs });
    await sleep(warmupS * 1000);

    const capacity = Math.ceil(load * windowS * 1.5) + 1000;
    const [s0, g0] = await Promise.all([
      server.request('mark', { profile: profilePath ? 'start' : undefined }),
      loadgen.request('startWindow', { capacity }),
    ]);
    const cores0 = readCores();
    await sleep(windowS * 1000);
    const [s1, window] = await Promise.all([
      server.request('mark', { profile: profilePath ? 'stop' : undefined, profilePath }),
      loadgen.request('endWindow'),
    ]);
    const cores1 = readCores();
    const { finalSeq } = await server.request('stop');
    const tail = await loadgen.request(
      'drain',
      { finalSeq, timeoutMs: drainS * 1000 },
      drainS * 1000 + 30_000,
    );
    return summarize({ kind, load, config, s0, s1, g0, window, tail, cores0, cores1 });
  } finally {
    await Promise.all([loadgen?.stop(), server.stop()]);
  }
}

function summarize({ kind, load, config, s0, s1, g0, window, tail, cores0, cores1 }) {
  const g1 = window.end;
  const serverWallS = (s1.atMs - s0.atMs) / 1000;
  const loadgenWallS = (g1.atMs - g0.atMs) / 1000;
  const deliveredPerS = (g1.received - g0.received) / loadgenWallS;
  const serverCpuUs = s1.cpuUs - s0.cpuUs;
  const loadgenCpuUs = g1.cpuUs - g0.cpuUs;
  return {
    kind,
    load,
    clients: config.clients,
    topics: config.topics,
    publishedPerS: (s1.published - s0.published) / serverWallS,
    deliveredPerS,
    deliveredShare: deliveredPerS / load,
    p50Ms: window.latency.p50Ms,
    p99Ms: window.latency.p99Ms,
    maxMs: window.latency.maxMs,
    // Server CPU over its window, divided by what was delivered over the same length of time.
    usPerMsg: serverCpuUs / (deliveredPerS * serverWallS),
    // The kernel's share (socket writes) apart from JavaScript's, to tell where a gap lies.
    sysUsPerMsg: (s1.sysUs - s0.sysUs) / (deliveredPerS * serverWallS),
    serverCpuPct: Math.round(serverCpuUs / 1e4 / serverWallS),
    loadgenCpuPct: Math.round(loadgenCpuUs / 1e4 / loadgenWallS),
    // Other work on the pinned cores during the window (this machine is shared).
    otherOnServerCorePct: otherLoadPct(cores0, cores1, SERVER_CORE, serverCpuUs, serverWallS),
    otherOnLoadgenCorePct: otherLoadPct(cores0, cores1, LOADGEN_CORE, loadgenCpuUs, loadgenWallS),
    serverCoreSoftirqPct: softirqPct(cores0, cores1, SERVER_CORE, serverWallS),
    serverRssMb: s1.rssBytes / 2 ** 20,
    lost: tail.lost,
    reordered: tail.reordered,
    misrouted: tail.misrouted,
    closed: tail.closed,
    missingAfterDrain: tail.missing,
    // Our gateway only: frames handed to sockets.
    framesWritten: s1.messagesSent - s0.messagesSent,
  };
}
