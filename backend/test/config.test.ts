import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, DEFAULT_MARKET_SEED, REPO_ROOT, loadConfig } from '../src/config.js';

/** The repository, as this test file finds it: two folders up. */
const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('loadConfig', () => {
  it('has sensible defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8000,
      host: '127.0.0.1',
      enabledModules: undefined,
      dataDir: join(repo, 'data'),
      staticDir: join(repo, 'frontend/dist'),
      databaseUrl: undefined,
      redisUrl: undefined,
      marketSeed: DEFAULT_MARKET_SEED,
      logLevel: 'info',
      wsHeartbeatMs: 30_000,
      wsMaxLifetimeMs: 3_600_000,
      datafeedUrls: [],
      clusterSecret: undefined,
      instanceName: undefined,
    });
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      PORT: '9001',
      HOST: '127.0.0.1',
      ENABLED_MODULES: ' broker , datafeed,,',
      DATA_DIR: '/var/lib/trading',
      DATABASE_URL: 'postgres://127.0.0.1:5432/test',
      REDIS_URL: 'redis://127.0.0.1:6379',
      MARKET_SEED: '42',
      LOG_LEVEL: 'debug',
      WS_HEARTBEAT_MS: '5000',
      WS_MAX_LIFETIME_MS: '600000',
      DATAFEED_URL: 'http://127.0.0.1:8201,http://127.0.0.1:8202',
      CLUSTER_SECRET: 'a'.repeat(64),
      INSTANCE_NAME: 'broker-1',
    });
    expect(config).toMatchObject({
      port: 9001,
      host: '127.0.0.1',
      enabledModules: ['broker', 'datafeed'],
      dataDir: '/var/lib/trading',
      databaseUrl: 'postgres://127.0.0.1:5432/test',
      redisUrl: 'redis://127.0.0.1:6379',
      marketSeed: 42,
      logLevel: 'debug',
      wsHeartbeatMs: 5000,
      wsMaxLifetimeMs: 600_000,
      datafeedUrls: ['http://127.0.0.1:8201', 'http://127.0.0.1:8202'],
      clusterSecret: 'a'.repeat(64),
      instanceName: 'broker-1',
    });
  });

  it('resolves relative paths against the repository root, wherever the process runs', () => {
    expect(REPO_ROOT).toBe(repo);
    const before = process.cwd();
    try {
      process.chdir(join(repo, 'backend'));
      expect(loadConfig({ DATA_DIR: './data' }).dataDir).toBe(join(repo, 'data'));
      expect(loadConfig({ DATA_DIR: 'var/x', STATIC_DIR: 'web' })).toMatchObject({
        dataDir: join(repo, 'var/x'),
        staticDir: join(repo, 'web'),
      });
    } finally {
      process.chdir(before);
    }
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '  ', ENABLED_MODULES: '' })).toMatchObject({
      port: 8000,
      enabledModules: undefined,
    });
  });

  it.each([
    ['PORT', 'eighty', /PORT/],
    ['PORT', '70000', /PORT: 70000 is not a TCP port/],
    [
      'LOG_LEVEL',
      'loud',
      /^Invalid configuration:\n {2}LOG_LEVEL: must be equal to one of the allowed values: fatal, error, warn, info, debug, trace, silent$/,
    ],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL/],
    ['DATAFEED_URL', 'http://a,,http://b', /DATAFEED_URL/],
    ['DATAFEED_URL', 'ftp://a', /DATAFEED_URL/],
    ['CLUSTER_SECRET', 'short', /CLUSTER_SECRET/],
    ['INSTANCE_NAME', 'a b', /INSTANCE_NAME/],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL/],
    ['MARKET_SEED', '-1', /MARKET_SEED/],
    ['WS_HEARTBEAT_MS', '10', /WS_HEARTBEAT_MS/],
  ])('rejects %s=%s with a message naming it', (key, value, message) => {
    expect(() => loadConfig({ [key]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [key]: value })).toThrow(message);
  });
});
