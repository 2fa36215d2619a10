import { readFileSync } from 'node:fs';
import type { InjectOptions } from 'fastify';
import type pg from 'pg';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createDatabase } from '../../src/db/client.js';
import { producerRedis, Queues } from '../../src/outbox/queues.js';
import type { Scratch } from './scratch.js';

/** A statement reduced to its verb and main table ("insert orders", "select pg_advisory_xact_lock"). */
export function signature(statement: string): string {
  const t = statement
    .toLowerCase()
    .replace(/"/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s;]+$/, '')
    .trim();
  if (/^(begin|commit|rollback)\b/.test(t)) return t.split(' ')[0]!;
  const insert = /^insert into (\w+)/.exec(t);
  if (insert) return `insert ${insert[1]}`;
  const update = /^update (\w+)/.exec(t);
  if (update) return `update ${update[1]}`;
  const from = /\bfrom (\w+)/.exec(t);
  if (from) return `select ${from[1]}`;
  return `select ${/^select (\w+)/.exec(t)?.[1] ?? t.slice(0, 30)}`;
}

/**
 * The statements each recorded request sends to Postgres, by signature: the app is built in this
 * process on the scratch database and the requests injected in turn, each expected to answer its
 * `status` (any 2xx when not given). Requests with `record: false` set the scene.
 */
export async function traceRequests(
  scratch: Scratch,
  requests: { inject: InjectOptions; status?: number; record: boolean }[],
): Promise<string[][]> {
  const database = createDatabase(scratch.databaseUrl, 2);
  let seen: string[] | null = null;
  database.pool.on('connect', (client: pg.PoolClient) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const q = args[0];
      seen?.push(typeof q === 'string' ? q : (q as { text: string }).text);
      return query(...args);
    };
  });
  const config = loadConfig({
    DATABASE_URL: scratch.databaseUrl,
    REDIS_URL: scratch.redisUrl,
    REDIS_PREFIX: scratch.redisPrefix,
    RATE_LIMIT_ENABLED: 'false',
    LOG_LEVEL: 'silent',
  });
  const redis = producerRedis(scratch.redisUrl);
  const queues = new Queues(redis, scratch.redisPrefix);
  const app = await buildApp({ config, database, redis, queues });
  const out: string[][] = [];
  try {
    for (const r of requests) {
      seen = r.record ? [] : null;
      const res = await app.inject(r.inject);
      const ok = r.status === undefined ? res.statusCode < 300 : res.statusCode === r.status;
      if (!ok)
        throw new Error(
          `traced request answered ${res.statusCode}${r.status === undefined ? '' : `, not ${r.status}`}: ${res.body.slice(0, 300)}`,
        );
      if (seen) out.push(seen.map(signature));
    }
    return out;
  } finally {
    await app.close();
    await queues.close();
    redis.disconnect();
    await database.close();
  }
}

/**
 * The statements one request sends to Postgres, in order: injected twice, the second (steady state:
 * the key cached, its last-use stamp fresh) recorded.
 */
export async function traceRequest(scratch: Scratch, request: () => InjectOptions): Promise<string[]> {
  const [recorded] = await traceRequests(scratch, [
    { inject: request(), record: false },
    { inject: request(), record: true },
  ]);
  return recorded!;
}

/** The SQL commands of a pgbench script, as signatures: meta-commands and comments left out. */
export function scriptSignatures(file: string): string[] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !/^\s*--/.test(l));
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    if (/^\s*\\(?!gset)/.test(line)) continue;
    if (/^\s*\\gset/.test(line)) {
      out.push(signature(current));
      current = '';
      continue;
    }
    current += `${line}\n`;
    if (/;\s*$/.test(line)) {
      out.push(signature(current));
      current = '';
    }
  }
  if (current.trim()) out.push(signature(current));
  return out;
}
