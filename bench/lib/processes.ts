import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serviceBuild } from './build.js';
import type { Scratch } from './scratch.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsxBin = join(root, 'node_modules', '.bin', 'tsx');

export type Role = 'api' | 'worker' | 'both';
const entryPoints: Record<Role, string> = {
  api: 'src/server.ts',
  worker: 'src/worker.ts',
  both: 'src/main.ts',
};

export interface Service {
  role: Role;
  /** The launched process (tsx, or node for a build); its process group holds the service. */
  pid: number;
  baseUrl: string;
  /**
   * stdout and stderr go to this file rather than a pipe, so reading the logs costs the bench no CPU.
   * It is removed by stop() unless BENCH_KEEP_LOGS=1 (an info-level log of 100,000 orders is 40 MB).
   */
  logFile: string;
  /** The node process that runs the service (under tsx: the launcher's child). */
  nodePid(): number;
  stop(timeoutMs?: number): Promise<void>;
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

const live = new Set<Service>();

function killGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig);
  } catch {
    // Already gone.
  }
}

process.on('exit', () => {
  for (const s of live) killGroup(s.pid, 'SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => process.exit(130));

/** Kills the group when the bench dies without running its exit handler (SIGKILL). */
function watchdog(groupId: number): void {
  const script = `while kill -0 ${process.pid} 2>/dev/null && kill -0 -${groupId} 2>/dev/null; do sleep 1; done; kill -KILL -${groupId} 2>/dev/null`;
  spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' }).unref();
}

export interface StartOptions {
  vars?: Record<string, string>;
  /** Extra node flags for the service process, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/x']. */
  nodeOptions?: string[];
  /** A directory from `buildDist()` to run `node dist/<entry>.js` in, or null for the sources under tsx; default `serviceBuild()`. */
  buildDir?: string | null;
  readyTimeoutMs?: number;
}

/** Nothing inherited but PATH and HOME, so a developer's .env cannot change what is measured. */
function serviceEnv(scratch: Scratch, port: number, opts: StartOptions): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: scratch.databaseUrl,
    REDIS_URL: scratch.redisUrl,
    REDIS_PREFIX: scratch.redisPrefix,
    BOOTSTRAP_ADMIN_KEY: scratch.adminKey,
    // A load generator is one client; the per-role limits would refuse it after a second.
    RATE_LIMIT_ENABLED: 'false',
    WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    // V8 settings to try on the service (e.g. --max-old-space-size=128) without editing a bench.
    ...(process.env.BENCH_SERVICE_NODE_OPTIONS && { NODE_OPTIONS: process.env.BENCH_SERVICE_NODE_OPTIONS }),
    ...opts.vars,
  };
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** Starts an entry point through tsx in its own process group and waits until it is ready. */
export async function startService(role: Role, scratch: Scratch, opts: StartOptions = {}): Promise<Service> {
  const port = await freePort();
  const logFile = join(mkdtempSync(join(tmpdir(), `wd-bench-${role}-`)), 'out.log');
  const fd = openSync(logFile, 'a');
  const buildDir = opts.buildDir === undefined ? await serviceBuild() : opts.buildDir;
  const flags = opts.nodeOptions ?? [];
  // tsx hands node flags (--cpu-prof, which NODE_OPTIONS refuses) to the node process it starts.
  const [command, args, cwd] = buildDir
    ? [
        process.execPath,
        [...flags, join('dist', entryPoints[role].replace(/^src\//, '').replace(/\.ts$/, '.js'))],
        buildDir,
      ]
    : [tsxBin, [...flags, entryPoints[role]], root];
  const child: ChildProcess = spawn(command, args, {
    cwd,
    env: serviceEnv(scratch, port, opts),
    stdio: ['ignore', fd, fd],
    detached: true,
  });
  closeSync(fd);
  if (child.pid === undefined) throw new Error(`could not spawn ${args.join(' ')}`);
  const pid = child.pid;
  watchdog(pid);
  let exited = false;
  const done = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      live.delete(service);
      resolve();
    }),
  );
  const service: Service = {
    role,
    pid,
    baseUrl: `http://127.0.0.1:${port}`,
    logFile,
    nodePid() {
      if (buildDir) return pid;
      const [nodePid] = childrenOf(pid);
      if (!nodePid) throw new Error(`${role}: the node process under tsx (${pid}) is not running`);
      return nodePid;
    },
    async stop(timeoutMs = 30_000) {
      if (exited) return;
      // The service (tsx relays the signal) drains and exits, writing its CPU profile if asked to.
      child.kill('SIGTERM');
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), timeoutMs);
      await done;
      clearTimeout(timer);
      killGroup(pid, 'SIGKILL');
      if (process.env.BENCH_KEEP_LOGS !== '1') rmSync(dirname(logFile), { recursive: true, force: true });
    },
  };
  live.add(service);

  const deadline = Date.now() + (opts.readyTimeoutMs ?? 60_000);
  while (!(await isReady(service))) {
    if (exited || Date.now() > deadline) {
      const tail = tailOf(logFile);
      await service.stop(1000);
      throw new Error(`${role} did not become ready:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return service;
}

async function isReady(service: Service): Promise<boolean> {
  if (service.role === 'worker')
    return readFileSync(service.logFile, 'utf8').includes('whistle dispatch started');
  const res = await fetch(`${service.baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) }).catch(
    () => null,
  );
  return res?.status === 200;
}

export function tailOf(file: string, n = 20): string {
  return readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
}

/** Resident memory of a process in bytes (VmRSS of /proc/<pid>/status). */
export function rssBytes(pid: number): number {
  const m = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]) * 1024;
}

/** Busy CPU time of the whole machine so far (all cores, everything but idle and I/O wait), in milliseconds. */
export function machineBusyMs(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = ticks.map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) * 10;
}

/** CPU time a process has used so far (user + system), in milliseconds; clock ticks are 1/100 s on Linux. */
export function cpuMs(pid: number): number {
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
