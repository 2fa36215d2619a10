import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { envSchema } from '../../src/config.js';

/**
 * docker-compose.yml cannot be run here (no Docker): its `ha` profile is checked as data instead —
 * the servers of the topology, the variables the service processes get, and what they point at.
 */
const text = readFileSync(join(import.meta.dirname, '..', '..', 'docker-compose.yml'), 'utf8');
const doc = parseDocument(text, { merge: true });

interface Service {
  profiles?: string[];
  image?: string;
  build?: unknown;
  command?: string[] | string;
  entrypoint?: string[] | string;
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown>;
  healthcheck?: unknown;
}
const compose = doc.toJS() as {
  services: Record<string, Service>;
  configs: Record<string, { content: string }>;
};
const services = compose.services;
const ha = Object.entries(services).filter(([, s]) => s.profiles?.includes('ha'));
const apps = ['api-1', 'api-2', 'worker-1', 'worker-2'];
/** Variables of the Redis Sentinel support, read by the Redis connection code. */
const sentinelVars = ['REDIS_SENTINELS', 'REDIS_SENTINEL_NAME'];

const hostOf = (url: string) => new URL(url).hostname;
const joined = (v: string[] | string | undefined) => (Array.isArray(v) ? v.join(' ') : (v ?? ''));

describe('docker-compose.yml, profile ha', () => {
  it('parses without errors or warnings', () => {
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
  });

  it('runs a Postgres primary and replica, PgBouncer, a Redis master and replica, three Sentinels, two APIs and two workers', () => {
    expect(ha.map(([name]) => name).sort()).toEqual(
      [
        'pg-primary',
        'pg-replica',
        'pgbouncer',
        'redis-master',
        'redis-replica',
        'sentinel-1',
        'sentinel-2',
        'sentinel-3',
        ...apps,
      ].sort(),
    );
    expect(joined(services['pg-replica']?.entrypoint)).toMatch(/pg_basebackup -h pg-primary .*-R/);
    expect(joined(services['redis-replica']?.command)).toMatch(/--replicaof redis-master 6379/);
    for (const s of ['sentinel-1', 'sentinel-2', 'sentinel-3'])
      expect(joined(services[s]?.entrypoint)).toMatch(
        /sentinel monitor whistle redis-master 6379 2'.*--sentinel/s,
      );
  });

  it('puts PgBouncer in transaction pooling in front of the primary', () => {
    const ini = compose.configs.pgbouncer_ini?.content ?? '';
    expect(ini).toMatch(/^pool_mode = transaction$/m);
    expect(ini).toMatch(/^\* = host=pg-primary port=5432$/m);
    expect(compose.configs.pg_hba?.content).toMatch(/^host replication all all trust$/m);
  });

  it('gives every API and worker process the same configuration, by names the service reads', () => {
    const envs = apps.map((a) => services[a]?.environment ?? {});
    for (const env of envs) expect(env).toEqual(envs[0]);
    const env = envs[0] ?? {};
    const known = new Set([...Object.keys(envSchema.shape), ...sentinelVars]);
    expect(Object.keys(env).filter((k) => !known.has(k))).toEqual([]);
    expect(hostOf(env.DATABASE_URL ?? '')).toBe('pgbouncer');
    expect(hostOf(env.DATABASE_DIRECT_URL ?? '')).toBe('pg-primary');
    expect(hostOf(env.DATABASE_REPLICA_URL ?? '')).toBe('pg-replica');
    expect(envSchema.shape.DATABASE_PREPARED_STATEMENTS.parse(env.DATABASE_PREPARED_STATEMENTS)).toBe(false);
    expect(env.REDIS_SENTINEL_NAME).toBe('whistle');
    const sentinels = (env.REDIS_SENTINELS ?? '').split(',');
    expect(sentinels).toEqual(['sentinel-1:26379', 'sentinel-2:26379', 'sentinel-3:26379']);
    for (const s of sentinels) expect(services[s.split(':')[0]!]).toBeDefined();
  });

  it('depends only on services that exist, and waits for the healthy ones', () => {
    for (const [name, s] of ha)
      for (const [dep, how] of Object.entries(s.depends_on ?? {})) {
        expect({ name, dep, defined: dep in services }).toEqual({ name, dep, defined: true });
        if ((how as { condition?: string }).condition === 'service_healthy')
          expect({ dep, healthcheck: Boolean(services[dep]?.healthcheck) }).toEqual({
            dep,
            healthcheck: true,
          });
      }
  });
});
