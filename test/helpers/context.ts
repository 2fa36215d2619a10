import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { Redis } from 'ioredis';
import pino from 'pino';
import { inject } from 'vitest';
import { type App, buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { createDatabase, type Database } from '../../src/db/client.js';
import { startWorkers, type WorkerRuntime } from '../../src/jobs/worker-runtime.js';
import { loggerOptions } from '../../src/logger.js';
import { producerRedis, Queues } from '../../src/outbox/queues.js';
import { TestClock } from './clock.js';
import { createTestDatabase } from './database.js';
import { appendLogs } from './logs.js';

export interface TestContext {
  config: Config;
  database: Database;
  redis: Redis;
  queues: Queues;
  clock: TestClock;
  app: App;
  /** Every log line the app and workers wrote, as parsed JSON. */
  logs: Record<string, unknown>[];
  startWorkers(only?: Parameters<typeof startWorkers>[0]['only']): Promise<WorkerRuntime>;
  close(): Promise<void>;
}

/**
 * One test file's world: its own database (cloned from the template), its own Redis key prefix,
 * the app built from config like production, and optionally the workers in-process.
 */
export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: inject('redisUrl'),
    REDIS_PREFIX: `t${randomBytes(5).toString('hex')}`,
    LOG_LEVEL: 'info',
    WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    OUTBOX_POLL_MS: '100',
    RATE_LIMIT_ENABLED: 'false',
    ...env,
  });
  const database = createDatabase(config.DATABASE_URL, 10);
  const redis = producerRedis(config.REDIS_URL);
  redis.on('error', () => {});
  if (redis.status !== 'ready') await once(redis, 'ready');
  const queues = new Queues(redis, config.REDIS_PREFIX);
  const clock = new TestClock();
  const logs: Record<string, unknown>[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => appendLogs(logs, chunk));
  const app = await buildApp({ config, database, redis, queues, clock, logStream: stream });
  await app.ready();
  const runtimes: WorkerRuntime[] = [];
  return {
    config,
    database,
    redis,
    queues,
    clock,
    app,
    logs,
    async startWorkers(only) {
      const log = pino(loggerOptions(config), stream);
      const rt = await startWorkers({ config, database, queues, clock, log, only });
      runtimes.push(rt);
      return rt;
    },
    async close() {
      for (const rt of runtimes) await rt.close();
      await app.close();
      const keys = await redis.keys(`${config.REDIS_PREFIX}:*`);
      if (keys.length) await redis.del(...keys);
      await queues.close();
      redis.disconnect();
      await database.close();
      await db.drop();
    },
  };
}
