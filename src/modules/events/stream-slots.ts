import type { RedisClient } from '../../lib/redis.js';

/**
 * Takes a slot if the key holds fewer than `max` live ones: slots are members of a sorted set per key
 * scored by when their lease ends (Redis's own clock, the same for every API process).
 */
const ACQUIRE = `
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ms)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], ms + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

/** Extends the leases of slots still held (XX: a slot released meanwhile is not taken again). */
const RENEW = `
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], 'XX', ms + tonumber(ARGV[1]), ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1`;

export interface StreamSlots {
  /** Takes a slot for a stream of the key; false when the key holds `max` already. */
  acquire(keyId: string, streamId: string): Promise<boolean>;
  /** Extends the leases of the given streams (every heartbeat). */
  renew(held: { keyId: string; streamId: string }[]): Promise<void>;
  release(keyId: string, streamId: string): Promise<void>;
}

/**
 * The per-key cap on open event streams, shared by every API process through Redis. A slot is leased
 * and renewed by its process's heartbeats, so the slots of a process that died free themselves after
 * `leaseMs`. When Redis does not answer, the cap is kept per process (`localCount`), as the rate
 * limits fail open: streams depend on Postgres only.
 */
export function createStreamSlots(opts: {
  redis: RedisClient;
  prefix: string;
  max: number;
  leaseMs: number;
  localCount: (keyId: string) => number;
}): StreamSlots {
  const { redis, max, leaseMs } = opts;
  const keyOf = (keyId: string) => `${opts.prefix}:streams:${keyId}`;
  return {
    async acquire(keyId, streamId) {
      try {
        return (await redis.eval(ACQUIRE, 1, keyOf(keyId), max, leaseMs, streamId)) === 1;
      } catch {
        return opts.localCount(keyId) < max;
      }
    },
    async renew(held) {
      const byKey = new Map<string, string[]>();
      for (const { keyId, streamId } of held) byKey.set(keyId, [...(byKey.get(keyId) ?? []), streamId]);
      // One script per key, sent together: a pipeline across keys would be refused by a cluster,
      // where each key may live on another node.
      await Promise.all(
        [...byKey].map(([keyId, ids]) => redis.eval(RENEW, 1, keyOf(keyId), leaseMs, ...ids).catch(() => {})),
      );
    },
    async release(keyId, streamId) {
      await redis.zrem(keyOf(keyId), streamId).catch(() => {});
    },
  };
}
