// The application factory. Every entry point — the server, the spec exporter, each test — builds
// the app here, so they all run the same wiring; none of them shares a global instance.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { loadConfig, type AppConfig } from './config.js';
import { installClusterPeerCheck } from './shared/http/cluster-peer.js';
import { installErrorHandler } from './shared/http/errors.js';
import { installGracefulClose } from './shared/http/graceful-close.js';
import { installNotFoundHandler } from './shared/http/not-found.js';
import { installValidation } from './shared/http/validation.js';
import type { TypedApp } from './shared/http/typed-app.js';
import type { EventBus } from './shared/bus/event-bus.js';
import { InProcessEventBus } from './shared/bus/in-process-bus.js';
import { mountModules } from './shared/module-mount.js';
import { discoverModules, ModuleRegistry, type ModuleEntry } from './shared/registry.js';
import {
  registerOpenApi,
  registerOpenApiRoutes,
  type ModuleSummary,
} from './shared/specs/openapi.js';
import type { ModuleWsRoutes } from './shared/specs/asyncapi.js';
import { registerAsyncApiRoutes } from './shared/specs/asyncapi-routes.js';
import {
  DEFAULT_GATEWAY_OPTIONS,
  type GatewayOptions,
  type WsGateway,
} from './shared/ws/ws-gateway.js';

export interface CreateAppOptions {
  /** Defaults to the environment's configuration. */
  config?: AppConfig;
  /** Overrides `config.enabledModules`; `core` is always added. */
  enabledModules?: readonly string[];
  /** Pino options, or `false` for silence (tests). Defaults to `config.logLevel`. */
  logger?: FastifyServerOptions['logger'];
  /** Module sources; defaults to discovery under `src/modules`. */
  modules?: readonly ModuleEntry[];
  /** Serve the built terminal at `/`; defaults to true when `config.staticDir` exists. */
  serveFrontend?: boolean;
  /** Serve the interactive docs at /api/v1/docs; the offline spec export skips it. */
  serveDocsUi?: boolean;
  clock?: () => Date;
  /** Defaults to an in-process bus. */
  bus?: EventBus;
  /**
   * Build the routes for their documents only (the offline spec export): modules are not
   * started (a module opens its database in `start`), and no validation or serialization code
   * is compiled. Such an app must not serve requests.
   */
  documentOnly?: boolean;
  /** WebSocket limits and timings; tests shorten the heartbeat and lifetime. */
  ws?: Partial<GatewayOptions>;
}

export interface RouteInfo {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Names of the loaded modules, `core` first. */
    loadedModules: readonly string[];
    /** Name and description of each loaded module, in load order. */
    moduleSummaries: readonly ModuleSummary[];
    /** Every route registered, for diagnostics and the request fuzz test. */
    routeTable: RouteInfo[];
    /** The WebSocket gateway of each module that declared routes, by module name. */
    wsGateways: ReadonlyMap<string, WsGateway>;
    /** The declared WebSocket routes of each such module, for the AsyncAPI documents. */
    wsModules: readonly ModuleWsRoutes[];
    /** Resolves once no module has work in flight (see ModuleInstance.idle). */
    idle(): Promise<void>;
    /** Each module's counters, by module name (see ModuleInstance.stats). */
    moduleStats(): Record<string, Record<string, number>>;
  }
}

/**
 * Redis when REDIS_URL is set (several processes), in-process otherwise. A process whose Redis
 * is down still starts: its health says so and its event streams refuse clients until the link
 * is back (docs/configuration.md#variables).
 */
async function createBus(
  redisUrl: string | undefined,
  storage: string,
  app: TypedApp,
): Promise<EventBus> {
  if (redisUrl === undefined) {
    return new InProcessEventBus((err, channel) =>
      app.log.error({ err, channel }, 'event bus handler failed'),
    );
  }
  const { RedisEventBus } = await import('./shared/bus/redis-bus.js');
  const bus = new RedisEventBus(redisUrl, app.log.child({ component: 'event-bus' }), {
    prefix: busPrefix(storage),
  });
  await bus
    .ready(REDIS_START_WAIT_MS)
    .catch((error: unknown) =>
      app.log.warn({ err: error }, 'starting without the event bus; it keeps reconnecting'),
    );
  return bus;
}
const REDIS_START_WAIT_MS = 3_000;

/**
 * The bus's channels are named after the data they speak of: processes on one database share
 * them, and two clusters on one Redis (each with its own database) never hear each other.
 */
export function busPrefix(storage: string): string {
  return `trading-pro:${createHash('sha256').update(storage).digest('hex').slice(0, 12)}:`;
}

type CompilersFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>;
// Fastify types these as Ajv and fast-json-stringify factories; at run time it only calls them.
const DOCUMENT_ONLY_COMPILERS = {
  buildValidator: () => () => () => true,
  buildSerializer: () => () => (data: unknown) => JSON.stringify(data),
} as unknown as CompilersFactory;

export async function createApp(options: CreateAppOptions = {}): Promise<TypedApp> {
  const config = options.config ?? loadConfig();
  const registry = new ModuleRegistry(options.modules ?? discoverModules());
  const names = registry.resolve(options.enabledModules ?? config.enabledModules);
  const definitions = await registry.load(names);

  const documentOnly = options.documentOnly === true;
  const app = Fastify({
    logger: options.logger ?? {
      level: config.logLevel,
      // In a cluster every line says which process wrote it.
      ...(config.instanceName === undefined ? {} : { base: { instance: config.instanceName } }),
    },
    forceCloseConnections: 'idle',
    // For documents only, no validation or serialization code is built (nor are the
    // compilers' libraries loaded).
    ...(documentOnly ? { schemaController: { compilersFactory: DOCUMENT_ONLY_COMPILERS } } : {}),
  }).withTypeProvider<TypeBoxTypeProvider>();

  const routeTable: RouteInfo[] = [];
  app.decorate('loadedModules', names);
  app.decorate(
    'moduleSummaries',
    definitions.map(({ name, description }) => ({ name, description })),
  );
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url });
  });

  installErrorHandler(app);
  if (!documentOnly) installValidation(app);
  installGracefulClose(app);
  installClusterPeerCheck(app, config.clusterSecret);
  const staticDir =
    (options.serveFrontend ?? true) && existsSync(config.staticDir) ? config.staticDir : undefined;
  installNotFoundHandler(app, staticDir);
  if (staticDir !== undefined) {
    // wildcard: false registers one route per built file, so unknown paths reach the
    // not-found handler (JSON under /api, index.html elsewhere).
    const { default: fastifyStatic } = await import('@fastify/static');
    await app.register(fastifyStatic, { root: staticDir, wildcard: false });
  }

  await registerOpenApi(app, definitions, { docsUi: options.serveDocsUi ?? true });
  registerOpenApiRoutes(app, definitions);

  const bus =
    options.bus ??
    (await createBus(
      documentOnly ? undefined : config.redisUrl,
      config.databaseUrl ?? config.dataDir,
      app,
    ));
  const mounted = await mountModules(app, definitions, {
    config,
    loadedModules: names,
    clock: options.clock ?? (() => new Date()),
    bus,
    documentOnly,
    wsOptions: {
      ...DEFAULT_GATEWAY_OPTIONS,
      heartbeatMs: config.wsHeartbeatMs,
      maxLifetimeMs: config.wsMaxLifetimeMs,
      ...options.ws,
    },
  });
  const gateways = new Map<string, WsGateway>();
  const wsModules: ModuleWsRoutes[] = [];
  for (const { definition, gateway } of mounted) {
    if (gateway === undefined) continue;
    gateways.set(definition.name, gateway);
    wsModules.push({
      name: definition.name,
      description: definition.description,
      routes: gateway.definitions,
    });
  }
  app.decorate('wsGateways', gateways);
  app.decorate('moduleStats', () =>
    Object.fromEntries(
      mounted.flatMap(({ definition, instance }) =>
        instance.stats === undefined ? [] : [[definition.name, instance.stats()]],
      ),
    ),
  );
  app.decorate('idle', async () => {
    for (const { instance } of mounted) await instance.idle?.();
  });
  app.decorate('wsModules', wsModules);
  registerAsyncApiRoutes(app, wsModules);
  if (options.bus === undefined) app.addHook('onClose', () => bus.close());

  return app;
}
