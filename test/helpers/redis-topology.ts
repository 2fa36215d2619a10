import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster, Redis } from 'ioredis';
import { expect } from 'vitest';
import type { RedisClient } from '../../src/lib/redis.js';
import { createServiceEnv, startService, stopAllServices, waitForReadiness } from './processes.js';

/**
 * Redis servers a test starts and stops itself: a master with replicas watched by sentinels, or a
 * cluster of masters. Each runs in the foreground (`--daemonize no`), without persistence, in a
 * temporary directory, in its own process group that is killed when the test process goes.
 */

const HOST = '127.0.0.1';

function binary(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** Why a topology test cannot run here, or null when it can (redis-server is all it needs). */
export function redisServerMissing(): string | null {
  return binary('redis-server') ? null : 'redis-server is not installed (apt-get install redis-server)';
}

/** Stops whatever answers on these ports: a server left by a run that died before its afterAll. */
export function stopLeftovers(ports: number[]): void {
  for (const port of ports) {
    spawnSync('redis-cli', ['-h', HOST, '-p', String(port), 'shutdown', 'nosave'], { timeout: 3000 });
    // A sentinel or a hung server that refused the command: whoever listens on the port.
    spawnSync('sh', ['-c', `fuser -k -KILL ${port}/tcp`], { timeout: 3000, stdio: 'ignore' });
  }
}

export interface RedisProcess {
  port: number;
  proc: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts the server again on its port with its arguments and `extra` ones (a stopped one), empty. */
  restart(extra?: string[]): Promise<RedisProcess>;
}

function watchdog(groupId: number): void {
  const script = `while kill -0 ${process.pid} 2>/dev/null && kill -0 -${groupId} 2>/dev/null; do sleep 1; done; kill -KILL -${groupId} 2>/dev/null`;
  spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' }).unref();
}

const started = new Set<RedisProcess>();
process.on('exit', () => {
  for (const s of started) if (s.proc.pid && s.proc.exitCode === null) process.kill(-s.proc.pid, 'SIGKILL');
});

/** INFO `section` of the server on `port`, or null when it does not answer. */
async function infoOf(port: number, section: string): Promise<string | null> {
  const r = new Redis({
    host: HOST,
    port,
    lazyConnect: true,
    retryStrategy: () => null,
    connectTimeout: 1000,
  });
  r.on('error', () => {});
  try {
    await r.connect();
    return await r.info(section);
  } catch {
    return null;
  } finally {
    r.disconnect();
  }
}

async function stopAll(servers: RedisProcess[], dir: string): Promise<void> {
  await Promise.all(servers.map((s) => s.kill('SIGKILL')));
  rmSync(dir, { recursive: true, force: true });
}

async function until(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts `redis-server` (or a sentinel, `--sentinel` with a config file) and waits for PING. */
async function startServer(port: number, args: string[]): Promise<RedisProcess> {
  const proc = spawn(binary('redis-server') ?? 'redis-server', args, { stdio: 'ignore', detached: true });
  if (proc.pid === undefined) throw new Error(`could not start redis-server on ${port}`);
  watchdog(proc.pid);
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const server: RedisProcess = {
    port,
    proc,
    async kill(signal = 'SIGKILL') {
      if (proc.exitCode === null && proc.signalCode === null) {
        try {
          process.kill(-(proc.pid as number), signal);
        } catch {
          // Gone already.
        }
      }
      await exited;
      started.delete(server);
    },
    restart: (extra = []) => startServer(port, [...args, ...extra]),
  };
  started.add(server);
  await until(
    async () => proc.exitCode === null && (await infoOf(port, 'server')) !== null,
    10_000,
    `redis on ${port}`,
  );
  return server;
}

const dataServerArgs = (port: number, dir: string) => [
  '--port',
  String(port),
  '--bind',
  HOST,
  '--save',
  '',
  '--appendonly',
  'no',
  '--daemonize',
  'no',
  '--dir',
  dir,
  '--logfile',
  join(dir, `redis-${port}.log`),
  // A replica's first sync starts at once (Redis waits 5 s by default for more replicas to join).
  '--repl-diskless-sync-delay',
  '0',
];

export interface SentinelTopology {
  /** REDIS_SENTINELS for the service. */
  sentinels: string;
  name: string;
  master: RedisProcess;
  replicas: RedisProcess[];
  sentinelProcesses: RedisProcess[];
  /** The master's port as the sentinels see it now. */
  masterPort(): Promise<number>;
  /** A client of the current master, found through the sentinels. */
  client(): Redis;
  /**
   * Starts a stopped server of the topology again, empty, as a replica of the current master (as its
   * configuration file, rewritten by the sentinels, would have it); stopped with the rest.
   */
  restart(server: RedisProcess): Promise<RedisProcess>;
  /** Asks a sentinel for a failover (the master steps down to a replica). */
  failover(): Promise<void>;
  /** Waits until every sentinel names another master than `port` and it answers as master. */
  waitForNewMaster(oldPort: number, timeoutMs?: number): Promise<number>;
  stop(): Promise<void>;
}

/**
 * A master with replicas and sentinels (quorum 2 of 3 by default), quick to fail over:
 * down-after-milliseconds `downAfterMs`, failover-timeout `failoverTimeoutMs`.
 */
export async function startSentinelTopology(opts: {
  masterPort: number;
  replicaPorts: number[];
  sentinelPorts: number[];
  name?: string;
  quorum?: number;
  downAfterMs?: number;
  failoverTimeoutMs?: number;
}): Promise<SentinelTopology> {
  const name = opts.name ?? 'mymaster';
  const ports = [opts.masterPort, ...opts.replicaPorts, ...opts.sentinelPorts];
  stopLeftovers(ports);
  const dir = mkdtempSync(join(tmpdir(), 'wd-sentinel-'));
  const all: RedisProcess[] = [];
  try {
    const master = await startServer(opts.masterPort, dataServerArgs(opts.masterPort, dir));
    all.push(master);
    const replicas: RedisProcess[] = [];
    for (const port of opts.replicaPorts) {
      const replica = await startServer(port, [
        ...dataServerArgs(port, dir),
        '--replicaof',
        HOST,
        String(opts.masterPort),
      ]);
      replicas.push(replica);
      all.push(replica);
    }
    for (const replica of replicas)
      await until(
        async () => /master_link_status:up/.test((await infoOf(replica.port, 'replication')) ?? ''),
        15_000,
        `the replica on ${replica.port} to sync`,
      );
    const sentinelProcesses: RedisProcess[] = [];
    for (const port of opts.sentinelPorts) {
      const conf = join(dir, `sentinel-${port}.conf`);
      writeFileSync(
        conf,
        [
          `port ${port}`,
          `bind ${HOST}`,
          'daemonize no',
          `dir ${dir}`,
          `logfile ${join(dir, `sentinel-${port}.log`)}`,
          `sentinel monitor ${name} ${HOST} ${opts.masterPort} ${opts.quorum ?? 2}`,
          `sentinel down-after-milliseconds ${name} ${opts.downAfterMs ?? 1000}`,
          `sentinel failover-timeout ${name} ${opts.failoverTimeoutMs ?? 3000}`,
          `sentinel parallel-syncs ${name} 1`,
          '',
        ].join('\n'),
      );
      const sentinel = await startServer(port, [conf, '--sentinel']);
      sentinelProcesses.push(sentinel);
      all.push(sentinel);
    }
    const ask = async (command: string[], sentinel = opts.sentinelPorts[0]) => {
      const s = new Redis({ host: HOST, port: sentinel, lazyConnect: true });
      s.on('error', () => {});
      try {
        await s.connect();
        return await s.call('SENTINEL', ...command);
      } finally {
        s.disconnect();
      }
    };
    const masterPort = async (sentinel = opts.sentinelPorts[0] as number) =>
      Number(((await ask(['get-master-addr-by-name', name], sentinel)) as string[])[1]);
    // Every sentinel knows the replicas and the other sentinels before a failover can be agreed on.
    await until(
      async () => {
        const [state] = (await ask(['masters'])) as string[][];
        const field = (k: string) => Number(state?.[state.indexOf(k) + 1]);
        return (
          field('num-slaves') === replicas.length &&
          field('num-other-sentinels') === opts.sentinelPorts.length - 1
        );
      },
      30_000,
      'the sentinels to discover the replicas and each other',
    );
    return {
      sentinels: opts.sentinelPorts.map((p) => `${HOST}:${p}`).join(','),
      name,
      master,
      replicas,
      sentinelProcesses,
      masterPort,
      client() {
        const r = new Redis({
          sentinels: opts.sentinelPorts.map((port) => ({ host: HOST, port })),
          name,
          maxRetriesPerRequest: 20,
        });
        r.on('error', () => {});
        return r;
      },
      async restart(server) {
        const again = await server.restart(['--replicaof', HOST, String(await masterPort())]);
        all.push(again);
        return again;
      },
      async failover() {
        await ask(['failover', name]);
      },
      async waitForNewMaster(oldPort, timeoutMs = 30_000) {
        let port = oldPort;
        await until(
          async () => {
            // Every sentinel names the same new master, so no client is sent to the old one.
            const named = await Promise.all(
              opts.sentinelPorts.map((p) => masterPort(p).catch(() => oldPort)),
            );
            port = named[0] as number;
            if (named.some((p) => p !== port) || port === oldPort) return false;
            return /role:master/.test((await infoOf(port, 'replication')) ?? '');
          },
          timeoutMs,
          `a master other than ${oldPort}`,
        );
        return port;
      },
      stop: () => stopAll(all, dir),
    };
  } catch (err) {
    await stopAll(all, dir);
    throw err;
  }
}

export interface ClusterTopology {
  /** REDIS_CLUSTER_NODES for the service. */
  nodes: string;
  servers: RedisProcess[];
  client(): Cluster;
  stop(): Promise<void>;
}

/** Masters only (`--cluster-replicas 0`), slots spread evenly by `redis-cli --cluster create`. */
export async function startClusterTopology(ports: number[]): Promise<ClusterTopology> {
  stopLeftovers(ports.flatMap((p) => [p, p + 10_000]));
  const dir = mkdtempSync(join(tmpdir(), 'wd-cluster-'));
  const servers: RedisProcess[] = [];
  try {
    for (const port of ports) {
      servers.push(
        await startServer(port, [
          ...dataServerArgs(port, dir),
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          join(dir, `nodes-${port}.conf`),
          '--cluster-node-timeout',
          '5000',
        ]),
      );
    }
    execFileSync(
      'redis-cli',
      [
        '--cluster',
        'create',
        ...ports.map((p) => `${HOST}:${p}`),
        '--cluster-replicas',
        '0',
        '--cluster-yes',
      ],
      { stdio: 'ignore', timeout: 30_000 },
    );
    const probe = new Redis({ host: HOST, port: ports[0] });
    probe.on('error', () => {});
    await until(
      async () => /cluster_state:ok/.test((await probe.cluster('INFO')) as string),
      30_000,
      'the cluster to serve every slot',
    );
    probe.disconnect();
    return {
      nodes: ports.map((p) => `${HOST}:${p}`).join(','),
      servers,
      client() {
        const c = new Cluster(ports.map((port) => ({ host: HOST, port })));
        c.on('error', () => {});
        return c;
      },
      stop: () => stopAll(servers, dir),
    };
  } catch (err) {
    await stopAll(servers, dir);
    throw err;
  }
}

/**
 * An API process started before its Redis servers exist waits for them: `/readyz` answers 503 with
 * `waitingFor: ["redis"]` and the log names the topology; once `start` has brought them up, it
 * serves. Everything started is stopped before returning.
 */
export async function expectStartupWaits(opts: {
  mode: 'sentinel' | 'cluster';
  vars: Record<string, string>;
  /** A client of the topology that connects lazily (its servers are not there yet). */
  client: RedisClient;
  start: () => Promise<{ stop(): Promise<void> }>;
}): Promise<void> {
  const env = await createServiceEnv({ redis: { vars: opts.vars, client: opts.client } });
  let topology: { stop(): Promise<void> } | undefined;
  try {
    const api = await startService('api', env, { waitReady: false });
    await api.waitForLine(/waiting for a dependency/, 30_000);
    // Postgres answered by now: only Redis is waited for.
    const waiting = await waitForReadiness(api, 503, 30_000);
    expect(waiting.json()).toEqual({ status: 'starting', waitingFor: ['redis'] });
    const line = api.logs().find((l) => l.msg === 'waiting for a dependency');
    expect(line?.waitingFor).toMatch(new RegExp(`^redis \\(${opts.mode}\\)`));

    topology = await opts.start();
    const ready = await waitForReadiness(api, 200, 60_000).catch((err: Error) => {
      throw new Error(`${err.message}\n${api.tail(15)}`);
    });
    expect(ready.json()).toEqual({ status: 'ok', checks: { postgres: 'ok', redis: 'ok' } });
    expect(api.exitStatus).toBeNull();
  } finally {
    await stopAllServices();
    await env.close();
    await topology?.stop();
  }
}
