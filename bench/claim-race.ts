/**
 * `npm run bench:claims`: 1,000 claims over 100 open orders of headcount 3, ten eligible members per
 * order, each member claiming once, through the API process alone (no worker) with 100 concurrent
 * connections. Claims are sent order by order, so the ten claims of an order are in flight together.
 * Exactly 300 must win (201) and every other claim must get 409 order_full; the database must agree.
 * A warm-up race on 20 other orders runs first, so the figures are not those of a cold process.
 *
 * Env: BENCH_CLAIM_CONNECTIONS (100), BENCH_POOL_SIZE (the API's DATABASE_POOL_SIZE, 10).
 */
import autocannon from 'autocannon';
import { createCity, createMembers, orderBody } from './lib/fixtures.js';
import { inParallel, postJson } from './lib/http.js';
import { isMain, progress, runBenches } from './lib/main.js';
import { startService } from './lib/processes.js';
import { fmt, loadAverage, type Row } from './lib/report.js';
import { createScratch } from './lib/scratch.js';

const COMMUNITIES = 10;
const HEADCOUNT = 3;
const CLAIMS_PER_ORDER = 10;

export interface ClaimRaceOptions {
  orders: number;
  connections: number;
  poolSize: number;
}

export const claimRaceDefaults = (): ClaimRaceOptions => ({
  orders: 100,
  connections: Number(process.env.BENCH_CLAIM_CONNECTIONS ?? 100),
  poolSize: Number(process.env.BENCH_POOL_SIZE ?? 10),
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
    // Member i belongs to order floor(i / 10), in that order's community: eligible, with room for more claims.
    const members = await createMembers(scratch.database, city, totalOrders * CLAIMS_PER_ORDER, {
      community: (i) => Math.floor(i / CLAIMS_PER_ORDER) % COMMUNITIES,
    });
    const api = await startService('api', scratch, { vars: { DATABASE_POOL_SIZE: String(opts.poolSize) } });
    try {
      progress(`claims: posting ${totalOrders} orders of headcount ${HEADCOUNT}`);
      const orderIds: string[] = new Array(totalOrders);
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
      progress(
        `claims: ${opts.orders * CLAIMS_PER_ORDER} claims over ${opts.orders} orders, ${opts.connections} connections (load ${loadAverage()})`,
      );
      const r = await race(api.baseUrl, attemptsOf(warmupOrders, totalOrders), opts.connections);

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
      ];
    } finally {
      await api.stop();
    }
  } finally {
    await scratch.close();
  }
}

if (isMain(import.meta.url)) await runBenches([() => benchClaimRace()]);
