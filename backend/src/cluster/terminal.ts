// Where the commands report. Passed in rather than written to process.stdout directly, so the
// commands can be run by tests that read what an operator would see.

export interface Terminal {
  /** A line of normal output (tables, progress). */
  line(text: string): void;
  /** Part of a line: a progress step whose outcome follows on the same line. */
  write(text: string): void;
  /** A line about a problem. */
  error(text: string): void;
}

export const processTerminal: Terminal = {
  line: (text) => process.stdout.write(`${text}\n`),
  write: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(`${text}\n`),
};

/** A terminal that keeps what it was told, for tests. */
export function recordingTerminal(): Terminal & { output: () => string; errors: () => string } {
  let out = '';
  let err = '';
  return {
    line: (text) => (out += `${text}\n`),
    write: (text) => (out += text),
    error: (text) => (err += `${text}\n`),
    output: () => out,
    errors: () => err,
  };
}
