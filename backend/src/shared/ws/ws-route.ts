// A WebSocket route is declared once; validation, the topic name, the typed publish and the
// AsyncAPI channel all derive from this one declaration.
import { buildTopic } from '@trading-pro/contract';
import type { ValidateFunction } from 'ajv';
import type { Static, TSchema } from 'typebox';
import { literalJsonValidator, nonFinitePath } from '../http/validation.js';

// One validator instance for every route's params; the first error only, like HTTP bodies.
let shared: ReturnType<typeof literalJsonValidator> | undefined;
const paramsValidator = () => (shared ??= literalJsonValidator());

/**
 * `snapshot`: each update supersedes the previous one (a quote, a forming bar), so a lagging
 * client may be sent only the latest. `event`: every update matters (a fill), so a client too far
 * behind is disconnected with 1013 rather than silently missing one.
 */
export type Delivery = 'snapshot' | 'event';

export interface WsRouteDeclaration<P extends TSchema, D extends TSchema> {
  /** Lowercase, hyphen-separated: the `{route}` of `{route}.subscribe`. */
  name: string;
  summary: string;
  params: P;
  data: D;
  delivery: Delivery;
  /**
   * For a snapshot route whose topic carries several independent values (the quotes of several
   * symbols), what distinguishes them: conflation keeps the latest value per key, not per topic.
   */
  snapshotKey?: (data: Static<D>) => string;
  /**
   * Every update carries `seq`, the number of the change it reflects (the broker's per-account
   * change sequence, docs/broker.md#change-sequence), so a client that re-read state can drop what it already holds.
   */
  sequenced?: boolean;
}

export interface WsRouteDefinition<
  P extends TSchema = TSchema,
  D extends TSchema = TSchema,
> extends WsRouteDeclaration<P, D> {
  /** The topic of these params, `{route}:{stableJson(params)}`. */
  topic(params: Static<P>): string;
  /** Reasons the payload is not valid params, empty when it is. */
  validate(payload: unknown): string[];
}

const ROUTE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function defineWsRoute<P extends TSchema, D extends TSchema>(
  declaration: WsRouteDeclaration<P, D>,
): WsRouteDefinition<P, D> {
  if (!ROUTE_NAME.test(declaration.name)) {
    throw new Error(`Invalid WebSocket route name "${declaration.name}"`);
  }
  // Compiled on first use: a process that only renders the documents never compiles it.
  let validator: ValidateFunction | undefined;
  return {
    ...declaration,
    topic: (params) => buildTopic(declaration.name, params),
    validate: (payload) => {
      validator ??= paramsValidator().compile(declaration.params);
      if (validator(payload)) {
        // JSON.parse reads 1e400 as Infinity, which every numeric keyword lets through.
        const infinite = nonFinitePath(payload);
        return infinite === undefined
          ? []
          : [`${infinite.slice(1).replaceAll('/', '.')} must be a finite number`];
      }
      return (validator.errors ?? []).map(
        (error) =>
          `${error.instancePath.slice(1).replaceAll('/', '.') || 'params'} ${error.message}`,
      );
    },
  };
}
