// Creates each enabled module with its context and mounts it as an encapsulated plugin at
// /api/v1/{name}: REST routes, and the WebSocket endpoint when the module declared any route.
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config.js';
import type { EventBus } from './bus/event-bus.js';
import { openDatabase, type Database } from './db/database.js';
import type { ModuleContext, ModuleDefinition, ModuleInstance } from './module.js';
import { PortRegistry } from './ports/port-registry.js';
import { API_PREFIX } from './specs/openapi.js';
import { registerWsEndpoint } from './ws/ws-endpoint.js';
import { WsGateway, type GatewayOptions } from './ws/ws-gateway.js';

export interface MountDependencies {
  config: AppConfig;
  loadedModules: readonly string[];
  clock: () => Date;
  bus: EventBus;
  wsOptions: GatewayOptions;
  /** Routes for their documents only: start() is not called (so no database is opened). */
  documentOnly?: boolean;
}

export interface MountedModule {
  definition: ModuleDefinition;
  instance: ModuleInstance;
  /** Present when the module declared WebSocket routes. */
  gateway: WsGateway | undefined;
}

export async function mountModules(
  app: FastifyInstance,
  definitions: readonly ModuleDefinition[],
  deps: MountDependencies,
): Promise<MountedModule[]> {
  const mounted: MountedModule[] = [];
  const ports = new PortRegistry();
  // Opened by the first module that asks, shared by all, closed after every module has closed.
  let database: Promise<Database> | undefined;
  const openShared = () =>
    (database ??= openDatabase({
      dataDir: deps.config.dataDir,
      databaseUrl: deps.config.databaseUrl,
      onCheckpointFailure: (error) =>
        app.log.error(
          { err: error },
          'background checkpoints of the embedded database stopped; the serving connection checkpoints instead',
        ),
    }));
  for (const definition of definitions) {
    const log = app.log.child({ module: definition.name });
    const gateway = new WsGateway(definition.name, deps.wsOptions, deps.bus, log);
    const ctx: ModuleContext = {
      config: deps.config,
      log,
      loadedModules: deps.loadedModules,
      clock: deps.clock,
      bus: deps.bus,
      ws: { route: (route, handlers) => gateway.bind(route, handlers) },
      ports,
      database: openShared,
    };
    const instance = await definition.create(ctx);
    mounted.push({
      definition,
      instance,
      gateway: gateway.definitions.length > 0 ? gateway : undefined,
    });
  }

  if (deps.documentOnly !== true) for (const { instance } of mounted) await instance.start?.();

  if (mounted.some((m) => m.gateway !== undefined)) {
    const { default: websocket } = await import('@fastify/websocket');
    // Frames above the gateway's limit are answered with an error and the connection stays
    // open; only frames beyond this hard cap make the library close it (1009).
    await app.register(websocket, {
      options: { maxPayload: 1024 * 1024, perMessageDeflate: false },
    });
  }

  for (const { definition, instance, gateway } of mounted) {
    await app.register(
      async (scope) => {
        await instance.routes(scope);
        if (gateway !== undefined) registerWsEndpoint(scope, gateway);
      },
      { prefix: `${API_PREFIX}/${definition.name}` },
    );
  }
  // One hook, so the order is ours: modules in reverse order of creation (a consumer before the
  // provider it depends on), each after its WebSocket clients are gone; the database last.
  app.addHook('onClose', async () => {
    for (const { definition, instance, gateway } of [...mounted].reverse()) {
      try {
        await gateway?.shutdown();
        await instance.onClose?.();
      } catch (error) {
        app.log.error({ err: error, module: definition.name }, 'module failed to close');
      }
    }
    if (database !== undefined) await (await database).close();
  });
  return mounted;
}
