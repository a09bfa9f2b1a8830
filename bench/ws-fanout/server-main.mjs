// Server process (pinned to core 0 by the orchestrator): one of the compared servers plus the
// shared producer, so every server is driven by identical code. Usage:
//   node server-main.mjs <ours|raw|socketio> <topicCount>
import { writeFileSync } from 'node:fs';
import { cpuMark, serveCommands } from './ipc.mjs';
import { startProducer } from './producer.mjs';
import { startProfiler } from './profiler.mjs';

const [kind, topicArg] = process.argv.slice(2);
const topicCount = Number(topicArg);
const impl = await import(`./servers/${kind}.mjs`);
const server = await impl.start(topicCount);
let producer;
let profiler;

serveCommands({
  produce({ publishesPerS, tickMs }) {
    producer = startProducer({ publishesPerS, topicCount, tickMs, publish: server.publish });
    return {};
  },
  async mark({ profile, profilePath }) {
    // Profile exactly the measurement window when asked (bench/ws-fanout/profile.mjs).
    if (profile === 'start') profiler = await startProfiler();
    const mark = { ...cpuMark(), published: producer?.published ?? 0, ...server.counters() };
    if (profile === 'stop' && profiler) {
      writeFileSync(profilePath, JSON.stringify(await profiler.stop()));
    }
    return mark;
  },
  stop() {
    return { finalSeq: producer?.stop() ?? [] };
  },
  exit: () => server.close(),
});
process.send({ type: 'ready', port: server.port, path: impl.path });
