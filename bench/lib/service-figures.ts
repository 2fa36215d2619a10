import { readdirSync, readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import { cpuMs } from './processes.js';

/**
 * What the service costs beyond its own node processes, on a machine shared with other work:
 * the CPU of this database's Postgres backends and of Postgres's shared writers, the CPU of the
 * Redis server, GC pauses (from the service's metrics listener) and autovacuum runs.
 */

/** Pids of the processes of one command name (`postgres`, `redis-server`), from /proc. */
function pidsOf(command: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/stat`, 'utf8').includes(` (${command}) `)) pids.push(Number(entry));
    } catch {
      // the process exited between the listing and the read
    }
  }
  return pids;
}

const cpuOrZero = (pid: number) => {
  try {
    return cpuMs(pid);
  } catch {
    return 0;
  }
};

/** CPU time of a fixed set of processes so far; a process that exited keeps the time last read. */
export class CpuOf {
  private readonly last = new Map<number, number>();
  constructor(private readonly pids: () => Promise<number[]> | number[]) {}
  async read(): Promise<number> {
    for (const pid of await this.pids()) {
      const now = cpuOrZero(pid);
      if (now > 0) this.last.set(pid, now);
    }
    let total = 0;
    for (const v of this.last.values()) total += v;
    return total;
  }
}

/**
 * The Postgres processes that work for this database: its backends (the service's pools are
 * long-lived, so their CPU accumulates in them) and the server's WAL writer, checkpointer and
 * background writer. Other databases' backends (other work on a shared server) are left out;
 * autovacuum workers live for one table each and are counted as runs instead.
 */
export function postgresOf(pool: pg.Pool): CpuOf {
  return new CpuOf(async () => {
    const { rows } = await pool.query<{ pid: number }>(
      `select pid from pg_stat_activity
        where datname = current_database() and backend_type = 'client backend'
           or backend_type in ('walwriter', 'checkpointer', 'background writer')`,
    );
    return rows.map((r) => r.pid);
  });
}

/** Every redis-server process of the machine: the one the service uses, and its other clients' work. */
export const redisServer = (): CpuOf => new CpuOf(() => pidsOf('redis-server'));

/** Autovacuum and autoanalyze runs so far, per table of this database. */
export async function autovacuumRuns(pool: pg.Pool): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ relname: string; n: number }>(
    'select relname, (autovacuum_count + autoanalyze_count)::int as n from pg_stat_user_tables',
  );
  return new Map(rows.map((r) => [r.relname, r.n]));
}

/** The tables autovacuum visited between two readings, with their run counts: "outbox 2, offers 1". */
export function autovacuumBetween(before: Map<string, number>, after: Map<string, number>): string {
  const runs = [...after]
    .map(([t, n]) => [t, n - (before.get(t) ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  return runs.length ? runs.map(([t, n]) => `${t} ${n}`).join(', ') : 'none';
}

/** GC pauses of one process so far: count, total seconds, and the cumulative count per bucket bound. */
export interface GcReading {
  count: number;
  sumS: number;
  buckets: Map<number, number>;
}

/** Reads `nodejs_gc_duration_seconds` (every kind together) from a Prometheus text endpoint. */
export async function readGc(metricsUrl: string): Promise<GcReading> {
  const text = await (await fetch(metricsUrl, { signal: AbortSignal.timeout(5000) })).text();
  const reading: GcReading = { count: 0, sumS: 0, buckets: new Map() };
  for (const line of text.split('\n')) {
    if (!line.startsWith('nodejs_gc_duration_seconds')) continue;
    const value = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (line.startsWith('nodejs_gc_duration_seconds_sum')) reading.sumS += value;
    else if (line.startsWith('nodejs_gc_duration_seconds_count')) reading.count += value;
    else {
      const le = /le="([^"]+)"/.exec(line)?.[1];
      if (!le || le === '+Inf') continue;
      reading.buckets.set(Number(le), (reading.buckets.get(Number(le)) ?? 0) + value);
    }
  }
  return reading;
}

/** GC between two readings: pauses, their total, how many took over 10 ms, and a bound on the longest. */
export function gcBetween(a: GcReading, b: GcReading) {
  const count = b.count - a.count;
  const within = (le: number) => (b.buckets.get(le) ?? 0) - (a.buckets.get(le) ?? 0);
  const bounds = [...b.buckets.keys()].sort((x, y) => x - y);
  const longest = bounds.find((le) => within(le) === count);
  return {
    count,
    totalMs: (b.sumS - a.sumS) * 1000,
    over10ms: count - within(0.01),
    longestMs: count === 0 ? 0 : longest === undefined ? Number.POSITIVE_INFINITY : longest * 1000,
  };
}
export type GcFigures = ReturnType<typeof gcBetween>;

/** "412 pauses, 690 ms, 0 over 10 ms, longest ≤ 5 ms". */
export const gcText = (g: GcFigures) =>
  `${g.count} pauses, ${g.totalMs.toFixed(0)} ms, ${g.over10ms} over 10 ms, longest ${Number.isFinite(g.longestMs) ? `≤ ${g.longestMs} ms` : '> 1 s'}`;

/**
 * Commits in this database, and per table the rows written (inserted, updated, deleted) and the rows
 * read by sequential scans so far.
 */
export async function writesOf(
  pool: pg.Pool,
): Promise<{ commits: number; rows: Map<string, number>; scanned: Map<string, number> }> {
  const [{ rows: db }, { rows }] = await Promise.all([
    pool.query<{ n: number }>(
      'select xact_commit::int as n from pg_stat_database where datname = current_database()',
    ),
    pool.query<{ relname: string; n: number; scanned: number }>(
      `select relname, (n_tup_ins + n_tup_upd + n_tup_del)::int as n, seq_tup_read::float8 as scanned
         from pg_stat_user_tables`,
    ),
  ]);
  return {
    commits: db[0]?.n ?? 0,
    rows: new Map(rows.map((r) => [r.relname, r.n])),
    scanned: new Map(rows.map((r) => [r.relname, r.scanned])),
  };
}

/** What grew between two readings of named counters, per order, largest first (0.05 and up). */
function perOrder(a: Map<string, number>, b: Map<string, number>, orders: number): [string, number][] {
  return [...b]
    .map(([name, n]): [string, number] => [name, (n - (a.get(name) ?? 0)) / orders])
    .filter(([, n]) => n >= 0.05)
    .sort((x, y) => y[1] - x[1]);
}

const listed = (per: [string, number][]) => per.map(([name, n]) => `${name} ${n.toFixed(1)}`).join(', ');

/**
 * "12.1 commits; rows written: offers 6.0, outbox 9.2, …; rows read by sequential scans: members
 * 506, …" per order between two readings of `writesOf`. The rows read by sequential scans (the five
 * largest) show a statement reading a whole table where a key would do, as plans made from stale
 * statistics do.
 */
export function writesPerOrder(
  a: Awaited<ReturnType<typeof writesOf>>,
  b: Awaited<ReturnType<typeof writesOf>>,
  orders: number,
): string {
  const rows = perOrder(a.rows, b.rows, orders);
  const scanned = perOrder(a.scanned, b.scanned, orders).slice(0, 5);
  const reads = scanned.map(([name, n]) => `${name} ${Math.round(n)}`).join(', ') || 'none';
  return `${((b.commits - a.commits) / orders).toFixed(1)} commits; rows written: ${listed(rows)}; rows read by sequential scans: ${reads}`;
}

/** Commands Redis has run so far, by command (`INFO commandstats`; the whole server, other clients included). */
export async function redisCallsOf(redis: Redis): Promise<Map<string, number>> {
  const text = await redis.info('commandstats');
  const calls = new Map<string, number>();
  for (const m of text.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls.set(m[1]!, Number(m[2]));
  return calls;
}

/**
 * Delayed jobs (timers) waiting in Redis now, by queue, under a deployment's BullMQ key prefix: what
 * stays in Redis's memory after a stage, about 1.1 kB each, until the timers fire.
 */
export async function delayedJobsOf(redis: Redis, bullPrefix: string, queues: readonly string[]) {
  const counts = await Promise.all(queues.map((q) => redis.zcard(`${bullPrefix}:${q}:delayed`)));
  return new Map(queues.map((q, i) => [q, counts[i]!]));
}

/** "0.0 jobs: sla 0.0, offers 0.0" per order between two readings of `delayedJobsOf`. */
export function delayedPerOrder(a: Map<string, number>, b: Map<string, number>, orders: number): string {
  const per = [...b].map(([q, n]) => [q, (n - (a.get(q) ?? 0)) / orders] as const);
  const all = per.reduce((sum, [, n]) => sum + n, 0);
  return `${all.toFixed(1)} jobs: ${per.map(([q, n]) => `${q} ${n.toFixed(1)}`).join(', ')}`;
}

/** "14.2 commands: evalsha 9.1, bzpopmin 2.0, …" per order between two readings of `redisCallsOf`. */
export function redisCallsPerOrder(a: Map<string, number>, b: Map<string, number>, orders: number): string {
  // The bench's own INFO calls are left out.
  const per = perOrder(a, b, orders).filter(([cmd]) => cmd !== 'info');
  const all = per.reduce((sum, [, n]) => sum + n, 0);
  return `${all.toFixed(1)} commands: ${listed(per)}`;
}
