// In-process CPU profile of a window (same format as `node --cpu-prof`), via the inspector, so
// that connection set-up and warm-up are not mixed into the profile of steady-state fan-out.
import { Session } from 'node:inspector/promises';

export async function startProfiler() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // 100 µs sampling: fine enough for µs-scale per-message costs, cheap enough not to dominate.
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      return profile;
    },
  };
}
