import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { appendFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { inject } from 'vitest';
import { createDatabase, type Database } from '../../src/db/client.js';
import { bullPrefixOf, type RedisClient } from '../../src/lib/redis.js';
import { createTestDatabase } from './database.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type Role = 'api' | 'worker' | 'both';
const entryPoints: Record<Role, string> = {
  api: 'src/server.ts',
  worker: 'src/worker.ts',
  both: 'src/main.ts',
};

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface OutputLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ServiceProcess {
  readonly role: Role;
  readonly pid: number;
  /** The API port (also set for a worker, which does not listen). */
  readonly port: number;
  readonly baseUrl: string;
  /** Every line the process wrote, in order. */
  readonly lines: OutputLine[];
  readonly exited: Promise<ExitStatus>;
  /** Null while the process runs. */
  readonly exitStatus: ExitStatus | null;
  /** stdout lines that are JSON (pino), parsed. */
  logs(): Record<string, unknown>[];
  stderr(): string[];
  /** The last `n` lines, for assertion messages. */
  tail(n?: number): string;
  waitForLine(match: RegExp | ((line: OutputLine) => boolean), timeoutMs?: number): Promise<OutputLine>;
  /** Sends a signal to the process. */
  signal(sig: NodeJS.Signals): void;
  /** Sends `sig`, waits for the exit, and SIGKILLs after `timeoutMs`. */
  stop(sig?: NodeJS.Signals, timeoutMs?: number): Promise<ExitStatus>;
}

/** What a service process is started with: its own database and Redis prefix, like a deployment. */
export interface ServiceEnv {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /** An admin key every process creates at start-up (BOOTSTRAP_ADMIN_KEY). */
  adminKey: string;
  /** A direct pool on the test database, for arranging and checking rows. */
  database: Database;
  /** A direct Redis client (not through any proxy), for checking queues. */
  redis: RedisClient;
  /** The prefix of the service's BullMQ keys. */
  bullPrefix: string;
  /** Variables that point the service at another Redis topology (sentinels, a cluster). */
  redisVars: Record<string, string>;
  /** Drops the database and the Redis keys of the prefix. */
  close(): Promise<void>;
}

/**
 * A database and a Redis prefix of their own. `redis` points the processes at a topology the test
 * started (its variables and a client of it) instead of the shared Redis.
 */
export async function createServiceEnv(
  opts: { redis?: { vars: Record<string, string>; client: RedisClient } } = {},
): Promise<ServiceEnv> {
  const db = await createTestDatabase();
  const redisUrl = opts.redis?.vars.REDIS_URL ?? inject('redisUrl');
  const redisPrefix = `f${randomBytes(5).toString('hex')}`;
  const database = createDatabase(db.url, 5);
  const shared = opts.redis ? null : new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  shared?.on('error', () => {});
  const redis = opts.redis?.client ?? (shared as Redis);
  const redisVars = opts.redis?.vars ?? {};
  return {
    databaseUrl: db.url,
    redisUrl,
    redisPrefix,
    bullPrefix: bullPrefixOf(redisPrefix, { mode: redisVars.REDIS_CLUSTER_NODES ? 'cluster' : 'standalone' }),
    redisVars,
    adminKey: `wd_${randomBytes(6).toString('hex')}_${randomBytes(32).toString('base64url')}`,
    database,
    redis,
    async close() {
      // A topology of the test's own goes with its servers.
      if (shared) {
        const keys = await shared.keys(`${redisPrefix}:*`);
        for (let i = 0; i < keys.length; i += 1000) await shared.del(...keys.slice(i, i + 1000));
      }
      redis.disconnect();
      await database.close();
      await db.drop();
    },
  };
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

export interface StartOptions {
  /** Defaults to env.databaseUrl; pass a proxy's URL to cut Postgres. */
  databaseUrl?: string;
  /** Defaults to env.redisUrl; pass a proxy's URL to cut Redis. */
  redisUrl?: string;
  port?: number;
  /** Extra or overriding variables (e.g. { PORT: 'abc' }). */
  vars?: Record<string, string>;
  /** Wait for /readyz 200 (API, both) or the start-up log line (worker). Default true. */
  waitReady?: boolean;
  readyTimeoutMs?: number;
}

const live = new Set<ServiceProcess>();

function killGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig);
  } catch {
    // Already gone.
  }
}

// The last line of defence: nothing started here outlives the test process, even when it fails.
process.on('exit', () => {
  for (const p of live) killGroup(p.pid, 'SIGKILL');
});

/**
 * Kills the process group once this test process is gone, even if it died by SIGKILL and ran no
 * exit handler. The watchdog ends by itself when the group is gone.
 */
function watchdog(groupId: number): void {
  const script = `while kill -0 ${process.pid} 2>/dev/null && kill -0 -${groupId} 2>/dev/null; do sleep 1; done; kill -KILL -${groupId} 2>/dev/null`;
  const dog = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  dog.unref();
}

/** The environment of a child: nothing inherited but PATH and HOME, so a developer's .env cannot leak in. */
export function childEnv(env: ServiceEnv, opts: StartOptions, port: number): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: opts.databaseUrl ?? env.databaseUrl,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: opts.redisUrl ?? env.redisUrl,
    REDIS_PREFIX: env.redisPrefix,
    ...env.redisVars,
    LOG_LEVEL: 'info',
    BOOTSTRAP_ADMIN_KEY: env.adminKey,
    RATE_LIMIT_ENABLED: 'false',
    WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    OUTBOX_POLL_MS: '100',
    ...opts.vars,
  };
}

/**
 * Starts `src/server.ts`, `src/worker.ts` or `src/main.ts` with the local tsx as a loader
 * (`node --import tsx`), in its own process group. Not the tsx CLI: it runs the script in a second
 * node process and, when that child is slow to acknowledge a relayed SIGTERM (60 ms, easily missed
 * on a busy machine), SIGKILLs it and exits 143, which would turn a graceful-shutdown test into
 * noise. One node process is also what production runs (`node dist/main.js`).
 */
export async function startService(
  role: Role,
  env: ServiceEnv,
  opts: StartOptions = {},
): Promise<ServiceProcess> {
  const port = opts.port ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entryPoints[role]], {
    cwd: root,
    env: childEnv(env, opts, port),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own group, so the watchdog and the exit handler can kill it and anything it spawned.
    detached: true,
  });
  if (child.pid === undefined) throw new Error(`could not spawn ${entryPoints[role]}`);
  const pid = child.pid;
  watchdog(pid);

  const lines: OutputLine[] = [];
  const listeners = new Set<(line: OutputLine) => void>();
  for (const stream of ['stdout', 'stderr'] as const) {
    const source = child[stream];
    if (!source) continue;
    createInterface({ input: source }).on('line', (text) => {
      const line = { stream, text };
      lines.push(line);
      // Child logs join the run's log file, which is searched for personal data at the end.
      if (process.env.TEST_LOG_FILE) appendFileSync(process.env.TEST_LOG_FILE, `${text}\n`);
      for (const l of listeners) l(line);
    });
  }
  let exitStatus: ExitStatus | null = null;
  // 'close' rather than 'exit': every line of output has been read by then.
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('close', (code, signal) => {
      exitStatus = { code, signal };
      live.delete(proc);
      resolve(exitStatus);
    });
  });

  const proc: ServiceProcess = {
    role,
    pid,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    lines,
    exited,
    get exitStatus() {
      return exitStatus;
    },
    logs() {
      const out: Record<string, unknown>[] = [];
      for (const l of lines) {
        if (l.stream !== 'stdout' || !l.text.startsWith('{')) continue;
        try {
          out.push(JSON.parse(l.text));
        } catch {
          // A line cut by a kill.
        }
      }
      return out;
    },
    stderr() {
      return lines.filter((l) => l.stream === 'stderr').map((l) => l.text);
    },
    tail(n = 20) {
      return tail(lines, n);
    },
    waitForLine(match, timeoutMs = 15_000) {
      const test = typeof match === 'function' ? match : (l: OutputLine) => match.test(l.text);
      const seen = lines.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise<OutputLine>((resolve, reject) => {
        const done = (fn: () => void) => {
          clearTimeout(timer);
          listeners.delete(onLine);
          fn();
        };
        const onLine = (l: OutputLine) => {
          if (test(l)) done(() => resolve(l));
        };
        const timer = setTimeout(
          () =>
            done(() => reject(new Error(`no line matching ${match} within ${timeoutMs} ms\n${tail(lines)}`))),
          timeoutMs,
        );
        listeners.add(onLine);
        void exited.then((s) =>
          done(() =>
            reject(
              new Error(
                `process exited (${s.code ?? s.signal}) before a line matching ${match}\n${tail(lines)}`,
              ),
            ),
          ),
        );
      });
    },
    signal(sig) {
      if (exitStatus) return;
      if (sig === 'SIGKILL') killGroup(pid, sig);
      else child.kill(sig);
    },
    async stop(sig = 'SIGTERM', timeoutMs = 30_000) {
      if (exitStatus) return exitStatus;
      proc.signal(sig);
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), timeoutMs);
      const status = await exited;
      clearTimeout(timer);
      return status;
    },
  };
  live.add(proc);

  if (opts.waitReady !== false) {
    try {
      await waitReady(proc, opts.readyTimeoutMs ?? 30_000);
    } catch (err) {
      await proc.stop('SIGKILL');
      throw err;
    }
  }
  return proc;
}

function tail(lines: OutputLine[], n = 20): string {
  return lines
    .slice(-n)
    .map((l) => `[${l.stream}] ${l.text}`)
    .join('\n');
}

export interface HttpResult {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever shape it asserts on
  json(): any;
}

/**
 * One HTTP request on its own connection (Connection: close), so the harness never leaves an idle
 * keep-alive socket that a graceful shutdown would have to wait for.
 */
export function httpRequest(
  baseUrl: string,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: unknown; timeoutMs?: number } = {},
): Promise<HttpResult> {
  const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${baseUrl}${path}`,
      {
        method: opts.method ?? 'GET',
        agent: false,
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...opts.headers },
        timeout: opts.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${opts.method ?? 'GET'} ${path} timed out`)));
    req.on('error', reject);
    req.end(payload);
  });
}

async function waitReady(proc: ServiceProcess, timeoutMs: number): Promise<void> {
  if (proc.role === 'worker') {
    await proc.waitForLine(/whistle dispatch started/, timeoutMs);
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitStatus)
      throw new Error(
        `${proc.role} exited (${proc.exitStatus.code ?? proc.exitStatus.signal}) before it was ready\n${tail(proc.lines)}`,
      );
    const res = await httpRequest(proc.baseUrl, '/readyz', { timeoutMs: 2000 }).catch(() => null);
    if (res?.status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${proc.role} not ready within ${timeoutMs} ms\n${tail(proc.lines)}`);
}

/** Polls /readyz until it answers `status` (e.g. 503 after a cut, 200 after a restore). */
export async function waitForReadiness(
  proc: ServiceProcess,
  status: number,
  timeoutMs = 15_000,
): Promise<HttpResult> {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < deadline) {
    const res = await httpRequest(proc.baseUrl, '/readyz', { timeoutMs: 5000 }).catch(() => null);
    last = res?.status ?? 0;
    if (res && last === status) return res;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`/readyz did not answer ${status} within ${timeoutMs} ms (last ${last})`);
}

/** Stops every process still running (afterAll): SIGTERM, then SIGKILL after `timeoutMs`. */
export async function stopAllServices(timeoutMs = 10_000): Promise<void> {
  await Promise.all([...live].map((p) => p.stop('SIGTERM', timeoutMs)));
}

/** Starts a process that is expected to exit by itself (a bad configuration); no readiness wait. */
export async function runToExit(role: Role, env: ServiceEnv, opts: StartOptions = {}, timeoutMs = 20_000) {
  const proc = await startService(role, env, { ...opts, waitReady: false });
  const timer = setTimeout(() => killGroup(proc.pid, 'SIGKILL'), timeoutMs);
  const status = await proc.exited;
  clearTimeout(timer);
  return {
    status,
    stdout: proc.lines.filter((l) => l.stream === 'stdout').map((l) => l.text),
    stderr: proc.stderr(),
  };
}
