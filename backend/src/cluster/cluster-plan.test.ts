import { describe, expect, it } from 'vitest';
import type { Cluster } from './cluster-file.schema.js';
import { instanceEnvironment, planInstances } from './cluster-plan.js';

const cluster: Cluster = {
  gatewayPort: 8000,
  database: 'postgres://127.0.0.1:5432/trading',
  redis: 'redis://127.0.0.1:6379',
  servers: [
    { name: 'broker', modules: ['broker'], port: 8101, instances: 1 },
    { name: 'datafeed', modules: ['datafeed'], port: 8201, instances: 2 },
  ],
  websocket: { routing: 'path' },
};

describe('planInstances', () => {
  it('names each instance after its server and gives it the next port, datafeed first', () => {
    expect(planInstances(cluster)).toEqual([
      { name: 'datafeed-1', server: 'datafeed', port: 8201, modules: ['datafeed'] },
      { name: 'datafeed-2', server: 'datafeed', port: 8202, modules: ['datafeed'] },
      { name: 'broker-1', server: 'broker', port: 8101, modules: ['broker'] },
    ]);
  });
});

describe('instanceEnvironment', () => {
  const [datafeed, , broker] = planInstances(cluster);
  const parent = { PATH: '/usr/bin', LOG_LEVEL: 'debug', PORT: '9999', DATAFEED_URL: 'http://x' };

  it('gives a process its modules, port, shared services, secret and name', () => {
    const env = instanceEnvironment(cluster, broker!, 'f00d', parent);
    expect(env).toEqual({
      PATH: '/usr/bin',
      LOG_LEVEL: 'debug',
      ENABLED_MODULES: 'broker',
      PORT: '8101',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://127.0.0.1:5432/trading',
      REDIS_URL: 'redis://127.0.0.1:6379',
      CLUSTER_SECRET: 'f00d',
      DATAFEED_URL: 'http://127.0.0.1:8201,http://127.0.0.1:8202',
      INSTANCE_NAME: 'broker-1',
    });
  });

  it('gives no DATAFEED_URL to a process that loads the datafeed itself', () => {
    const env = instanceEnvironment(cluster, datafeed!, 'f00d', parent);
    expect(env.DATAFEED_URL).toBeUndefined();
    expect(env.INSTANCE_NAME).toBe('datafeed-1');
  });

  it('passes on no database or Redis the file does not name, whatever the manager’s own', () => {
    const alone: Cluster = { ...cluster, database: undefined, redis: undefined };
    const env = instanceEnvironment(alone, broker!, 's', {
      DATABASE_URL: 'postgres://elsewhere/db',
      REDIS_URL: 'redis://elsewhere',
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
  });
});
