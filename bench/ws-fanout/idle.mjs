// Idle memory: N clients connected and subscribed (over T topics), nothing published. Reports
// the server process's resident set (VmRSS, read from /proc by the orchestrator) before the
// clients arrive and once they have all settled.
import { readFileSync } from 'node:fs';
import { startLoadgen, startServer } from './measure.mjs';
import { sleep } from './stats.mjs';

/** Let the server finish the last subscriptions and the allocator settle before sampling. */
const SETTLE_MS = 3_000;

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

export async function measureIdle(kind, clients, topics) {
  const { server, port, path } = await startServer(kind, topics);
  let loadgen;
  try {
    await sleep(500);
    const beforeMb = rssMb(server.pid);
    let subscribed;
    ({ loadgen, subscribed } = await startLoadgen(kind, port, path, clients, topics));
    await sleep(SETTLE_MS);
    const afterMb = rssMb(server.pid);
    return {
      kind,
      clients: subscribed.count,
      topics,
      connectS: subscribed.connectMs / 1000,
      beforeMb,
      afterMb,
      kbPerConnection: ((afterMb - beforeMb) * 1024) / subscribed.count,
    };
  } finally {
    await Promise.all([loadgen?.stop(10_000), server.stop()]);
  }
}
