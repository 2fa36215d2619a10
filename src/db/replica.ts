import type { RedisClient } from '../lib/redis.js';
import { createDatabase, type Db } from './client.js';
import { isConnectionError, isRecoveryConflict } from './pg-errors.js';

/**
 * Where each API key's last write stands in the primary's WAL (an LSN such as `0/3000148`), kept
 * for a while and shared by every API process, so a key's next read, whichever process answers it,
 * knows what the replica must have replayed first.
 */
export interface WriteFences {
  get(keyId: string): Promise<string | null>;
  set(keyId: string, lsn: string, ttlMs: number): Promise<void>;
}

/** Write fences in Redis under `<prefix>:read-fence:<keyId>`, each expiring on its own. */
export function redisFences(redis: RedisClient, prefix: string): WriteFences {
  const key = (keyId: string) => `${prefix}:read-fence:${keyId}`;
  return {
    get: (keyId) => redis.get(key(keyId)),
    set: async (keyId, lsn, ttlMs) => {
      await redis.set(key(keyId), lsn, 'PX', ttlMs);
    },
  };
}

/**
 * Reads that may be answered by a streaming replica. A key's reads go to the replica only once it
 * has replayed that key's last write (`pg_last_wal_replay_lsn()` past the LSN `wrote` recorded),
 * otherwise to the primary, so no client reads its own write as missing; other keys' writes may
 * show up there later by the replication lag. A replica that does not answer sends every read to the
 * primary for `retryMs` before it is tried again.
 */
export interface ReadRouting {
  /** Whether a replica is configured. */
  readonly hasReplica: boolean;
  /**
   * Runs the read-only `work` for `keyId` on the replica when it may, else on the primary; a replica
   * that fails to answer (or cancels the statement for a recovery conflict) is replaced by the primary.
   */
  read<T>(keyId: string | null, work: (db: Db) => Promise<T>): Promise<T>;
  /**
   * Records the primary's WAL position after a write by `keyId` (call before answering it). Never
   * throws: the write is done whatever happens here.
   */
  wrote(keyId: string): Promise<void>;
  /** Where a replica that stops answering is reported (once per outage). */
  useLogger(log: RoutingLog): void;
  close(): Promise<void>;
}

interface RoutingLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface ReadRoutingOptions {
  /** The primary (its pool: writes are fenced after it). */
  primary: Db;
  replicaUrl: string | undefined;
  poolSize: number;
  preparedStatements: boolean;
  fences: WriteFences;
  /** How long a write fence is kept: past it, the key reads from the replica whatever its lag. */
  fenceMs: number;
  /** How long reads avoid a replica that failed to answer. */
  retryMs: number;
  now?: () => number;
}

/** An LSN (`16/B374D848`: high and low 32 bits in hex) as a number to compare. */
const lsnValue = (lsn: string): bigint => {
  const [hi = '0', lo = '0'] = lsn.split('/');
  return (BigInt(`0x${hi}`) << 32n) + BigInt(`0x${lo}`);
};

const NEVER_REPLAYED = 'FFFFFFFF/FFFFFFFF';

/** The statement that says whether the replica has replayed up to a fence (a primary: always). */
const REPLAYED = 'select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, true) as ok';

export function createReadRouting(opts: ReadRoutingOptions): ReadRouting {
  const primary = opts.primary;
  if (!opts.replicaUrl)
    return {
      hasReplica: false,
      read: (_keyId, work) => work(primary),
      wrote: async () => {},
      useLogger: () => {},
      close: async () => {},
    };
  const replica = createDatabase(opts.replicaUrl, {
    max: opts.poolSize,
    preparedStatements: opts.preparedStatements,
    connectionTimeoutMillis: 2_000,
  });
  const now = opts.now ?? Date.now;
  let downUntil = 0;
  let up = true;
  let log: RoutingLog = { info: () => {}, warn: () => {} };
  // Fences this process recorded, kept too when Redis could not take them.
  const local = new Map<string, { lsn: string; until: number }>();

  const fenceOf = async (keyId: string): Promise<string | null> => {
    const mine = local.get(keyId);
    if (mine && mine.until <= now()) local.delete(keyId);
    const shared = await opts.fences.get(keyId);
    const ours = mine && mine.until > now() ? mine.lsn : null;
    if (!shared || !ours) return shared ?? ours;
    return lsnValue(shared) >= lsnValue(ours) ? shared : ours;
  };

  /** Whether the replica may answer `keyId` now: it answers, and it has replayed the key's fence. */
  const replicaFor = async (keyId: string | null): Promise<boolean> => {
    if (now() < downUntil) return false;
    let fence: string | null = null;
    if (keyId) {
      try {
        fence = await fenceOf(keyId);
      } catch {
        return false; // no fence to be sure of: the primary
      }
    }
    if (!fence) return true;
    const { rows } = await replica.pool.query<{ ok: boolean }>(REPLAYED, [fence]);
    return rows[0]?.ok === true;
  };

  const down = (err: Error) => {
    downUntil = now() + opts.retryMs;
    if (up)
      log.warn(
        { err: { message: err.message }, retryS: opts.retryMs / 1000 },
        'read replica not answering; reading from the primary',
      );
    up = false;
  };

  return {
    hasReplica: true,
    async read(keyId, work) {
      let useReplica: boolean;
      try {
        useReplica = await replicaFor(keyId);
      } catch (err) {
        // Whatever kept the replica from saying how far it has replayed, the primary answers.
        if (isConnectionError(err)) down(err as Error);
        useReplica = false;
      }
      if (!useReplica) return work(primary);
      try {
        const result = await work(replica.db);
        if (!up) log.info({}, 'read replica answering again');
        up = true;
        return result;
      } catch (err) {
        if (isConnectionError(err)) down(err as Error);
        else if (!isRecoveryConflict(err)) throw err;
        return work(primary);
      }
    },
    async wrote(keyId) {
      // Without the position (the primary did not answer) the key reads from the primary until its
      // fence expires: the largest LSN, which no replica passes.
      const lsn = await primary.$client
        .query<{ lsn: string }>('select pg_current_wal_insert_lsn()::text as lsn')
        .then((r) => r.rows[0]?.lsn ?? NEVER_REPLAYED)
        .catch(() => NEVER_REPLAYED);
      if (local.size > 10_000) for (const [k, f] of local) if (f.until <= now()) local.delete(k);
      local.set(keyId, { lsn, until: now() + opts.fenceMs });
      await opts.fences.set(keyId, lsn, opts.fenceMs).catch(() => {});
    },
    useLogger(next) {
      log = next;
    },
    close: () => replica.close(),
  };
}
