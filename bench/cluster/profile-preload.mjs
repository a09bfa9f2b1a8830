// Loaded into each server process by profile.mjs (NODE_OPTIONS=--import=…; `--cpu-prof` itself
// is not allowed there): SIGWINCH starts a CPU profile of the main thread, the next SIGWINCH stops
// it and writes <BENCH_PROFILE_DIR>/<pid>.cpuprofile, so that the profile covers exactly the
// bench's measurement window. SIGWINCH because the server's close-with-grace treats SIGUSR2 as a
// stop, and a process without this preload ignores SIGWINCH.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

let session;
process.on('SIGWINCH', async () => {
  if (session === undefined) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 250 });
    await session.post('Profiler.start');
    return;
  }
  const current = session;
  session = undefined;
  const { profile } = await current.post('Profiler.stop');
  current.disconnect();
  writeFileSync(
    `${process.env.BENCH_PROFILE_DIR}/${process.pid}.cpuprofile`,
    JSON.stringify(profile),
  );
});
