import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../../src/db/client.js';
import { migrationsFolder, runMigrations } from '../../src/db/migrate.js';
import { findLeaks } from './log-leaks.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    redisUrl: string;
    templateDb: string;
    runId: string;
  }
}

const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS = 'redis://127.0.0.1:6379/0';

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function pgAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function redisAnswers(url: string): Promise<boolean> {
  const r = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  r.on('error', () => {});
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

/**
 * Finds a Postgres and a Redis: TEST_DATABASE_URL / TEST_REDIS_URL, else the local servers, else
 * containers (where a Docker engine runs). Builds a migrated template database that each test file
 * clones, so files run in parallel without sharing rows.
 */
export default async function setup(project: TestProject) {
  const stops: (() => Promise<unknown>)[] = [];
  let pgUrl = process.env.TEST_DATABASE_URL ?? ((await pgAnswers(LOCAL_PG)) ? LOCAL_PG : null);
  let redisUrl = process.env.TEST_REDIS_URL ?? ((await redisAnswers(LOCAL_REDIS)) ? LOCAL_REDIS : null);
  if (!pgUrl || !redisUrl) {
    try {
      if (!pgUrl) {
        const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
        const c = await new PostgreSqlContainer('postgres:15-alpine').start();
        stops.push(() => c.stop());
        pgUrl = c.getConnectionUri();
      }
      if (!redisUrl) {
        const { RedisContainer } = await import('@testcontainers/redis');
        const c = await new RedisContainer('redis:7-alpine').start();
        stops.push(() => c.stop());
        redisUrl = c.getConnectionUrl();
      }
    } catch (err) {
      throw new Error(
        `No Postgres or Redis for the tests: set TEST_DATABASE_URL and TEST_REDIS_URL, start the local servers (127.0.0.1:5432, 127.0.0.1:6379), or run a Docker engine for testcontainers. (${(err as Error).message})`,
      );
    }
  }

  const folder = migrationsFolder();
  const digest = createHash('sha256');
  for (const f of readdirSync(folder)
    .filter((f) => f.endsWith('.sql'))
    .sort())
    digest.update(readFileSync(`${folder}/${f}`));
  const templateDb = `wd_template_${digest.digest('hex').slice(0, 12)}`;

  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  // Leftovers of interrupted runs: test databases are named after the run's process id, so only
  // those of runs that are no longer alive are dropped (several runs may share one server).
  const { rows } = await admin.query<{ datname: string }>(
    "select datname from pg_database where datname like 'wd\\_t\\_%'",
  );
  for (const r of rows) {
    const pid = Number(/^wd_t_(\d+)_/.exec(r.datname)?.[1]);
    if (Number.isInteger(pid) && pidAlive(pid)) continue;
    await admin.query(`drop database if exists "${r.datname}" with (force)`);
  }
  // Runs starting together build the template once: under a lock, under a temporary name, renamed when migrated.
  await admin.query('select pg_advisory_lock(7311002)');
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [templateDb]);
    if (exists.rowCount === 0) {
      const building = `${templateDb}_building`;
      await admin.query(`drop database if exists "${building}" with (force)`);
      await admin.query(`create database "${building}"`);
      const url = new URL(pgUrl);
      url.pathname = `/${building}`;
      const db = createDatabase(url.toString(), 2);
      await runMigrations(db.pool);
      await db.close();
      await admin.query(`alter database "${building}" rename to "${templateDb}"`);
    }
  } finally {
    await admin.query('select pg_advisory_unlock(7311002)');
  }
  await admin.end();

  project.provide('pgAdminUrl', pgUrl);
  project.provide('redisUrl', redisUrl);
  project.provide('templateDb', templateDb);
  project.provide('runId', String(process.pid));
  // Every log line of the run (app, workers, child processes) goes to one file, searched at the end
  // for personal data: a phone number or a resident's name in a log fails the run.
  const logFile = join(tmpdir(), `wd-test-logs-${process.pid}.ndjson`);
  writeFileSync(logFile, '');
  process.env.TEST_LOG_FILE = logFile;
  return async () => {
    for (const stop of stops) await stop();
    const leaks = findLeaks(logFile);
    rmSync(logFile, { force: true });
    if (leaks.length) {
      // A teardown error alone does not fail the run, so say it and set the exit code.
      process.stderr.write(`\npersonal data reached the logs:\n${leaks.slice(0, 20).join('\n')}\n`);
      process.exitCode = 1;
    }
  };
}
