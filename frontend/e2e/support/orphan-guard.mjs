// Preloaded (`node --import`) into the backend that the end-to-end tests start: when the test
// process dies without stopping it (a crash, a killed runner), the server is re-parented, and
// then exits and removes its temporary data instead of lingering on its port. It runs inside the
// server process, so a SIGKILL sent by the tests still hits the server itself.
import { rmSync } from 'node:fs';

const parent = process.ppid;
setInterval(() => {
  if (process.ppid === parent) return;
  const dataDir = process.env.E2E_ORPHAN_REMOVES;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}, 500).unref();
