/**
 * `npm run bench:sla`: how late SLA breaches are detected. 10,000 open orders whose claim-by
 * deadlines are spread over 60 s are written straight to a scratch database, their timers planned
 * through the outbox as publishing does; a worker process (src/worker.ts) relays them into BullMQ and
 * acts when they fire. Per breach, lateness = detected_at − deadline; reported as p50, p99, max, with
 * missed deadlines and the worker's resident memory.
 * Run 2 deletes every Redis key of the deployment's prefix halfway through the spread (a Redis that
 * lost its data): the lost timers are the reconciler's to find.
 *
 * The worker's CPU time per breach (user + system, from the first deadline until the last breach is
 * found; it includes relaying the follow-up jobs the breaches plan) is printed with each run, and
 * the transactions committed in the scratch database over that span per breach (the bench's own
 * once-a-second count among them).
 *
 * Env: BENCH_SLA_ORDERS (default 10000), SLA_RECONCILE_EVERY_MS (default 60000), DATABASE_POOL_SIZE and
 * WORKER_CONCURRENCY (passed to the worker when set), DATABASE_URL / REDIS_URL (servers used; a scratch
 * database and Redis prefix are created and dropped). BENCH_SLA_ONLY=timers skips the run with the
 * Redis deletion. BENCH_PROFILE=1 starts the worker with --cpu-prof and prints its top frames by self
 * time after each run.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { orders, regions, slaPolicies } from '../src/db/schema/index.js';
import { transaction } from '../src/db/transaction.js';
import { newId } from '../src/lib/ids.js';
import { planOrderTimers } from '../src/modules/sla/deadlines.js';
import { type ProfileSummary, summariseProfile } from './lib/cpuprofile.js';
import { cpuName } from './lib/machine-probe.js';
import { cpuMs, rssBytes, startService } from './lib/processes.js';
import { createScratch, type Scratch } from './lib/scratch.js';

const ORDERS = Number(process.env.BENCH_SLA_ORDERS ?? 10_000);
const RECONCILE_EVERY_MS = Number(process.env.SLA_RECONCILE_EVERY_MS ?? 60_000);
const SPREAD_MS = 60_000;
/** Worker settings passed through when set (otherwise the worker runs with its defaults). */
const WORKER_VARS = Object.fromEntries(
  ['DATABASE_POOL_SIZE', 'WORKER_CONCURRENCY'].flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : [])),
);
/** Planning (inserting the orders and their outbox rows) finishes well before the first deadline. */
const LEAD_MS = 20_000;
const BATCH = 100;
const PLANNERS = 4;
const PROFILE = process.env.BENCH_PROFILE === '1';
const ONLY = process.env.BENCH_SLA_ONLY;

interface RunResult {
  name: string;
  breaches: number;
  missed: number;
  byTimer: number;
  byReconciler: number;
  p50: number;
  p99: number;
  max: number;
  rssMaxMb: number;
  /** Worker CPU time (user + system) from the first deadline to the end of the run, per breach found. */
  cpuMsPerBreach: number;
  /** Transactions committed in the scratch database over the same span, per breach found. */
  commitsPerBreach: number;
  /** The machine's 1-minute load average when the run ended: other work on the 2 cores shows here. */
  load: number;
  flushedKeys?: number;
}

async function seedCity(scratch: Scratch) {
  const db = scratch.database.db;
  const [district, street, community] = [newId(), newId(), newId()];
  await db.insert(regions).values([
    { id: district, level: 'district', name: 'Bench district', path: `${district}/` },
    { id: street, parentId: district, level: 'street', name: 'Bench street', path: `${district}/${street}/` },
    {
      id: community,
      parentId: street,
      level: 'community',
      name: 'Bench community',
      path: `${district}/${street}/${community}/`,
    },
  ]);
  // A claim-by breach escalates to the street and re-arms claim-by 10 min later: one breach per order in the run.
  await db
    .update(slaPolicies)
    .set({ claimWithinS: 600, completeWithinS: 86_400, responseWithinS: 86_400, maxLevel: 2 })
    .where(sql`${slaPolicies.categoryCode} = 'errand' and ${slaPolicies.priority} = 'routine'`);
  return { community, path: `${district}/${street}/${community}/` };
}

/** The orders, published at `now` with deadlines spread evenly from `first` over SPREAD_MS, and their timers. */
async function planOrders(
  scratch: Scratch,
  city: { community: string; path: string },
  first: number,
): Promise<void> {
  const db = scratch.database.db;
  const starts = Array.from({ length: Math.ceil(ORDERS / BATCH) }, (_, i) => i * BATCH);
  // Several planning transactions at once, earliest deadlines first, so planning outruns the deadlines.
  const lane = async () => {
    for (let start = starts.shift(); start !== undefined; start = starts.shift()) await planBatch(start);
  };
  const planBatch = (start: number) =>
    transaction(db, async (tx) => {
      const now = new Date();
      const rows = Array.from({ length: Math.min(BATCH, ORDERS - start) }, (_, i) => {
        const n = start + i;
        return {
          id: newId(),
          communityId: city.community,
          regionPath: city.path,
          categoryCode: 'errand',
          title: `Bench errand ${n}`,
          description: 'generated',
          priority: 'routine' as const,
          headcount: 1,
          source: 'walk_in' as const,
          dispatchMode: 'open' as const,
          status: 'open' as const,
          version: 2,
          publishedAt: now,
          claimBy: new Date(first + Math.floor((n * SPREAD_MS) / ORDERS)),
          completeBy: new Date(first + 86_400_000),
          createdAt: now,
          updatedAt: now,
        };
      });
      const inserted = await tx
        .insert(orders)
        .values(rows)
        .returning({ id: orders.id, claimBy: orders.claimBy, completeBy: orders.completeBy });
      // Each timer's delay counts from the moment it is planned, as publishing's does.
      for (const o of inserted) await planOrderTimers(tx, o, new Date(), ['claim']);
    });
  await Promise.all(Array.from({ length: PLANNERS }, lane));
}

async function deletePrefix(scratch: Scratch): Promise<number> {
  let deleted = 0;
  let cursor = '0';
  do {
    const [next, keys] = await scratch.redis.scan(cursor, 'MATCH', `${scratch.redisPrefix}:*`, 'COUNT', 5000);
    cursor = next;
    if (keys.length) deleted += await scratch.redis.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;

async function run(name: string, opts: { flushAfterMs?: number }): Promise<RunResult> {
  const scratch = await createScratch(PLANNERS + 1);
  const profileDir = PROFILE ? mkdtempSync(join(os.tmpdir(), 'wd-bench-prof-')) : null;
  const worker = await startService('worker', scratch, {
    vars: { ...WORKER_VARS, SLA_RECONCILE_EVERY_MS: String(RECONCILE_EVERY_MS) },
    nodeOptions: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  let result: RunResult;
  try {
    const city = await seedCity(scratch);
    const first = Date.now() + LEAD_MS;
    const planning = Date.now();
    await planOrders(scratch, city, first);
    console.log(
      `${name}: planned ${ORDERS} orders and timers in ${((Date.now() - planning) / 1000).toFixed(1)} s`,
    );

    let rssMax = 0;
    // CPU time counts from the first deadline: relaying the planned timers before it is not a breach's.
    const commits = async () =>
      (
        await scratch.database.pool.query<{ n: number }>(
          'select xact_commit::int as n from pg_stat_database where datname = current_database()',
        )
      ).rows[0]!.n;
    let cpuAtFirst = cpuMs(worker.nodePid());
    let commitsAtFirst = await commits();
    setTimeout(
      async () => {
        cpuAtFirst = cpuMs(worker.nodePid());
        commitsAtFirst = await commits();
      },
      Math.max(0, first - Date.now()),
    );
    const sampler = setInterval(() => {
      rssMax = Math.max(rssMax, rssBytes(worker.nodePid()));
    }, 500);
    let flushedKeys: number | undefined;
    const flushing =
      opts.flushAfterMs === undefined
        ? Promise.resolve()
        : new Promise<void>((resolve) =>
            setTimeout(
              async () => {
                flushedKeys = await deletePrefix(scratch);
                console.log(
                  `${name}: deleted ${flushedKeys} Redis keys at deadline + ${opts.flushAfterMs! / 1000} s`,
                );
                resolve();
              },
              first + opts.flushAfterMs! - Date.now(),
            ),
          );

    // A deadline not acted on within two reconciler cycles after the last one is missed.
    const giveUpAt = first + SPREAD_MS + 2 * RECONCILE_EVERY_MS + 30_000;
    let found = 0;
    while (Date.now() < giveUpAt) {
      await new Promise((r) => setTimeout(r, 1000));
      found = (
        await scratch.database.pool.query(
          "select count(distinct order_id)::int as n from sla_breaches where kind = 'claim'",
        )
      ).rows[0].n;
      if (found === ORDERS && Date.now() > first + SPREAD_MS) break;
    }
    await flushing;
    clearInterval(sampler);
    const cpuUsed = cpuMs(worker.nodePid()) - cpuAtFirst;
    // The statistics collector reports with a delay of up to a second.
    await new Promise((r) => setTimeout(r, 1000));
    const committed = (await commits()) - commitsAtFirst;

    const { rows } = await scratch.database.pool.query<{ late_ms: number; detected_by: string }>(
      "select late_ms, detected_by from sla_breaches where kind = 'claim' order by late_ms",
    );
    const late = rows.map((r) => r.late_ms);
    result = {
      name,
      breaches: rows.length,
      missed: ORDERS - found,
      byTimer: rows.filter((r) => r.detected_by === 'timer').length,
      byReconciler: rows.filter((r) => r.detected_by === 'reconciler').length,
      p50: quantile(late, 0.5),
      p99: quantile(late, 0.99),
      max: late.at(-1) ?? 0,
      rssMaxMb: Math.round(rssMax / 1_048_576),
      cpuMsPerBreach: found ? cpuUsed / found : 0,
      commitsPerBreach: found ? committed / found : 0,
      load: os.loadavg()[0] ?? 0,
      flushedKeys,
    };
  } finally {
    await worker.stop();
    await scratch.close();
  }
  if (profileDir) {
    printWorkerProfile(name, summariseProfile(profileDir));
    console.log(`(the profile stays in ${profileDir}; Chrome DevTools opens it)`);
  }
  return result;
}

function printWorkerProfile(name: string, s: ProfileSummary): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
  console.log(
    `\n${name}: CPU profile of the worker (${(s.totalMs / 1000).toFixed(1)} s wall), self time by place:`,
  );
  for (const p of s.byPlace) console.log(`  ${pct(p.share)}  ${p.place}`);
  console.log('self time by function:');
  for (const f of s.byFunction) console.log(`  ${pct(f.share)}  ${f.fn}`);
}

const cpu = os.cpus();
console.log(
  `worker settings: ${JSON.stringify(WORKER_VARS)}; load average at start ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `${ORDERS} orders, deadlines over ${SPREAD_MS / 1000} s, reconciler every ${RECONCILE_EVERY_MS / 1000} s; ${cpu.length} × ${cpuName()}, Node ${process.version}`,
);
const results = [await run('timers', {})];
if (ONLY !== 'timers') results.push(await run('redis keys deleted mid-run', { flushAfterMs: SPREAD_MS / 2 }));
const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v} ms`);
console.log(
  '\n| run | breaches | missed | by timer | by reconciler | p50 | p99 | max | worker CPU / breach | commits / breach | worker RSS max | load 1 min |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results)
  console.log(
    `| ${r.name} | ${r.breaches} | ${r.missed} | ${r.byTimer} | ${r.byReconciler} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.cpuMsPerBreach.toFixed(2)} ms | ${r.commitsPerBreach.toFixed(1)} | ${r.rssMaxMb} MB | ${r.load.toFixed(1)} |`,
  );
if (results.some((r) => r.missed > 0)) process.exitCode = 1;
