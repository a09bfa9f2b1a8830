// The contract between the application factory and a feature module. A module is a small
// application: it owns its routes and its resources, and only meets the rest through `ctx`.
import type { FastifyBaseLogger } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { AppConfig } from '../config.js';
import type { EventBus } from './bus/event-bus.js';
import type { Database } from './db/database.js';
import type { TypedApp } from './http/typed-app.js';
import type { PortRegistry } from './ports/port-registry.js';
import type { BoundWsRoute, TopicHandlers } from './ws/ws-gateway.js';
import type { WsRouteDefinition } from './ws/ws-route.js';

/** Binds a declared WebSocket route to the module's endpoint `/api/v1/{module}/ws`. */
export interface ModuleWs {
  route<P extends TSchema, D extends TSchema>(
    definition: WsRouteDefinition<P, D>,
    handlers: TopicHandlers<Static<P>, Static<D>>,
  ): BoundWsRoute<Static<P>, Static<D>>;
}

export interface ModuleContext {
  config: AppConfig;
  /** Child logger bound to the module's name. */
  log: FastifyBaseLogger;
  /** Names of every module loaded in this process, `core` first. */
  loadedModules: readonly string[];
  /** Injected so that time-dependent answers are testable. */
  clock: () => Date;
  /** State changes published after commit; WebSocket fan-out of event routes listens here. */
  bus: EventBus;
  /** Declares the module's WebSocket routes; the endpoint exists once one is bound. */
  ws: ModuleWs;
  /** Contracts between modules of this process (e.g. the quote source the broker consumes). */
  ports: PortRegistry;
  /** The process's database, opened on first use (embedded SQLite or PostgreSQL). */
  database: () => Promise<Database>;
}

export interface ModuleInstance {
  /** Registers the module's REST routes; mounted under `/api/v1/{name}`. */
  routes: (app: TypedApp) => void | Promise<void>;
  /**
   * Runs once every enabled module has been created (so every port is provided), before the
   * application serves requests.
   */
  start?: () => void | Promise<void>;
  /**
   * Resolves once the module has no work in flight (queued commands, evaluations): a barrier for
   * tests that check that something did not happen, rather than a sleep.
   */
  idle?: () => Promise<void>;
  /** Counters of the module's work so far (accounts held, quotes seen, rows written …). */
  stats?: () => Record<string, number>;
  /** Releases what `create` acquired; runs when the application closes. */
  onClose?: () => void | Promise<void>;
}

export interface ModuleDefinition {
  /** Lowercase, hyphen-separated; equals the module's folder name. */
  name: string;
  description: string;
  create: (ctx: ModuleContext) => ModuleInstance | Promise<ModuleInstance>;
}

/** Identity with a type: lets a module file declare itself with full inference. */
export function defineModule(definition: ModuleDefinition): ModuleDefinition {
  return definition;
}
