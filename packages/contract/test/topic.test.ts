import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTopic, stableJson } from '../src/topic.js';

interface Vector {
  route: string;
  params: unknown;
  topic: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const localCopy = resolve(here, 'topic-vectors.json');
// The contract lives in the shared folder beside the repository; the repository keeps a copy
// so a clone without that folder still tests against it.
const sharedContract = resolve(here, '../../../../shared/contract/topic-vectors.json');

function readVectors(path: string): Vector[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { vectors: Vector[] }).vectors;
}

describe('buildTopic', () => {
  const vectors = readVectors(localCopy);

  it('has contract vectors to check', () => {
    expect(vectors.length).toBeGreaterThan(5);
  });

  it.each(vectors.map((v) => [v.topic, v] as const))('produces %s', (_topic, vector) => {
    expect(buildTopic(vector.route, vector.params)).toBe(vector.topic);
  });

  it.runIf(existsSync(sharedContract))('uses a copy identical to the shared contract', () => {
    expect(readFileSync(localCopy, 'utf8')).toBe(readFileSync(sharedContract, 'utf8'));
  });
});

describe('stableJson', () => {
  it('is independent of key insertion order at every depth', () => {
    expect(stableJson({ b: { y: 1, x: [2, { d: 1, c: 2 }] }, a: 1 })).toBe(
      stableJson({ a: 1, b: { x: [2, { c: 2, d: 1 }], y: 1 } }),
    );
  });

  it('keeps array order', () => {
    expect(stableJson(['b', 'a'])).toBe('["b","a"]');
  });

  it('turns null and undefined into empty strings', () => {
    expect(stableJson({ a: null, b: undefined })).toBe('{"a":"","b":""}');
  });
});
