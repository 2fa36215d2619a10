import { Queue } from 'bullmq';
import { inArray, max } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema/index.js';
import { transaction } from '../../src/db/transaction.js';
import type { RedisClient } from '../../src/lib/redis.js';
import { enqueueJob } from '../../src/outbox/outbox.repo.js';
import { bullPrefix } from '../../src/outbox/queues.js';
import { createServiceEnv, type ServiceEnv, startService, stopAllServices } from '../helpers/processes.js';
import { type CutMode, startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

// Delayed an hour, the jobs stay in BullMQ's delayed set for the whole test: what is checked is
// what the relays published, not what a processor later did with it.
const HOUR = 3_600_000;

/** Writes `n` outbox rows in one transaction, as a service would, and returns their ids. */
async function writeOutboxRows(env: ServiceEnv, n: number): Promise<number[]> {
  const db = env.database.db;
  const [before] = await db.select({ last: max(outbox.id) }).from(outbox);
  await transaction(db, async (tx) => {
    for (let i = 0; i < n; i++) {
      await enqueueJob(tx, {
        queue: 'maintenance',
        name: 'no_shows',
        payload: { kind: 'no_shows' },
        delayMs: HOUR,
      });
    }
  });
  const rows = await db.select({ id: outbox.id }).from(outbox);
  return rows.map((r) => r.id).filter((id) => id > (before?.last ?? 0));
}

async function unpublished(env: ServiceEnv, ids: number[]): Promise<number> {
  let count = 0;
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await env.database.db
      .select({ publishedAt: outbox.publishedAt })
      .from(outbox)
      .where(inArray(outbox.id, ids.slice(i, i + 1000)));
    count += rows.filter((r) => r.publishedAt === null).length;
  }
  return count;
}

async function waitUntilPublished(env: ServiceEnv, ids: number[], timeoutMs: number): Promise<number> {
  const started = Date.now();
  while ((await unpublished(env, ids)) > 0) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`outbox rows still unpublished after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

/** How often BullMQ recorded each outbox job as added, and as a duplicate add, in the queue's event stream. */
async function addEvents(
  redis: RedisClient,
  redisPrefix: string,
): Promise<{ added: Map<string, number>; duplicated: number }> {
  const entries = await redis.xrange(`${bullPrefix(redisPrefix)}:maintenance:events`, '-', '+');
  const added = new Map<string, number>();
  let duplicated = 0;
  for (const [, fields] of entries) {
    const f = new Map<string, string>();
    for (let i = 0; i < fields.length; i += 2) f.set(fields[i]!, fields[i + 1]!);
    const jobId = f.get('jobId') ?? '';
    if (!jobId.startsWith('ob-')) continue;
    if (f.get('event') === 'added') added.set(jobId, (added.get(jobId) ?? 0) + 1);
    if (f.get('event') === 'duplicated') duplicated++;
  }
  return { added, duplicated };
}

/** Every row is in BullMQ under its own job id, added exactly once, and nothing else from the outbox is. */
async function expectEachPublishedOnce(env: ServiceEnv, ids: number[]) {
  const expected = ids.map((id) => `ob-${id}`).sort();
  const queue = new Queue('maintenance', { connection: env.redis, prefix: bullPrefix(env.redisPrefix) });
  try {
    const delayed = (await queue.getDelayed(0, -1))
      .map((j) => j.id ?? '')
      .filter((id) => id.startsWith('ob-'));
    expect(delayed.sort()).toEqual(expected);
    const job = await queue.getJob(expected[0]!);
    expect(job?.name).toBe('no_shows');
    expect(job?.data).toEqual({ kind: 'no_shows' });
  } finally {
    await queue.close();
  }
  const { added, duplicated } = await addEvents(env.redis, env.redisPrefix);
  expect([...added.keys()].sort()).toEqual(expected);
  expect([...added.values()].filter((n) => n !== 1)).toEqual([]);
  expect(duplicated).toBe(0);
}

describe('outbox relay under faults', () => {
  let env: ServiceEnv;
  let proxy: TcpProxy | null = null;
  beforeEach(async () => {
    env = await createServiceEnv();
  });
  afterEach(async () => {
    await stopAllServices();
    await proxy?.close();
    proxy = null;
    await env?.close();
  });
  it('keeps rows while Redis is away and publishes each exactly once when it returns', async () => {
    const target = new URL(env.redisUrl);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const worker = await startService('worker', env, { redisUrl: proxy.urlFor(env.redisUrl) });

    await proxy.cut();
    const ids = await writeOutboxRows(env, 25);
    expect(ids).toHaveLength(25);
    // Several relay passes (NOTIFY plus a 100 ms poll) find Redis gone and leave the rows as they are.
    await worker.waitForLine(/outbox relay pass failed; will retry/, 5_000);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await unpublished(env, ids)).toBe(25);
    expect(
      await env.redis.exists(...ids.map((id) => `${bullPrefix(env.redisPrefix)}:maintenance:ob-${id}`)),
    ).toBe(0);
    expect(worker.exitStatus).toBeNull();

    await proxy.restore();
    const tookMs = await waitUntilPublished(env, ids, 10_000);
    console.log(`outbox published ${tookMs} ms after Redis returned`);
    await expectEachPublishedOnce(env, ids);
    const stopped = await worker.stop('SIGTERM', 10_000);
    expect(stopped, worker.tail(30)).toEqual({ code: 0, signal: null });
  });

  it.each<CutMode>(['refuse', 'blackhole'])(
    'publishes rows written after Postgres returns from a 10 s cut (%s)',
    async (mode) => {
      const target = new URL(env.databaseUrl);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      const worker = await startService('worker', env, { databaseUrl: proxy.urlFor(env.databaseUrl) });
      const before = await writeOutboxRows(env, 5);
      await waitUntilPublished(env, before, 10_000);

      await proxy.cut(mode);
      await worker.waitForLine(/outbox relay (pass failed|cannot LISTEN)/, 10_000);
      await new Promise((r) => setTimeout(r, 10_000));
      await proxy.restore();

      const after = await writeOutboxRows(env, 5);
      const tookMs = await waitUntilPublished(env, after, 20_000);
      console.log(`outbox published ${tookMs} ms after Postgres returned (${mode})`);
      // And again a minute's worth of polls later: the relay keeps working, not only once.
      await new Promise((r) => setTimeout(r, 3_000));
      const later = await writeOutboxRows(env, 5);
      await waitUntilPublished(env, later, 10_000);
      expect(worker.exitStatus, worker.tail(30)).toBeNull();
    },
  );

  it('two relays publish 2,000 rows between them, each row exactly once', async () => {
    await Promise.all([startService('worker', env), startService('worker', env)]);
    const ids = await writeOutboxRows(env, 2_000);
    expect(ids).toHaveLength(2_000);
    const tookMs = await waitUntilPublished(env, ids, 20_000);
    console.log(`two relays published 2,000 rows in ${tookMs} ms`);
    await expectEachPublishedOnce(env, ids);
  });
});
