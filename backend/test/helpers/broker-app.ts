// A broker application on a fresh database — embedded SQLite in a temporary folder, or a fresh
// PostgreSQL schema — with the test quote source, for the same tests on both databases.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedApp } from '../../src/shared/http/typed-app.js';
import { discoverModules } from '../../src/shared/registry.js';
import type { GatewayOptions } from '../../src/shared/ws/ws-gateway.js';
import { buildTestApp, testConfig } from './test-app.js';
import { entryOf } from './test-modules.js';
import { makeQuoteTestModule, type TestMarket } from './quote-test-module.js';
import { postgresSchemaUrl } from './postgres.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface BrokerTestApp {
  app: TypedApp;
  market: TestMarket;
  /** Closes the app and removes its data. */
  close(): Promise<void>;
}

export async function startBrokerApp(
  kind: DatabaseKind,
  options: { commissionRate?: number; deposit?: number; ws?: Partial<GatewayOptions> } = {},
): Promise<BrokerTestApp> {
  const { definition, market } = makeQuoteTestModule();
  const dataDir = mkdtempSync(join(tmpdir(), 'trading-pro-broker-'));
  const postgres = kind === 'postgres' ? await postgresSchemaUrl() : undefined;
  const base = testConfig();
  const app = await buildTestApp({
    config: {
      ...base,
      dataDir,
      databaseUrl: postgres?.url,
      broker: {
        ...base.broker,
        commissionRate: options.commissionRate ?? 0,
        deposit: options.deposit ?? 100_000,
      },
    },
    modules: [
      ...discoverModules().filter((e) => e.name === 'core' || e.name === 'broker'),
      entryOf(definition),
    ],
    enabledModules: ['broker', 'testquotes'],
    ws: options.ws,
  });
  return {
    app,
    market,
    close: async () => {
      await app.close();
      await postgres?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
