// Free TCP ports on 127.0.0.1, found by binding port 0 (the kernel picks one that is free), so
// that the bench never collides with a cluster or a test that runs beside it.
import { createServer } from 'node:net';

function listenOn(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve(server));
  });
}

const close = (server) => new Promise((resolve) => server.close(resolve));

/**
 * The first port of `count` consecutive free ports (a cluster server's instances listen on
 * port … port + count − 1). Bounded: gives up after 50 tries.
 */
export async function freePortRange(count) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = await listenOn(0);
    if (first === undefined) continue;
    const base = first.address().port;
    const held = [first];
    let ok = base + count - 1 <= 65535;
    for (let i = 1; ok && i < count; i++) {
      const next = await listenOn(base + i);
      if (next === undefined) ok = false;
      else held.push(next);
    }
    await Promise.all(held.map(close));
    if (ok) return base;
  }
  throw new Error(`no ${count} consecutive free ports found`);
}

/** `counts.length` ranges that do not overlap; each entry is the first port of its range. */
export async function freePorts(counts) {
  const taken = new Set();
  const result = [];
  for (const count of counts) {
    for (let attempt = 0; ; attempt++) {
      if (attempt >= 20) throw new Error('could not find non-overlapping free ports');
      const base = await freePortRange(count);
      const range = Array.from({ length: count }, (_, i) => base + i);
      if (range.some((port) => taken.has(port))) continue;
      range.forEach((port) => taken.add(port));
      result.push(base);
      break;
    }
  }
  return result;
}
