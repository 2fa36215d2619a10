/**
 * `npm run bench:claims`: 1,000 claims over 100 open orders of headcount 3, ten eligible members per
 * order, each member claiming once, through the API process alone (no worker) with 100 concurrent
 * connections. Claims are sent order by order, so the ten claims of an order are in flight together.
 * Exactly 300 must win (201) and every other claim must get 409 order_full; the database must agree.
 * A warm-up race on 20 other orders runs first, so the figures are not those of a cold process.
 *
 * The API process's CPU time per claim and the statements one winning and one losing claim send
 * (recorded in this process, as bench/lib/sql-trace.ts does for intake) are printed too.
 *
 * Env: BENCH_CLAIM_CONNECTIONS (100), BENCH_POOL_SIZE (the API's DATABASE_POOL_SIZE, 10),
 * BENCH_PROFILE=1 writes a CPU profile of the API process and prints its top frames.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { printProfile, summariseProfile } from './lib/cpuprofile.js';
import { createCity, createMembers, orderBody } from './lib/fixtures.js';
import { inParallel, postJson } from './lib/http.js';
import { isMain, progress, runBenches } from './lib/main.js';
import { cpuMs, startService } from './lib/processes.js';
import { fmt, loadAverage, type Row } from './lib/report.js';
import { createScratch } from './lib/scratch.js';
import { traceRequests } from './lib/sql-trace.js';

const COMMUNITIES = 10;
const HEADCOUNT = 3;
const CLAIMS_PER_ORDER = 10;

export interface ClaimRaceOptions {
  orders: number;
  connections: number;
  poolSize: number;
  profile: boolean;
}

export const claimRaceDefaults = (): ClaimRaceOptions => ({
  orders: 100,
  connections: Number(process.env.BENCH_CLAIM_CONNECTIONS ?? 100),
  poolSize: Number(process.env.BENCH_POOL_SIZE ?? 10),
  profile: process.env.BENCH_PROFILE === '1',
});

interface Attempt {
  orderId: string;
  memberId: string;
  key: string;
}

interface RaceResult {
  statuses: Map<number, number>;
  codes: Map<string, number>;
  p50: number;
  p99: number;
  max: number;
  seconds: number;
}

/** Fires every attempt once, in order, over `connections` keep-alive connections. */
async function race(baseUrl: string, attempts: Attempt[], connections: number): Promise<RaceResult> {
  let next = 0;
  const statuses = new Map<number, number>();
  const codes = new Map<string, number>();
  const result = await autocannon({
    url: baseUrl,
    connections,
    amount: attempts.length,
    requests: [
      {
        setupRequest: (req) => {
          const a = attempts[next++]!;
          return {
            ...req,
            method: 'POST',
            path: `/v1/orders/${a.orderId}/claims`,
            headers: { authorization: `Bearer ${a.key}`, 'content-type': 'application/json' },
            body: JSON.stringify({ memberId: a.memberId }),
          };
        },
        onResponse: (status, body) => {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status !== 201) {
            const code = (JSON.parse(body) as { code?: string }).code ?? 'none';
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
        },
      },
    ],
  });
  if (result.errors > 0 || result.timeouts > 0)
    throw new Error(`claims: ${result.errors} errors, ${result.timeouts} timeouts`);
  return {
    statuses,
    codes,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    seconds: result.duration,
  };
}

export async function benchClaimRace(opts: ClaimRaceOptions = claimRaceDefaults()): Promise<Row[]> {
  const scratch = await createScratch();
  try {
    const city = await createCity(scratch.database, COMMUNITIES);
    const warmupOrders = 20;
    const totalOrders = warmupOrders + opts.orders;
    // Member i belongs to order floor(i / 10), in that order's community: eligible, with room for more
    // claims. The last order's members are those of the traced claims.
    const members = await createMembers(scratch.database, city, (totalOrders + 1) * CLAIMS_PER_ORDER, {
      community: (i) => Math.floor(i / CLAIMS_PER_ORDER) % COMMUNITIES,
    });
    const profileDir = opts.profile ? mkdtempSync(join(tmpdir(), 'wd-bench-prof-')) : null;
    const api = await startService('api', scratch, {
      vars: { DATABASE_POOL_SIZE: String(opts.poolSize) },
      nodeOptions: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    });
    let statements: { winner: string[]; filling: string[]; loser: string[] };
    let r: RaceResult;
    let cpuPerClaim: number;
    let orderIds: string[];
    let loadBefore: string;
    try {
      progress('claims: tracing the statements of a winning, a filling and a losing claim');
      const traceOrder = (
        await postJson<{ id: string }>(
          api.baseUrl,
          '/v1/orders',
          city.officerKey,
          orderBody(totalOrders % COMMUNITIES, COMMUNITIES, {
            headcount: HEADCOUNT,
            location: undefined,
            title: 'Claim race trace',
          }),
        )
      ).id;
      const claimBy = (m: number) => {
        const member = members[totalOrders * CLAIMS_PER_ORDER + m]!;
        return {
          method: 'POST' as const,
          url: `/v1/orders/${traceOrder}/claims`,
          headers: { authorization: `Bearer ${member.key}` },
          payload: { memberId: member.id },
        };
      };
      const [winner, filling, loser] = await traceRequests(scratch, [
        { inject: claimBy(0), status: 201, record: false },
        { inject: claimBy(1), status: 201, record: true },
        { inject: claimBy(2), status: 201, record: true },
        { inject: claimBy(3), status: 409, record: false },
        { inject: claimBy(4), status: 409, record: true },
      ]);
      statements = { winner: winner!, filling: filling!, loser: loser! };
      for (const [what, list] of Object.entries(statements))
        progress(`claims: ${what} claim, ${list.length} statements: ${list.join(', ')}`);

      progress(`claims: posting ${totalOrders} orders of headcount ${HEADCOUNT}`);
      orderIds = new Array(totalOrders);
      await inParallel(totalOrders, 10, async (j) => {
        const body = orderBody(j % COMMUNITIES, COMMUNITIES, {
          headcount: HEADCOUNT,
          location: undefined,
          title: `Claim race ${j}`,
        });
        orderIds[j] = (await postJson<{ id: string }>(api.baseUrl, '/v1/orders', city.officerKey, body)).id;
      });
      const attemptsOf = (from: number, to: number) =>
        members.slice(from * CLAIMS_PER_ORDER, to * CLAIMS_PER_ORDER).map((m, i) => ({
          orderId: orderIds[from + Math.floor(i / CLAIMS_PER_ORDER)]!,
          memberId: m.id,
          key: m.key,
        }));

      progress(`claims: warm-up race, ${warmupOrders * CLAIMS_PER_ORDER} claims`);
      await race(api.baseUrl, attemptsOf(0, warmupOrders), opts.connections);
      loadBefore = loadAverage();
      progress(
        `claims: ${opts.orders * CLAIMS_PER_ORDER} claims over ${opts.orders} orders, ${opts.connections} connections (load ${loadBefore})`,
      );
      const cpuBefore = cpuMs(api.nodePid());
      r = await race(api.baseUrl, attemptsOf(warmupOrders, totalOrders), opts.connections);
      // CPU per claim does not depend on what else shares the cores, unlike the rate.
      cpuPerClaim = (cpuMs(api.nodePid()) - cpuBefore) / (opts.orders * CLAIMS_PER_ORDER);
    } finally {
      await api.stop();
    }
    if (profileDir) {
      printProfile(summariseProfile(profileDir));
      console.log(`(the profile stays in ${profileDir}; Chrome DevTools opens it)`);
    }
    const loadAfter = loadAverage();

    const winners = r.statuses.get(201) ?? 0;
    const losers = opts.orders * CLAIMS_PER_ORDER - winners;
    const conflicts = r.statuses.get(409) ?? 0;
    const measured = orderIds.slice(warmupOrders);
    const { rows } = await scratch.database.pool.query<{ held: number; filled: number; doubles: number }>(
      `select (select count(*)::int from claims where status = 'held' and order_id = any($1)) as held,
                (select count(*)::int from orders where id = any($1) and status = 'filled' and slots_held = $2) as filled,
                (select count(*)::int from (select 1 from claims group by order_id, member_id having count(*) > 1) d) as doubles`,
      [measured, HEADCOUNT],
    );
    const db = rows[0]!;
    const expected = opts.orders * HEADCOUNT;
    console.error(
      `claims: ${winners} winners, ${conflicts} × 409 (${[...r.codes].map(([c, n]) => `${c} ${n}`).join(', ')}); database: ${db.held} held, ${db.filled}/${opts.orders} orders filled, ${db.doubles} double claims`,
    );
    if (
      winners !== expected ||
      conflicts !== losers ||
      db.held !== expected ||
      db.filled !== opts.orders ||
      db.doubles !== 0 ||
      (r.codes.get('order_full') ?? 0) !== losers
    )
      throw new Error(
        `claims: expected exactly ${expected} winners and ${losers} losers with 409 order_full; got statuses ${JSON.stringify([...r.statuses])}, codes ${JSON.stringify([...r.codes])}, database ${JSON.stringify(db)}`,
      );

    const bench = `claim race (${opts.orders * CLAIMS_PER_ORDER} claims, c=${opts.connections})`;
    return [
      {
        bench,
        measure: 'winners / losers (409 order_full)',
        value: `${winners} / ${losers}`,
        target: `${expected} / ${opts.orders * CLAIMS_PER_ORDER - expected}`,
        ok: true,
      },
      { bench, measure: 'claims/s', value: fmt.rate((opts.orders * CLAIMS_PER_ORDER) / r.seconds) },
      { bench, measure: 'latency p50 / max', value: `${fmt.ms(r.p50)} / ${fmt.ms(r.max)}` },
      { bench, measure: 'latency p99', value: fmt.ms(r.p99), target: '< 100 ms', ok: r.p99 < 100 },
      { bench, measure: 'API process CPU per claim', value: fmt.ms(cpuPerClaim) },
      {
        bench,
        measure: 'SQL statements per claim: winner / filling / loser',
        value: `${statements.winner.length} / ${statements.filling.length} / ${statements.loser.length}`,
      },
      { bench, measure: 'load average before / after the race', value: `${loadBefore} / ${loadAfter}` },
    ];
  } finally {
    await scratch.close();
  }
}

if (isMain(import.meta.url)) await runBenches([() => benchClaimRace()]);
