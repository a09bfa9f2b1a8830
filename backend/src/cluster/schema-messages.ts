// Ajv's findings, reworded for an operator editing YAML: each names the key by its path in the
// file (`servers.datafeed.port`), says what is expected and what was found.
import type { ErrorObject } from 'ajv';

/** `/servers/datafeed/modules/0` → `servers.datafeed.modules[0]`. */
export function keyPath(instancePath: string): string {
  const segments = instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  let path = '';
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else path += path === '' ? segment : `.${segment}`;
  }
  return path;
}

const join = (parent: string, key: string) => (parent === '' ? key : `${parent}.${key}`);

/** A short rendering of a found value, for "…, not X". */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a text',
  array: 'a list',
  object: 'a mapping',
  boolean: 'true or false',
};

interface SchemaLike {
  properties?: Record<string, unknown>;
  minimum?: number;
  maximum?: number;
}

/** One line per problem, `key.path: message`, in the order Ajv found them, without repeats. */
export function schemaProblems(errors: readonly ErrorObject[]): string[] {
  const lines = errors.map(describeError);
  return [...new Set(lines)];
}

function describeError(error: ErrorObject): string {
  const at = keyPath(error.instancePath);
  const where = at === '' ? 'the file' : at;
  const parent = (error.parentSchema ?? {}) as SchemaLike;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const known = Object.keys(parent.properties ?? {}).join(', ');
      return `${join(at, String(params.additionalProperty))}: unknown key (known here: ${known})`;
    }
    case 'required':
      return `${join(at, String(params.missingProperty))}: missing (required)`;
    case 'type': {
      const expected = String(params.type);
      return `${where}: must be ${TYPE_NAMES[expected] ?? expected}, not ${describeValue(error.data)}`;
    }
    case 'minimum':
    case 'maximum': {
      const range = `${parent.minimum ?? '…'}-${parent.maximum ?? '…'}`;
      const what = at.endsWith('.port') || at === 'gateway.port' ? 'a TCP port' : 'a number';
      return `${where}: must be ${what} (${range}), not ${describeValue(error.data)}`;
    }
    case 'minItems':
      return `${where}: must list at least one ${at.endsWith('.modules') ? 'module' : 'item'}`;
    case 'minProperties':
      return `${where}: must name at least one ${at === 'servers' ? 'server' : 'key'}`;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String).join(' or ');
      return `${where}: must be ${allowed}, not ${describeValue(error.data)}`;
    }
    default:
      return `${where}: ${error.message ?? 'is invalid'}`;
  }
}
