// `logs`: the last lines of each log, then every new line as it is written, each prefixed with
// the process it comes from. Polls sizes rather than watching files: it works on any file
// system, survives a log being truncated or created late, and costs a stat per file and tick.
import { open, stat } from 'node:fs/promises';

export interface LogSource {
  /** The process name printed before each of its lines. */
  label: string;
  path: string;
}

/** Reading from the end: enough for the last lines without reading a large log whole. */
const TAIL_BYTES = 256 * 1024;

async function readRange(path: string, start: number, end: number): Promise<string> {
  if (end <= start) return '';
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(end - start);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, start);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
}

const sizeOf = (path: string) =>
  stat(path).then(
    (s) => s.size,
    () => undefined,
  );

/** The last `count` complete lines of a file (none when it does not exist). */
export async function lastLines(path: string, count: number): Promise<string[]> {
  const size = await sizeOf(path);
  if (size === undefined || count <= 0) return [];
  const text = await readRange(path, Math.max(0, size - TAIL_BYTES), size);
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  // The first line may be cut when reading started inside it.
  if (size > TAIL_BYTES) lines.shift();
  return lines.slice(-count);
}

export interface FollowOptions {
  initialLines: number;
  pollMs: number;
  signal: AbortSignal;
}

/** Writes lines until `signal` aborts. */
export async function followLogs(
  sources: readonly LogSource[],
  write: (line: string) => void,
  options: FollowOptions,
): Promise<void> {
  const width = Math.max(...sources.map((s) => s.label.length));
  const prefix = (label: string) => `${label.padEnd(width)} | `;
  const state = new Map<LogSource, { offset: number; partial: string }>();
  for (const source of sources) {
    for (const line of await lastLines(source.path, options.initialLines))
      write(`${prefix(source.label)}${line}`);
    state.set(source, { offset: (await sizeOf(source.path)) ?? 0, partial: '' });
  }
  while (!options.signal.aborted) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.pollMs);
      options.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), {
        once: true,
      });
    });
    for (const source of sources) {
      const at = state.get(source);
      const size = await sizeOf(source.path);
      if (at === undefined || size === undefined) continue;
      // Truncated or replaced: start again from its beginning.
      if (size < at.offset) Object.assign(at, { offset: 0, partial: '' });
      if (size === at.offset) continue;
      const text = at.partial + (await readRange(source.path, at.offset, size));
      at.offset = size;
      const lines = text.split('\n');
      at.partial = lines.pop() ?? '';
      for (const line of lines) write(`${prefix(source.label)}${line}`);
    }
  }
}
