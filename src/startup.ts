import http from 'node:http';
import type { Cluster } from 'ioredis';
import type { Logger } from 'pino';
import { type Config, directUrl } from './config.js';
import { StartupMisconfiguration, waitForPostgres } from './db/startup.js';
import { Errors } from './errors.js';
import { createRedis, type RedisTopology, redisTopology } from './lib/redis.js';
import { PROBLEM_CONTENT_TYPE, problemDocument } from './plugins/problem-details.js';
import { genRequestId } from './plugins/request-context.js';
import { securityHeaders } from './plugins/security.js';

export { StartupMisconfiguration };

/** How long one start-up attempt to reach Redis may take. */
const PING_TIMEOUT_MS = 10_000;

/** Redis errors that waiting will not cure. */
const REDIS_MISCONFIGURED = /NOAUTH|WRONGPASS|invalid password|ERR AUTH/i;

async function pingRedis(topology: RedisTopology): Promise<void> {
  const redis = createRedis(topology, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    connectTimeout: 5_000,
  });
  redis.on('error', () => {});
  const attempt = async () => {
    await redis.connect();
    await redis.ping();
    // A cluster answers before it serves every slot (nodes still meeting, a master down).
    if (topology.mode === 'cluster') {
      const info = await (redis as Cluster).cluster('INFO');
      const state = /cluster_state:(\w+)/.exec(info)?.[1];
      if (state !== 'ok') throw new Error(`cluster state is ${state ?? 'unknown'}`);
    }
  };
  let timer: NodeJS.Timeout | undefined;
  try {
    // A cluster client whose nodes serve no slot yet keeps asking them and never settles: give up
    // on the attempt, the next one starts afresh.
    await Promise.race([
      attempt(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer within 10 s')), PING_TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    redis.disconnect();
  }
}

async function waitForRedis(
  topology: RedisTopology,
  timeoutMs: number,
  onWait: (reason: string) => void,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 5_000)) {
    try {
      await pingRedis(topology);
      return;
    } catch (err) {
      const message = (err as Error).message;
      if (REDIS_MISCONFIGURED.test(message)) throw new StartupMisconfiguration(`redis: ${message}`);
      if (Date.now() + delay > deadline)
        throw new Error(`redis did not answer within ${Math.round(timeoutMs / 1000)} s: ${message}`);
      onWait(`redis (${topology.mode}): ${message}`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/**
 * Answers on the API's port while the process waits for its dependencies, so an orchestrator sees
 * why it is not ready: `/healthz` 200 (the process lives), `/readyz` 503 with what it waits for, and
 * everything else a 503 problem document.
 */
function startupProbe(config: Config) {
  let waiting: string[] = ['postgres', 'redis'];
  const server = http.createServer((req, res) => {
    const path = req.url?.split('?')[0];
    if (path === '/healthz' || path === '/readyz') {
      const live = path === '/healthz';
      res.writeHead(live ? 200 : 503, {
        ...securityHeaders,
        'content-type': 'application/json',
        ...(live ? {} : { 'retry-after': '5' }),
      });
      res.end(JSON.stringify(live ? { status: 'ok' } : { status: 'starting', waitingFor: waiting }));
      return;
    }
    const requestId = genRequestId(req);
    const err = Errors.unavailable(`The service is starting: waiting for ${waiting.join(' and ')}`);
    res.writeHead(503, {
      ...securityHeaders,
      'content-type': PROBLEM_CONTENT_TYPE,
      'retry-after': '5',
      'x-request-id': requestId,
    });
    res.end(JSON.stringify(problemDocument(err, req.url, requestId)));
  });
  const listening = new Promise<void>((resolve) => {
    server.once('error', () => resolve()); // the port is taken: start-up reports it later, on listen
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  return {
    listening,
    set(next: string[]) {
      waiting = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Waits for Postgres and Redis with backoff, up to STARTUP_TIMEOUT_S, logging what it waits for; an
 * API process answers probes meanwhile. Only a misconfiguration (bad credentials, a database that
 * cannot be created) or the timeout stops the process.
 */
export async function waitForDependencies(
  config: Config,
  log: Logger,
  opts: { api: boolean },
): Promise<void> {
  const probe = opts.api ? startupProbe(config) : null;
  await probe?.listening;
  const timeoutMs = config.STARTUP_TIMEOUT_S * 1000;
  let last = '';
  const onWait = (reason: string) => {
    if (reason !== last) log.warn({ waitingFor: reason }, 'waiting for a dependency');
    last = reason;
  };
  try {
    // The direct session first: it creates the database on a first run, which a pooler cannot.
    for (const url of new Set([directUrl(config), config.DATABASE_URL]))
      await waitForPostgres(url, { timeoutMs, onWait, log: (msg) => log.info(msg) });
    probe?.set(['redis']);
    await waitForRedis(redisTopology(config), timeoutMs, onWait);
  } finally {
    await probe?.close();
  }
}
