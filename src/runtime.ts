import closeWithGrace from 'close-with-grace';
import pino, { type Logger } from 'pino';
import { type App, buildApp } from './app.js';
import { type Config, ConfigError, directUrl, loadConfig, workerPoolSize } from './config.js';
import { createDatabase, type Database } from './db/client.js';
import { runMigrationsAt } from './db/migrate.js';
import { installHttpDrain } from './http-drain.js';
import { startWorkers, type WorkerRuntime } from './jobs/worker-runtime.js';
import { systemClock } from './lib/clock.js';
import { redisTopology } from './lib/redis.js';
import { loggerOptions, stdoutDestination } from './logger.js';
import { createMetrics } from './metrics/registry.js';
import { startMetricsServer } from './metrics/server.js';
import { ensureAdminKey } from './modules/api-keys/bootstrap.js';
import { producerRedis, Queues } from './outbox/queues.js';
import { buildServices, type Services } from './services.js';
import { waitForDependencies } from './startup.js';

/** Reads the environment or stops the process with one line naming the bad variable. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

/**
 * Starts, or stops the process with one line on stderr when start-up fails (a misconfiguration,
 * Postgres or Redis still away after STARTUP_TIMEOUT_S, a migration failing), so an orchestrator
 * sees a clear reason.
 */
export async function runOrExit(opts: RunOptions): Promise<void> {
  try {
    await run(opts);
  } catch (err) {
    process.stderr.write(`cannot start: ${(err as Error).message.split('\n')[0]}\n`);
    process.exit(1);
  }
}

export interface RunOptions {
  api: boolean;
  workers: boolean;
}

/**
 * Starts the API, the workers, or both in one process. SIGTERM and SIGINT stop accepting work,
 * let in-flight requests and jobs finish, close connections and exit 0.
 */
export async function run(opts: RunOptions): Promise<void> {
  const config = configOrExit();
  const logDestination = stdoutDestination();
  const log: Logger = pino(loggerOptions(config), logDestination);
  await waitForDependencies(config, log, { api: opts.api });
  await runMigrationsAt(directUrl(config));
  // The API's pool is its own: with the workers in the same process, they get a second pool
  // (WORKER_POOL_SIZE), so no burst of jobs can take the connections requests are answered with.
  const poolOf = (max: number) =>
    createDatabase(config.DATABASE_URL, { max, preparedStatements: config.DATABASE_PREPARED_STATEMENTS });
  const database: Database = poolOf(opts.api ? config.DATABASE_POOL_SIZE : workerPoolSize(config));
  const workerDatabase: Database | null = !opts.workers
    ? null
    : opts.api
      ? poolOf(workerPoolSize(config))
      : database;
  if (config.BOOTSTRAP_ADMIN_KEY) {
    const { created } = await ensureAdminKey(database.db, config.BOOTSTRAP_ADMIN_KEY);
    if (created) log.info('bootstrap admin key created');
  }
  const topology = redisTopology(config);
  const redis = producerRedis(topology);
  redis.on('error', () => {});
  const queues = new Queues(redis, config.REDIS_PREFIX, topology);

  // Signals are handled before anything starts: a SIGTERM that lands between "ready" and the
  // handler's installation would otherwise kill the process with no drain at all.
  let workers: WorkerRuntime | null = null;
  let services: Services | null = null;
  let workerServices: Services | null = null;
  let app: App | null = null;
  let drainHttp: (() => Promise<void>) | null = null;
  let metricsServer: Awaited<ReturnType<typeof startMetricsServer>> | null = null;
  const graceLog = {
    error: (msg: unknown) => log.error({ detail: msg instanceof Error ? msg.message : msg }, 'shutdown'),
  };
  closeWithGrace({ delay: 25_000, logger: graceLog }, async ({ signal, err }) => {
    if (err) log.error({ err }, 'stopping after an error');
    else log.info({ signal }, 'stopping: draining requests and jobs');
    metricsServer?.close();
    // Requests in flight still need Postgres and Redis, which close last.
    if (drainHttp) await drainHttp();
    if (app) await app.close();
    if (workers) await workers.close();
    await services?.reads.close();
    if (workerServices !== services) await workerServices?.reads.close();
    await queues.close();
    redis.disconnect();
    if (workerDatabase && workerDatabase !== database) await workerDatabase.close();
    await database.close();
    log.info('whistle dispatch stopped');
  });

  services = buildServices({ db: database.db, clock: systemClock, config, queues });
  // On a pool of their own, the workers get services built on it.
  workerServices =
    workerDatabase && workerDatabase !== database
      ? buildServices({ db: workerDatabase.db, clock: systemClock, config, queues })
      : services;
  workers = workerDatabase
    ? await startWorkers({
        config,
        database: workerDatabase,
        queues,
        clock: systemClock,
        log,
        services: workerServices,
      })
    : null;
  app = opts.api
    ? await buildApp({
        config,
        database,
        redis,
        queues,
        clock: systemClock,
        services,
        logStream: logDestination,
      })
    : null;
  drainHttp = app ? installHttpDrain(app, { endLongLived: () => services.eventStreams.shutdown() }) : null;
  if (app) {
    const address = await app.listen({ port: config.PORT, host: config.HOST });
    log.info({ address, docs: `${address}/docs` }, 'listening; the API reference is at /docs');
  }
  // A workers-only process has no app: its listener publishes the process figures and the shared ones.
  metricsServer =
    config.METRICS_PORT === undefined
      ? null
      : await startMetricsServer(
          (app?.metrics ?? createMetrics({ database, queues })).registry,
          config.METRICS_PORT,
          config.HOST,
        );
  log.info({ api: opts.api, workers: opts.workers }, 'whistle dispatch started');
}
