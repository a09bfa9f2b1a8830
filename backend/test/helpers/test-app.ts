// Builds an application the way the server does, silent and without the frontend, with the
// configuration a test asks for. Each test owns the app it builds and closes it.
import { createApp, type CreateAppOptions } from '../../src/app.js';
import { loadConfig, type AppConfig } from '../../src/config.js';
import type { TypedApp } from '../../src/shared/http/typed-app.js';

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return { ...loadConfig({}), ...overrides };
}

export async function buildTestApp(options: CreateAppOptions = {}): Promise<TypedApp> {
  const app = await createApp({
    config: testConfig(),
    logger: false,
    serveFrontend: false,
    ...options,
  });
  await app.ready();
  return app;
}
