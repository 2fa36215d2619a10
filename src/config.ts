import { z } from 'zod';
import { parseHostPorts } from './lib/redis.js';
import { isTimeZone } from './lib/time-zone.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const seconds = z.coerce.number().int().positive();

const hostPorts = z.string().transform((v, ctx) => {
  try {
    const list = parseHostPorts(v);
    if (list.length > 0) return list;
    ctx.addIssue({ code: 'custom', message: 'lists no host:port' });
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message });
  }
  return z.NEVER;
});

/**
 * The whole environment of every process, parsed once at start-up. Every variable is listed in
 * the README; a wrong value stops the process with one line naming it.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/whistle'),
  /**
   * Connections of the API's pool (and of the workers' in a worker process unless WORKER_POOL_SIZE is
   * set); a worker process also opens its outbox relay's own 2.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * A session of its own on the primary, past any transaction pooler: migrations (under a session
   * advisory lock), creating the database on a first run, and the LISTEN connections of the event
   * streams and the outbox relay. Unset: DATABASE_URL (see directUrl).
   */
  DATABASE_DIRECT_URL: z.url().optional(),
  /**
   * Hand-written statements as named prepared statements (parsed once per connection). Off behind a
   * transaction pooler that does not track them (PgBouncer before 1.21, or without max_prepared_statements).
   */
  DATABASE_PREPARED_STATEMENTS: bool.default(true),
  /** A streaming replica that reports and the ledger statements read from (see docs/scaling.md). */
  DATABASE_REPLICA_URL: z.url().optional(),
  /** Connections of each API process's replica pool. */
  DATABASE_REPLICA_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(5),
  /**
   * How long a key's last write is remembered: until the replica has replayed it (or this passed),
   * that key's reads stay on the primary.
   */
  DATABASE_REPLICA_FENCE_S: z.coerce.number().int().min(1).max(86_400).default(300),
  /** After the replica failed to answer, reads go to the primary for this long before it is tried again. */
  DATABASE_REPLICA_RETRY_S: z.coerce.number().int().min(1).max(3600).default(5),
  /**
   * Connections of the workers' pool; unset, DATABASE_POOL_SIZE. In the single process of `npm start`
   * the workers' pool is separate from the API's, so jobs never take the API's connections.
   */
  WORKER_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
  /**
   * The Redis server; behind Sentinel or in a cluster only its user, password and (Sentinel) database
   * index are used, the servers being found through REDIS_SENTINELS or REDIS_CLUSTER_NODES.
   */
  REDIS_URL: z.url().default('redis://127.0.0.1:6379/0'),
  /** Sentinels (`host:port,…`) to ask for the master of REDIS_SENTINEL_NAME; set, Redis is reached through them. */
  REDIS_SENTINELS: hostPorts.optional(),
  /** The master group the sentinels watch. */
  REDIS_SENTINEL_NAME: z.string().min(1).default('mymaster'),
  /** The sentinels' own password (`requirepass` of sentinel.conf), when they have one. */
  REDIS_SENTINEL_PASSWORD: z.string().min(1).optional(),
  /** Some nodes of a Redis Cluster (`host:port,…`); set, Redis is reached as a cluster (database 0 only). */
  REDIS_CLUSTER_NODES: hostPorts.optional(),
  /**
   * Replicas that must acknowledge the jobs the outbox relay adds before its rows count as published
   * (0: none asked). With 1 or more, a failover cannot drop a relayed job, but relaying stops while
   * fewer replicas are connected. Not with REDIS_CLUSTER_NODES.
   */
  REDIS_REPLICA_ACKS: z.coerce.number().int().min(0).max(10).default(0),
  /** How long the relay waits for those acknowledgements before it rolls the batch back and retries. */
  REDIS_REPLICA_ACK_TIMEOUT_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** Prefix of every BullMQ and rate-limit key, so several deployments (or test files) share one Redis. */
  REDIS_PREFIX: z.string().min(1).default('wd'),
  /** How long start-up waits for Postgres and Redis (with backoff) before it gives up. */
  STARTUP_TIMEOUT_S: z.coerce.number().int().min(1).max(3600).default(300),
  BOOTSTRAP_ADMIN_KEY: z.string().min(24, 'must be at least 24 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  TRUST_PROXY: bool.default(false),

  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(20),
  /**
   * Matching jobs each worker process runs at once; unset, half the workers' pool (at least 1). Below
   * the workers' pool size, so matching always leaves connections to the other queues.
   */
  MATCHING_CONCURRENCY: z.coerce.number().int().min(1).max(500).optional(),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  /**
   * While busy, the outbox relay begins a drain at most once in this window: the NOTIFYs of the
   * transactions that commit meanwhile are answered by one claim. Only while NOTIFYs come at least
   * two to a window: at lower rates, and after a quiet window, each is answered at once (0: always).
   */
  OUTBOX_GATHER_MS: z.coerce.number().int().min(0).max(1_000).default(50),
  MATCH_FANOUT: z.coerce.number().int().min(1).max(50).default(3),
  /**
   * Weight of the pendingElsewhere score part: how much a member's pending offers on other orders
   * lower their rank (0 ranks every order on its own, as if matched alone).
   */
  MATCH_PENDING_WEIGHT: z.coerce.number().min(0).max(1).default(0.3),
  OFFER_TTL_EMERGENCY_S: seconds.default(300),
  OFFER_TTL_URGENT_S: seconds.default(1800),
  OFFER_TTL_ROUTINE_S: seconds.default(14_400),
  WEBHOOK_ALLOW_PRIVATE_URLS: bool.default(false),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  WEBHOOK_BACKOFF_BASE_MS: z.coerce.number().int().positive().default(5_000),
  WEBHOOK_BACKOFF_CAP_MS: z.coerce.number().int().positive().default(21_600_000),
  WEBHOOK_DISABLE_AFTER_S: seconds.default(86_400),
  /**
   * First webhook attempts of matching waves a worker process makes itself, at once, right after the
   * wave (src/modules/webhooks/inline-attempts.ts); more go through the webhooks queue. 0: every
   * delivery goes through the queue.
   */
  WEBHOOK_INLINE_ATTEMPTS: z.coerce.number().int().min(0).max(1000).default(32),

  CHECKIN_MAX_DISTANCE_M: z.coerce.number().positive().default(500),
  CHECKIN_WINDOW_SLACK_S: seconds.default(7_200),
  POINTS_BASE_RATE: z.coerce.number().positive().default(10),
  /** How often passed deadlines (SLA, and requests for claims) are reconciled from Postgres. */
  SLA_RECONCILE_EVERY_MS: z.coerce.number().int().min(1000).default(60_000),
  /** An unanswered request for a held claim moves the claim to the asker after this long (36 h). */
  CLAIM_TRANSFER_AUTO_ACCEPT_S: seconds.default(129_600),
  /** The time zone a resource's opening hours are read in when its owner names none (IANA name). */
  RESOURCE_TIME_ZONE: z
    .string()
    .min(1)
    .refine(isTimeZone, 'must be an IANA time zone, e.g. Asia/Shanghai')
    .default('Asia/Shanghai'),
  /** How long before a booking starts its booking.reminder event goes out. */
  BOOKING_REMINDER_LEAD_S: seconds.default(86_400),
  /** How often a worker sends the booking reminders that are due and were not sent (their timers lost). */
  BOOKING_RECONCILE_EVERY_MS: z.coerce.number().int().min(1000).default(60_000),
  /** How far ahead of its start a paired household's visit is published as an order (docs/households.md). */
  VISIT_PUBLISH_AHEAD_S: seconds.default(172_800),
  /** How often the visit sweep runs: every active pairing's occurrences up to now + ahead, from Postgres. */
  VISIT_SWEEP_EVERY_MS: z.coerce.number().int().min(1000).default(60_000),

  AUDIT_HMAC_KEY: z.string().min(16).default('change-me-audit-checkpoint-key'),
  /** Stored first answers of Idempotency-Key writes are kept this long: they can hold personal data. */
  IDEMPOTENCY_RETENTION_S: seconds.default(86_400),
  /** Monthly partitions (docs/operations.md, "Partitions") are created this many months ahead of the current one. */
  PARTITION_MONTHS_AHEAD: z.coerce.number().int().min(1).max(24).default(2),
  /** Months of audit events kept in the live table; older months move to the `archive` schema, never dropped. */
  AUDIT_ARCHIVE_AFTER_MONTHS: z.coerce.number().int().min(1).default(12),
  /** Months of outbox partitions kept; an older month is dropped once every row in it is published. */
  OUTBOX_RETENTION_MONTHS: z.coerce.number().int().min(1).default(1),
  /** Months of webhook deliveries kept (their history in the API); older months are dropped. */
  WEBHOOK_DELIVERY_RETENTION_MONTHS: z.coerce.number().int().min(1).default(3),
  /** How long a partition step waits for its table lock before leaving the step to the next run. */
  PARTITION_LOCK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Signs the queue dashboard's session cookie (/admin/login); set a long random value in production. */
  ADMIN_SESSION_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .default('change-me-admin-session-secret-0123456789'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  /** How long a resolved API key is trusted without asking Postgres again (0: ask on every request). */
  AUTH_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  RATE_LIMIT_ENABLED: bool.default(true),
  RATE_LIMIT_WINDOW_S: seconds.default(60),
  RATE_LIMIT_ANONYMOUS: z.coerce.number().int().positive().default(60),
  RATE_LIMIT_ADMIN: z.coerce.number().int().positive().default(6000),
  RATE_LIMIT_STAFF: z.coerce.number().int().positive().default(1200),
  RATE_LIMIT_MEMBER: z.coerce.number().int().positive().default(300),
  RATE_LIMIT_CLAIMS_PER_MEMBER: z.coerce.number().int().positive().default(30),

  /** The time zone in which evaluations read a month or a year (month=2026-11 starts at its midnight there). */
  EVALUATION_TIME_ZONE: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone, e.g. Asia/Shanghai')
    .default('Asia/Shanghai'),
  /** Domain events are kept this long in the event feed (GET /v1/events); older ones are deleted hourly. */
  EVENTS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** A comment line is sent on every open event stream this often, so proxies and clients see it alive. */
  STREAM_HEARTBEAT_S: z.coerce.number().int().min(1).max(300).default(15),
  /** Event streams one API key may hold open at once, across every API process (429 past it). */
  STREAM_MAX_PER_KEY: z.coerce.number().int().min(1).max(10_000).default(5),
  /** Bytes a stream may have waiting for a slow reader; past it the stream is dropped (it resumes by Last-Event-ID). */
  STREAM_BUFFER_BYTES: z.coerce.number().int().min(4096).max(67_108_864).default(262_144),
  /** Signs the stream tokens browsers open event streams with; the same long random value on every API process. */
  STREAM_TOKEN_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .default('change-me-stream-token-secret-0123456789'),
  /** How long a stream token may be used to open (or re-open) a stream. */
  STREAM_TOKEN_TTL_S: z.coerce.number().int().min(10).max(86_400).default(300),
});

export type Config = z.infer<typeof envSchema>;

/** The URL of a session of its own on the primary: DATABASE_DIRECT_URL, or DATABASE_URL. */
export const directUrl = (config: Pick<Config, 'DATABASE_URL' | 'DATABASE_DIRECT_URL'>): string =>
  config.DATABASE_DIRECT_URL ?? config.DATABASE_URL;

export class ConfigError extends Error {}

/** One Redis topology at a time; a cluster has database 0 only. */
function redisModes(config: Config, ctx: z.RefinementCtx): void {
  if (config.REDIS_SENTINELS && config.REDIS_CLUSTER_NODES)
    ctx.addIssue({
      code: 'custom',
      path: ['REDIS_CLUSTER_NODES'],
      message: 'set either REDIS_SENTINELS or REDIS_CLUSTER_NODES, not both',
    });
  if (config.REDIS_CLUSTER_NODES && config.REDIS_REPLICA_ACKS > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['REDIS_REPLICA_ACKS'],
      message: 'replica acknowledgements are not asked of a Redis Cluster',
    });
  if (config.REDIS_CLUSTER_NODES && !/^\/?0?$/.test(new URL(config.REDIS_URL).pathname))
    ctx.addIssue({ code: 'custom', path: ['REDIS_URL'], message: 'a Redis Cluster has database 0 only' });
}

/** Parses the environment; throws a ConfigError whose message is one line naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const source = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.superRefine(redisModes).safeParse(source);
  if (!result.success) {
    const parts = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${parts.join('; ')}`);
  }
  const config = result.data;
  const pool = workerPoolSize(config);
  if (config.MATCHING_CONCURRENCY !== undefined && pool > 1 && config.MATCHING_CONCURRENCY >= pool) {
    throw new ConfigError(
      `invalid configuration: MATCHING_CONCURRENCY: must be below the workers' pool size (${pool})`,
    );
  }
  return config;
}

/** Connections of the workers' Postgres pool. */
export function workerPoolSize(config: Pick<Config, 'WORKER_POOL_SIZE' | 'DATABASE_POOL_SIZE'>): number {
  return config.WORKER_POOL_SIZE ?? config.DATABASE_POOL_SIZE;
}

/** Matching jobs a worker process runs at once: unless set, half its pool, within WORKER_CONCURRENCY. */
export function matchingConcurrency(
  config: Pick<
    Config,
    'MATCHING_CONCURRENCY' | 'WORKER_CONCURRENCY' | 'WORKER_POOL_SIZE' | 'DATABASE_POOL_SIZE'
  >,
): number {
  const half = Math.max(1, Math.floor(workerPoolSize(config) / 2));
  return config.MATCHING_CONCURRENCY ?? Math.min(config.WORKER_CONCURRENCY, half);
}
