/**
 * `npm run bench:claims`: 1,000 claims over 100 open orders of headcount 3, ten eligible members per
 * order, each member claiming once, through the API process alone (no worker) with 100 concurrent
 * connections. Claims are sent order by order, so the ten claims of an order are in flight together.
 * Exactly 300 must win (201) and every other claim must get 409 order_full; the database must agree.
 * A warm-up race on 20 other orders runs first, so the figures are not those of a cold process.
 * Then claims go open loop at BENCH_CLAIM_RATE (200) a second for BENCH_SECONDS (15), on orders of
 * their own with the race's mix (ten members per order of headcount 3, sent order by order, each on
 * schedule whatever the answers do): the target is p99 < 100 ms there, with the same invariants.
 *
 * The API process's CPU time per claim and the statements one winning and one losing claim send
 * (recorded in this process, as bench/lib/sql-trace.ts does for intake) are printed too.
 *
 * Env: BENCH_CLAIM_CONNECTIONS (100), BENCH_CLAIM_RATE (200), BENCH_SECONDS (15), BENCH_POOL_SIZE (the API's DATABASE_POOL_SIZE, 10),
 * BENCH_PROFILE=1 writes a CPU profile of the API process and prints its top frames.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { printProfile, summariseProfile } from './lib/cpuprofile.js';
import { type BenchMember, type City, createCity, createMembers, orderBody } from './lib/fixtures.js';
import { inParallel, postJson } from './lib/http.js';
import { isMain, progress, runBenches } from './lib/main.js';
import { openLoop } from './lib/open-loop.js';
import { cpuMs, type Service, startService } from './lib/processes.js';
import { fmt, loadAverage, type Row } from './lib/report.js';
import { createScratch, type Scratch } from './lib/scratch.js';
import { traceRequests } from './lib/sql-trace.js';

const COMMUNITIES = 10;
const HEADCOUNT = 3;
const CLAIMS_PER_ORDER = 10;

export interface ClaimRaceOptions {
  orders: number;
  connections: number;
  /** Claims per second and seconds of the open-loop run. */
  rate: number;
  seconds: number;
  poolSize: number;
  profile: boolean;
}

export const claimRaceDefaults = (): ClaimRaceOptions => ({
  orders: 100,
  connections: Number(process.env.BENCH_CLAIM_CONNECTIONS ?? 100),
  rate: Number(process.env.BENCH_CLAIM_RATE ?? 200),
  seconds: Number(process.env.BENCH_SECONDS ?? 15),
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
    // Then the open loop's orders, after the traced claims' members.
    const openOrders = Math.ceil((opts.rate * opts.seconds) / CLAIMS_PER_ORDER);
    const members = await createMembers(
      scratch.database,
      city,
      (totalOrders + 1 + openOrders) * CLAIMS_PER_ORDER,
      { community: (i) => Math.floor(i / CLAIMS_PER_ORDER) % COMMUNITIES },
    );
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
    let open: Awaited<ReturnType<typeof claimsOpenLoop>>;
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
      open = await claimsOpenLoop(scratch, api, city, members, {
        ...opts,
        orders: openOrders,
        firstMember: (totalOrders + 1) * CLAIMS_PER_ORDER,
      });
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
      {
        bench,
        measure: 'latency p50 / p99 / max (closed loop: queueing)',
        value: `${fmt.ms(r.p50)} / ${fmt.ms(r.p99)} / ${fmt.ms(r.max)}`,
      },
      { bench, measure: 'API process CPU per claim', value: fmt.ms(cpuPerClaim) },
      {
        bench,
        measure: 'SQL statements per claim: winner / filling / loser',
        value: `${statements.winner.length} / ${statements.filling.length} / ${statements.loser.length}`,
      },
      { bench, measure: 'load average before / after the race', value: `${loadBefore} / ${loadAfter}` },
      ...open.rows,
    ];
  } finally {
    await scratch.close();
  }
}

/**
 * Claims open loop at `rate` a second on `orders` new orders of headcount 3, ten members each, sent
 * order by order; exactly three win on every order and the others get 409 order_full.
 */
async function claimsOpenLoop(
  scratch: Scratch,
  api: Service,
  city: City,
  members: BenchMember[],
  o: ClaimRaceOptions & { firstMember: number },
): Promise<{ rows: Row[] }> {
  progress(`claims: posting ${o.orders} orders for the open loop`);
  const ids: string[] = new Array(o.orders);
  await inParallel(o.orders, 10, async (j) => {
    const body = orderBody(j % COMMUNITIES, COMMUNITIES, {
      headcount: HEADCOUNT,
      location: undefined,
      title: `Claims open loop ${j}`,
    });
    ids[j] = (await postJson<{ id: string }>(api.baseUrl, '/v1/orders', city.officerKey, body)).id;
  });
  const codes = new Map<string, number>();
  progress(`claims: open loop at ${o.rate} claims/s for ${o.seconds} s (load ${loadAverage()})`);
  const cpuBefore = cpuMs(api.nodePid());
  const run = await openLoop({
    url: api.baseUrl,
    rate: o.rate,
    seconds: (o.orders * CLAIMS_PER_ORDER) / o.rate,
    connections: o.connections,
    headers: { 'content-type': 'application/json' },
    body: (k) => JSON.stringify({ memberId: members[o.firstMember + k]!.id }),
    request: (k) => ({
      path: `/v1/orders/${ids[Math.floor(k / CLAIMS_PER_ORDER)]}/claims`,
      headers: { authorization: `Bearer ${members[o.firstMember + k]!.key}` },
    }),
    onAnswer: (status, body) => {
      if (status === 201) return;
      const code = (JSON.parse(body) as { code?: string }).code ?? String(status);
      codes.set(code, (codes.get(code) ?? 0) + 1);
    },
  });
  const cpu = (cpuMs(api.nodePid()) - cpuBefore) / run.sent;
  const winners = run.statuses.get(201) ?? 0;
  const expected = o.orders * HEADCOUNT;
  const { rows } = await scratch.database.pool.query<{ held: number; filled: number }>(
    `select (select count(*)::int from claims where status = 'held' and order_id = any($1)) as held,
            (select count(*)::int from orders where id = any($1) and status = 'filled' and slots_held = $2) as filled`,
    [ids, HEADCOUNT],
  );
  if (
    winners !== expected ||
    (codes.get('order_full') ?? 0) !== run.sent - expected ||
    rows[0]!.held !== expected ||
    rows[0]!.filled !== o.orders
  )
    throw new Error(
      `claims open loop: expected ${expected} winners and ${run.sent - expected} order_full; got ${winners} and ${JSON.stringify([...codes])}, database ${JSON.stringify(rows[0])}`,
    );
  const bench = `claims open loop (${o.rate}/s, ${run.sent} claims)`;
  return {
    rows: [
      {
        bench,
        measure: 'winners / losers (409 order_full)',
        value: `${winners} / ${run.sent - winners}`,
        target: `${expected} / ${run.sent - expected}`,
        ok: true,
      },
      {
        bench,
        measure: 'latency p50 / p99 / max',
        value: `${fmt.ms(run.p50)} / ${fmt.ms(run.p99)} / ${fmt.ms(run.max)}`,
        target: 'p99 < 100 ms',
        ok: run.p99 < 100,
      },
      {
        bench,
        measure: 'API process CPU per claim; load average at the end',
        value: `${fmt.ms(cpu)}; ${loadAverage()}`,
      },
    ],
  };
}

if (isMain(import.meta.url)) await runBenches([() => benchClaimRace()]);
