// Request validation with two rule sets. Query strings, params and headers arrive as text, so
// their values are coerced to the schema's types and unknown keys are dropped. A JSON body is
// taken literally: `"qty": "5"` is not a number, and a misspelt field (`stopLos`) is an error
// rather than silently ignored — on a trading API a dropped field is a lost stop-loss.
import { createRequire } from 'node:module';
import type ajvModule from 'ajv';
import type { Options, ValidateFunction } from 'ajv';
import type ajvFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import fastUri from 'fast-uri';

// Loaded on the first validator built, not on import: the spec export imports the routes (and
// so this file) but never validates, and Ajv is a large part of its start-up.
const require = createRequire(import.meta.url);
let library: { Ajv: typeof ajvModule.default; addFormats: typeof ajvFormatsModule.default };
// Both are CommonJS packages whose class and function are their `default` export.
const loadLibrary = () =>
  (library ??= {
    Ajv: (require('ajv') as typeof ajvModule).default,
    addFormats: (require('ajv-formats') as typeof ajvFormatsModule).default,
  });

const shared: Options = {
  useDefaults: true,
  uriResolver: fastUri,
  addUsedSchema: false,
  // allErrors would let one request make the validator do unbounded work.
  allErrors: false,
};

function build(options: Options) {
  const { Ajv, addFormats } = loadLibrary();
  const ajv = new Ajv({ ...shared, ...options });
  addFormats(ajv);
  return ajv;
}

/** A validator for JSON taken literally (no coercion, nothing removed): WebSocket params. */
export function literalJsonValidator(options: Options = {}) {
  return build({ coerceTypes: false, removeAdditional: false, ...options });
}

/** Where in `data` a number is not finite (`/to_time`, `/symbols/2`), if anywhere. */
export function nonFinitePath(data: unknown, path = ''): string | undefined {
  if (typeof data === 'number') return Number.isFinite(data) ? undefined : path;
  if (typeof data !== 'object' || data === null) return undefined;
  for (const [key, value] of Object.entries(data)) {
    const found = nonFinitePath(value, `${path}/${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Ajv coerces the text `1e400` to Infinity and then skips every numeric keyword for it (they
 * only test finite numbers), so `to_time=1e400` would pass `maximum`; JSON.parse reads `1e400`
 * in a body as Infinity just the same (a `qty` of Infinity). Neither text nor JSON can mean a
 * number that is not finite, so such a value is refused here, naming its field like any other.
 */
function finiteOnly(validate: ValidateFunction): ValidateFunction {
  const refuse = (instancePath: string) => {
    checked.errors = [
      {
        instancePath,
        schemaPath: '#',
        keyword: 'type',
        params: {},
        message: 'must be a finite number',
      },
    ];
    return false;
  };
  const checked = ((data: unknown) => {
    // Before: a body's Infinity would otherwise read "must be number". After: text coerced
    // to Infinity passes every numeric keyword.
    const parsed = nonFinitePath(data);
    if (parsed !== undefined) return refuse(parsed);
    const valid = validate(data);
    checked.errors = validate.errors;
    if (!valid) return false;
    const coerced = nonFinitePath(data);
    return coerced === undefined ? true : refuse(coerced);
  }) as ValidateFunction;
  return checked;
}

export function installValidation(app: FastifyInstance): void {
  const text = build({ coerceTypes: 'array', removeAdditional: true });
  const json = literalJsonValidator();
  app.setValidatorCompiler(({ schema, httpPart }) =>
    finiteOnly(httpPart === 'body' ? json.compile(schema) : text.compile(schema)),
  );
}
