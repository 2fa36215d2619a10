import { Cluster, type ClusterOptions, Redis, type RedisOptions } from 'ioredis';

/** A connection to the service's Redis, whichever topology serves it. */
export type RedisClient = Redis | Cluster;

export interface HostPort {
  host: string;
  port: number;
}

/**
 * Where Redis is, chosen once from the configuration: one server (REDIS_URL), a master group found
 * through Sentinel (REDIS_SENTINELS), or a Redis Cluster (REDIS_CLUSTER_NODES). In the last two,
 * REDIS_URL still gives the data servers' user, password and (Sentinel only) database index.
 */
export type RedisTopology =
  | { mode: 'standalone'; url: string }
  | { mode: 'sentinel'; url: string; sentinels: HostPort[]; name: string; sentinelPassword?: string }
  | { mode: 'cluster'; url: string; nodes: HostPort[] };

export interface RedisSettings {
  REDIS_URL: string;
  REDIS_SENTINELS?: HostPort[];
  REDIS_SENTINEL_NAME: string;
  REDIS_SENTINEL_PASSWORD?: string;
  REDIS_CLUSTER_NODES?: HostPort[];
}

export function redisTopology(config: RedisSettings): RedisTopology {
  if (config.REDIS_CLUSTER_NODES?.length)
    return { mode: 'cluster', url: config.REDIS_URL, nodes: config.REDIS_CLUSTER_NODES };
  if (config.REDIS_SENTINELS?.length)
    return {
      mode: 'sentinel',
      url: config.REDIS_URL,
      sentinels: config.REDIS_SENTINELS,
      name: config.REDIS_SENTINEL_NAME,
      sentinelPassword: config.REDIS_SENTINEL_PASSWORD,
    };
  return { mode: 'standalone', url: config.REDIS_URL };
}

/** Parses `host:port,host:port` (IPv6 hosts in brackets); throws on an entry without a valid port. */
export function parseHostPorts(list: string): HostPort[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(entry);
      const port = Number(m?.[2]);
      if (!m || port < 1 || port > 65535) throw new Error(`"${entry}" is not host:port`);
      return { host: m[1] as string, port };
    });
}

/** The user, password, database index and TLS of REDIS_URL, for the data servers behind Sentinel or a cluster. */
function credentialsOf(url: string): RedisOptions {
  const u = new URL(url);
  const db = Number(u.pathname.slice(1) || 0);
  return {
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/**
 * A master demoted by a failover answers writes with READONLY: reconnect (through Sentinel) and resend.
 * ioredis's `failoverDetector` (reconnect on `+switch-master`) stays off: its disconnect, landing
 * while a connection is still asking the sentinels after a crash, can leave the connection closed
 * for good, and the BullMQ worker or the API process that holds it.
 */
const reconnectOnReadonly = (err: Error) => (err.message.startsWith('READONLY') ? 2 : false);

/**
 * The one place a Redis connection is made. `options` are those of a single connection (offline
 * queue, retries per request, retry strategy, lazy connect); in cluster mode they apply to the
 * cluster client and to each node's connection.
 */
export function createRedis(topology: RedisTopology, options: RedisOptions = {}): RedisClient {
  if (topology.mode === 'standalone') return new Redis(topology.url, options);
  const credentials = credentialsOf(topology.url);
  if (topology.mode === 'sentinel')
    return new Redis({
      ...credentials,
      sentinels: topology.sentinels,
      name: topology.name,
      ...(topology.sentinelPassword ? { sentinelPassword: topology.sentinelPassword } : {}),
      ...(credentials.tls ? { enableTLSForSentinelMode: true } : {}),
      reconnectOnError: reconnectOnReadonly,
      ...options,
      // Without retries the sentinels are asked once, too (a start-up probe).
      ...(options.retryStrategy ? { sentinelRetryStrategy: options.retryStrategy } : {}),
    });
  const { db: _db, ...nodeCredentials } = credentials;
  const { enableOfflineQueue, lazyConnect, retryStrategy, ...nodeOptions } = options;
  const clusterOptions: ClusterOptions = {
    redisOptions: { ...nodeCredentials, ...nodeOptions },
    ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
    ...(lazyConnect === undefined ? {} : { lazyConnect }),
    ...(retryStrategy ? { clusterRetryStrategy: retryStrategy } : {}),
  };
  return new Cluster(topology.nodes, clusterOptions);
}

/**
 * The prefix of BullMQ's keys. In a cluster it is a hash tag (`{wd}:bull`), so every key of a queue
 * (and every queue: BullMQ's scripts touch several keys at once) hashes to one slot.
 */
export function bullPrefixOf(redisPrefix: string, topology: Pick<RedisTopology, 'mode'>): string {
  return topology.mode === 'cluster' ? `{${redisPrefix}}:bull` : `${redisPrefix}:bull`;
}
