// Environment → typed configuration, validated once at start (docs/configuration.md). A bad value stops the
// process with a message naming the variable, instead of surfacing later as a confusing failure.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MARKET_SEED } from '@trading-pro/market';
import { Type, type Static } from 'typebox';
import type { ValidateFunction } from 'ajv';
import { literalJsonValidator } from './shared/http/validation.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const EnvSchema = Type.Object({
  PORT: Type.Optional(Type.String({ pattern: '^[0-9]{1,5}$' })),
  HOST: Type.Optional(Type.String({ minLength: 1 })),
  ENABLED_MODULES: Type.Optional(Type.String()),
  DATA_DIR: Type.Optional(Type.String({ minLength: 1 })),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  MARKET_SEED: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$' })),
  // One enum, not a union of literals: a wrong value gets one message that lists the levels.
  LOG_LEVEL: Type.Optional(Type.Enum([...LOG_LEVELS], { type: 'string' })),
  STATIC_DIR: Type.Optional(Type.String({ minLength: 1 })),
  WS_HEARTBEAT_MS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{2,8}$' })),
  WS_MAX_LIFETIME_MS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{2,9}$' })),
  BROKER_DEPOSIT: Type.Optional(Type.String({ pattern: '^[0-9]{1,12}(\\.[0-9]{1,2})?$' })),
  BROKER_COMMISSION_RATE: Type.Optional(Type.String({ pattern: '^0(\\.[0-9]{1,6})?$' })),
  DATAFEED_URL: Type.Optional(
    Type.String({ pattern: '^https?://[^,\\s]+(,https?://[^,\\s]+)*$', maxLength: 4096 }),
  ),
  CLUSTER_SECRET: Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{32,256}$' })),
  INSTANCE_NAME: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._-]{1,64}$' })),
  // A socket's path is at most 107 bytes on Linux.
  UNIX_SOCKET: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
});

type Env = Static<typeof EnvSchema>;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  port: number;
  host: string;
  /** Modules named in ENABLED_MODULES, or `undefined` for all discovered modules. */
  enabledModules: string[] | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Base URLs of the datafeed instances, for a broker whose process has no datafeed. */
  datafeedUrls: string[];
  /** The secret by which the processes of a cluster know each other; unset outside a cluster. */
  clusterSecret: string | undefined;
  /** This process's name in the cluster (`broker-1`), in every log line and in health. */
  instanceName: string | undefined;
  /** A Unix socket the server also listens on (the gateway's cheaper way in). */
  unixSocket: string | undefined;
  marketSeed: number;
  logLevel: LogLevel;
  /** Built frontend served at `/`; absent directory means the API runs alone. */
  staticDir: string;
  /** A WebSocket client silent this long is closed (1001). */
  wsHeartbeatMs: number;
  /** A WebSocket connection older than this is closed (4000) so the client reconnects. */
  wsMaxLifetimeMs: number;
  broker: BrokerConfig;
}

export interface BrokerConfig {
  /** The account every request acts on until authentication exists. */
  accountId: string;
  accountName: string;
  currency: string;
  /** Initial deposit of a new account. */
  deposit: number;
  /** Commission as a fraction of traded value, e.g. 0.001 for 0.1 %. */
  commissionRate: number;
  defaultLeverage: number;
}

/**
 * Fixed so that past bars are identical after a restart (docs/market.md#simulator): the market package's own
 * default, which the terminal's offline demo runs on too.
 */
export { DEFAULT_MARKET_SEED };

/**
 * The repository's root (from `backend/src/` and from `backend/dist/` alike): relative paths in
 * the configuration resolve against it, so every way of starting the server — `make run`,
 * `make dev`, `npm start -w backend`, a script — uses the same data directory.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fromRoot = (path: string) => resolve(REPO_ROOT, path);

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const blankToUndefined = (value: string | undefined) =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

// Compiled once, on the first load: every test app loads a configuration.
let compiledEnvCheck: ValidateFunction | undefined;
const envCheck = () =>
  // Every problem at once (the environment is small): the operator fixes them in one go.
  (compiledEnvCheck ??= literalJsonValidator({ allErrors: true }).compile(EnvSchema));

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const env: Record<string, string | undefined> = {};
  for (const key of Object.keys(EnvSchema.properties)) env[key] = blankToUndefined(source[key]);
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];

  // Every variable is optional, so an empty environment is valid without compiling the check
  // (the spec export and most tests load exactly that).
  const check = Object.keys(env).length === 0 ? undefined : envCheck();
  if (check !== undefined && !check(env)) {
    const lines = (check.errors ?? []).map((e) => {
      const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues;
      const values = e.keyword === 'enum' && allowed !== undefined ? `: ${allowed.join(', ')}` : '';
      return `${e.instancePath.slice(1) || 'environment'}: ${e.message}${values}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const valid = env as Env;

  const port = valid.PORT === undefined ? 8000 : Number(valid.PORT);
  if (port < 1 || port > 65535)
    throw new ConfigError(`Invalid configuration:\n  PORT: ${port} is not a TCP port (1-65535)`);

  return {
    port,
    // Local only unless asked: the broker has no sign-in yet.
    host: valid.HOST ?? '127.0.0.1',
    enabledModules: parseModuleList(valid.ENABLED_MODULES),
    dataDir: fromRoot(valid.DATA_DIR ?? 'data'),
    databaseUrl: valid.DATABASE_URL,
    redisUrl: valid.REDIS_URL,
    datafeedUrls: valid.DATAFEED_URL?.split(',') ?? [],
    clusterSecret: valid.CLUSTER_SECRET,
    instanceName: valid.INSTANCE_NAME,
    unixSocket: valid.UNIX_SOCKET === undefined ? undefined : fromRoot(valid.UNIX_SOCKET),
    marketSeed: valid.MARKET_SEED === undefined ? DEFAULT_MARKET_SEED : Number(valid.MARKET_SEED),
    logLevel: valid.LOG_LEVEL ?? 'info',
    staticDir: fromRoot(valid.STATIC_DIR ?? 'frontend/dist'),
    wsHeartbeatMs: valid.WS_HEARTBEAT_MS === undefined ? 30_000 : Number(valid.WS_HEARTBEAT_MS),
    wsMaxLifetimeMs:
      valid.WS_MAX_LIFETIME_MS === undefined ? 3_600_000 : Number(valid.WS_MAX_LIFETIME_MS),
    broker: {
      accountId: 'DEMO-ACCOUNT',
      accountName: 'Demo Trading Account',
      currency: 'USD',
      deposit: valid.BROKER_DEPOSIT === undefined ? 100_000 : Number(valid.BROKER_DEPOSIT),
      commissionRate:
        valid.BROKER_COMMISSION_RATE === undefined ? 0 : Number(valid.BROKER_COMMISSION_RATE),
      defaultLeverage: 10,
    },
  };
}

function parseModuleList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.length === 0 ? undefined : names;
}
