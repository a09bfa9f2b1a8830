// A broker application on a fresh database — embedded SQLite in a temporary folder, or a fresh
// PostgreSQL schema — with the test quote source, for the same tests on both databases. The
// storage can outlive the app (a restart) or be shared by two apps (two writers).
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

export interface BrokerStorage {
  kind: DatabaseKind;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Removes the data. */
  drop(): Promise<void>;
}

export async function brokerStorage(kind: DatabaseKind): Promise<BrokerStorage> {
  const dataDir = mkdtempSync(join(tmpdir(), 'trading-pro-broker-'));
  const postgres = kind === 'postgres' ? await postgresSchemaUrl() : undefined;
  return {
    kind,
    dataDir,
    databaseUrl: postgres?.url,
    drop: async () => {
      await postgres?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BrokerTestApp {
  app: TypedApp;
  market: TestMarket;
  storage: BrokerStorage;
  /** `GET /account`'s id: the account requests act on by default. */
  accountId: string;
  /** Closes the app and removes its data (unless the storage was handed in). */
  close(): Promise<void>;
}

export async function startBrokerApp(
  kind: DatabaseKind,
  options: {
    commissionRate?: number;
    deposit?: number;
    ws?: Partial<GatewayOptions>;
    storage?: BrokerStorage;
  } = {},
): Promise<BrokerTestApp> {
  const { definition, market } = makeQuoteTestModule();
  const storage = options.storage ?? (await brokerStorage(kind));
  const base = testConfig();
  const app = await buildTestApp({
    config: {
      ...base,
      dataDir: storage.dataDir,
      databaseUrl: storage.databaseUrl,
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
  const account = await app.inject({ method: 'GET', url: '/api/v1/broker/account' });
  return {
    app,
    market,
    storage,
    accountId: account.json<{ id: string }>().id,
    close: async () => {
      await app.close();
      if (options.storage === undefined) await storage.drop();
    },
  };
}
