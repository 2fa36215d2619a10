import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, matchingConcurrency, workerPoolSize } from '../../src/config.js';
import { bullPrefixOf, redisTopology } from '../../src/lib/redis.js';

function failure(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('configuration from the environment', () => {
  it('starts from documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/whistle',
      REDIS_URL: 'redis://127.0.0.1:6379/0',
      LOG_LEVEL: 'info',
      BODY_LIMIT_BYTES: 1_048_576,
      TRUST_PROXY: false,
      CORS_ORIGINS: [],
    });
    expect(c.BOOTSTRAP_ADMIN_KEY).toBeUndefined();
  });

  it('names the one wrong variable in one line', () => {
    const message = failure({ PORT: 'abc' });
    expect(message).toMatch(/^invalid configuration: PORT: /);
    expect(message).not.toContain('\n');
    expect(message).not.toMatch(/HOST|DATABASE_URL|REDIS_URL/);
    expect(failure({ PORT: '70000' })).toMatch(/^invalid configuration: PORT: /);
  });

  it('names every wrong variable, still in one line', () => {
    const message = failure({
      PORT: '-1',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'not a url',
      TRUST_PROXY: 'maybe',
    });
    expect(message).not.toContain('\n');
    for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'TRUST_PROXY'])
      expect(message).toContain(`${name}: `);
  });

  it('refuses a short bootstrap key without echoing it', () => {
    const message = failure({ BOOTSTRAP_ADMIN_KEY: 'hunter2-secret' });
    expect(message).toContain('BOOTSTRAP_ADMIN_KEY: must be at least 24 characters');
    expect(message).not.toContain('hunter2');
  });

  it('reads numbers, booleans and lists, and treats an empty value as unset', () => {
    const c = loadConfig({
      PORT: '',
      REDIS_URL: 'redis://10.0.0.5:6380/3',
      TRUST_PROXY: 'yes',
      CORS_ORIGINS: 'https://a.example, https://b.example,',
    });
    expect(c.PORT).toBe(3000);
    expect(c.REDIS_URL).toBe('redis://10.0.0.5:6380/3');
    expect(c.TRUST_PROXY).toBe(true);
    expect(c.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });

  it('sizes the workers pool and matching concurrency, matching always below the pool', () => {
    const d = loadConfig({});
    expect([workerPoolSize(d), matchingConcurrency(d)]).toEqual([10, 5]);
    const small = loadConfig({ DATABASE_POOL_SIZE: '20', WORKER_POOL_SIZE: '6', WORKER_CONCURRENCY: '2' });
    expect([small.DATABASE_POOL_SIZE, workerPoolSize(small), matchingConcurrency(small)]).toEqual([20, 6, 2]);
    expect(matchingConcurrency(loadConfig({ WORKER_POOL_SIZE: '1' }))).toBe(1);
    expect(matchingConcurrency(loadConfig({ WORKER_POOL_SIZE: '8', MATCHING_CONCURRENCY: '7' }))).toBe(7);
    expect(failure({ WORKER_POOL_SIZE: '8', MATCHING_CONCURRENCY: '8' })).toBe(
      "invalid configuration: MATCHING_CONCURRENCY: must be below the workers' pool size (8)",
    );
    expect(failure({ DATABASE_POOL_SIZE: '4', MATCHING_CONCURRENCY: '5' })).toMatch(/MATCHING_CONCURRENCY/);
  });
});

describe('the Redis topology from the environment', () => {
  it('is one server by default, Sentinel with REDIS_SENTINELS, a cluster with REDIS_CLUSTER_NODES', () => {
    expect(redisTopology(loadConfig({}))).toEqual({ mode: 'standalone', url: 'redis://127.0.0.1:6379/0' });
    expect(
      redisTopology(
        loadConfig({
          REDIS_URL: 'redis://:pw@ignored/2',
          REDIS_SENTINELS: '10.0.0.1:26379, sentinel-b:26380,[::1]:26381',
          REDIS_SENTINEL_PASSWORD: 'sp',
        }),
      ),
    ).toEqual({
      mode: 'sentinel',
      url: 'redis://:pw@ignored/2',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: 'sentinel-b', port: 26380 },
        { host: '::1', port: 26381 },
      ],
      name: 'mymaster',
      sentinelPassword: 'sp',
    });
    const cluster = redisTopology(loadConfig({ REDIS_CLUSTER_NODES: 'n1:7001,n2:7002' }));
    expect(cluster).toMatchObject({
      mode: 'cluster',
      nodes: [
        { host: 'n1', port: 7001 },
        { host: 'n2', port: 7002 },
      ],
    });
    expect(bullPrefixOf('wd', cluster)).toBe('{wd}:bull');
    expect(bullPrefixOf('wd', { mode: 'sentinel' })).toBe('wd:bull');
  });

  it('refuses a list entry without a port, both topologies at once, another database than 0 in a cluster', () => {
    expect(failure({ REDIS_SENTINELS: 'a:26379,b' })).toMatch(/REDIS_SENTINELS: "b" is not host:port/);
    expect(failure({ REDIS_CLUSTER_NODES: ' , ' })).toMatch(/REDIS_CLUSTER_NODES: lists no host:port/);
    expect(failure({ REDIS_SENTINELS: 'a:1', REDIS_CLUSTER_NODES: 'b:2' })).toMatch(
      /REDIS_CLUSTER_NODES: set either REDIS_SENTINELS or REDIS_CLUSTER_NODES/,
    );
    expect(failure({ REDIS_CLUSTER_NODES: 'b:2', REDIS_URL: 'redis://x/3' })).toMatch(
      /REDIS_URL: a Redis Cluster has database 0 only/,
    );
    expect(failure({ REDIS_CLUSTER_NODES: 'b:2', REDIS_REPLICA_ACKS: '1' })).toMatch(/REDIS_REPLICA_ACKS: /);
  });
});
