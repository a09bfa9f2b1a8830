// Reads a `node --cpu-prof` profile and says where a process spent its main thread's time over a
// window of the monotonic clock (the profile's timestamps are CLOCK_MONOTONIC µs, the same clock
// as process.hrtime in any process, so the bench can name its measurement window): self time by
// area (our modules, the engine, libraries, Node, GC), the top functions by self time, and the
// product's own functions by inclusive time (which request or quote path the time belongs to).
const TOP = 20;

/** Where a function lives, in a few words. */
function area(url, name) {
  const product = /\/(backend|packages\/[^/]+)\/dist\/(.*)$/.exec(url);
  if (product) {
    if (product[1] !== 'backend') return product[1];
    const parts = product[2].split('/');
    return parts[0] === 'modules' || parts[0] === 'shared' || parts[0] === 'clients'
      ? `backend/${parts[0]}/${parts[1]}`
      : 'backend';
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node';
  if (url === '') return name.startsWith('(') ? name : 'native';
  return 'other';
}

const shortUrl = (url) => url.replace(/^.*\/(node_modules|backend\/dist|packages)\//, '$1/');

export function summarizeProfile(profile, { fromUs = -Infinity, toUs = Infinity } = {}) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const areas = new Map();
  const inclusive = new Map();
  let busy = 0;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t < fromUs || t > toUs) return;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    if (functionName === '(idle)') return;
    busy += dt;
    const name = functionName || '(anonymous)';
    const key = `${name} ${shortUrl(url)}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const where = area(url, name);
    areas.set(where, (areas.get(where) ?? 0) + dt);
    // Inclusive: every product function on the stack, once per sample.
    const seen = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const frame = byId.get(node).callFrame;
      if (!/\/(backend|packages\/[^/]+)\/dist\//.test(frame.url)) continue;
      const fn = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
      if (seen.has(fn)) continue;
      seen.add(fn);
      inclusive.set(fn, (inclusive.get(fn) ?? 0) + dt);
    }
  });
  const pct = (value) => `${((100 * value) / Math.max(1, busy)).toFixed(1).padStart(5)} %`;
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    busyS: busy / 1e6,
    text: [
      `    main-thread busy time in the window: ${(busy / 1e6).toFixed(2)} s`,
      '    self time by area:',
      ...sorted(areas)
        .slice(0, 14)
        .map(([where, v]) => `      ${pct(v)}  ${where}`),
      `    top ${TOP} functions by self time:`,
      ...sorted(self)
        .slice(0, TOP)
        .map(([key, v]) => `      ${pct(v)}  ${key}`),
      `    product functions by inclusive time (top ${TOP}):`,
      ...sorted(inclusive)
        .slice(0, TOP)
        .map(([key, v]) => `      ${pct(v)}  ${key}`),
    ].join('\n'),
  };
}
