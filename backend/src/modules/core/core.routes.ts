import { errorResponses } from '../../models/common.js';
import { HealthSchema, type Health } from '../../models/core/health.js';
import { VersionsSchema } from '../../models/core/versions.js';
import type { TypedApp } from '../../shared/http/typed-app.js';
import type { ModuleContext } from '../../shared/module.js';
import { API_VERSIONS } from './api-versions.js';

function quoteState(ctx: ModuleContext): Health['quotes'] {
  const source = ctx.ports.get('quoteSource');
  if (source === undefined) return { source: 'none', connected: false };
  const link = source.link?.();
  if (link === undefined) return { source: 'in-process', connected: true };
  return link.up
    ? {
        source: 'remote',
        connected: true,
        ...(link.detail === undefined ? {} : { datafeed: link.detail }),
      }
    : { source: 'remote', connected: false };
}

export function coreRoutes(app: TypedApp, ctx: ModuleContext): void {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        summary: 'Liveness, the modules loaded in this process and the state of its event bus',
        tags: ['core'],
        response: { 200: HealthSchema, ...errorResponses },
      },
    },
    () => ({
      status: 'ok' as const,
      timestamp: ctx.clock().toISOString(),
      modules: [...ctx.loadedModules],
      bus: ctx.bus.state(),
      quotes: quoteState(ctx),
      ...(ctx.config.instanceName === undefined ? {} : { instance: ctx.config.instanceName }),
    }),
  );

  app.get(
    '/versions',
    {
      schema: {
        operationId: 'getVersions',
        summary: 'API versions, their status and dates',
        tags: ['core'],
        response: { 200: VersionsSchema, ...errorResponses },
      },
    },
    () => API_VERSIONS,
  );
}
