import { Queue } from 'bullmq';
import { expect } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { memberReportIns, members, pairings, regions, units } from '../../src/db/schema/index.js';
import { newId } from '../../src/lib/ids.js';
import type { RedisClient } from '../../src/lib/redis.js';
import { createKey } from '../factories/index.js';
import { createServiceEnv, type ServiceEnv } from '../helpers/processes.js';

export const ORIGIN = { lat: 29.7, lng: 116 };

interface PlannedMember {
  id: string;
  /** Index into `communities`, or null for a unit member who reported in nowhere. */
  community: 0 | 1 | null;
  unit: boolean;
  skills: string[];
  homeLat: number;
  homeLng: number;
  inGrid: boolean;
}

/**
 * A small city with fixed ids, so it can be built identically in several databases: community 0
 * (with a grid) has 12 members and a paired unit with 3 more; community 1 has 4 members. Every
 * third member is a doctor; homes are spread north of ORIGIN.
 */
export function planCity() {
  const district = newId();
  const street = newId();
  const communities = [newId(), newId()] as const;
  const grid = newId();
  const unit = newId();
  const people: PlannedMember[] = [];
  const add = (community: 0 | 1 | null, unitMember: boolean) => {
    const i = people.length;
    people.push({
      id: newId(),
      community,
      unit: unitMember,
      skills: i % 3 === 0 ? ['medical'] : [],
      homeLat: ORIGIN.lat + (150 * (i + 1)) / 111_195,
      homeLng: ORIGIN.lng,
      inGrid: community === 0 && i % 2 === 0,
    });
  };
  for (let i = 0; i < 12; i++) add(0, false);
  for (let i = 0; i < 3; i++) add(null, true);
  for (let i = 0; i < 4; i++) add(1, false);
  return { district, street, communities, grid, unit, people };
}
export type CityPlan = ReturnType<typeof planCity>;

export async function seedCity(database: Database, plan: CityPlan): Promise<void> {
  const { db } = database;
  const districtPath = `${plan.district}/`;
  const streetPath = `${districtPath}${plan.street}/`;
  await db.insert(regions).values([
    { id: plan.district, level: 'district', name: 'District', path: districtPath },
    { id: plan.street, parentId: plan.district, level: 'street', name: 'Street', path: streetPath },
    ...plan.communities.map((id, i) => ({
      id,
      parentId: plan.street,
      level: 'community' as const,
      name: `Community ${i}`,
      path: `${streetPath}${id}/`,
    })),
  ]);
  await db.insert(regions).values({
    id: plan.grid,
    parentId: plan.communities[0],
    level: 'grid',
    name: 'Grid',
    path: `${streetPath}${plan.communities[0]}/${plan.grid}/`,
  });
  await db
    .insert(units)
    .values({ id: plan.unit, name: 'Hospital', kind: 'hospital', regionId: plan.district });
  await db
    .insert(pairings)
    .values({ id: newId(), unitId: plan.unit, communityId: plan.communities[0], validFrom: '2020-01-01' });
  await db.insert(members).values(
    plan.people.map((p, i) => ({
      id: p.id,
      name: `Member ${i}`,
      phone: `139${String(10_000_000 + i).slice(-8)}`,
      unitId: p.unit ? plan.unit : null,
      communityId: p.community === null ? null : plan.communities[p.community],
      gridId: p.inGrid ? plan.grid : null,
      skills: p.skills,
      homeLat: p.homeLat,
      homeLng: p.homeLng,
      maxActiveClaims: 3,
    })),
  );
  const reported = plan.people.filter((p) => p.community !== null);
  await db
    .insert(memberReportIns)
    .values(
      reported.map((p) => ({ id: newId(), memberId: p.id, communityId: plan.communities[p.community!] })),
    );
}

/**
 * A service environment on Redis servers of the test's own (`redis`), the city seeded, a staff key
 * in each of its two communities, and the variables that turn rate limits on with `staffBudget`
 * requests per staff key (anonymous readiness probes are not limited).
 */
export async function cityOnTopology(
  redis: { vars: Record<string, string>; client: RedisClient },
  staffBudget: number,
) {
  const env = await createServiceEnv({ redis });
  const plan = planCity();
  await seedCity(env.database, plan);
  const staff: [string, string] = [
    await createKey(env.database, 'community_staff', { regionId: plan.communities[0] }),
    await createKey(env.database, 'community_staff', { regionId: plan.communities[1] }),
  ];
  const vars = {
    RATE_LIMIT_ENABLED: 'true',
    RATE_LIMIT_STAFF: String(staffBudget),
    RATE_LIMIT_WINDOW_S: '900',
    RATE_LIMIT_ANONYMOUS: '100000',
  };
  return { env, plan, staff, vars };
}

/**
 * The i-th order of a batch: mostly community 0, every fifth needs a doctor, headcount 1 to 3. An
 * emergency, so each wave's offers expire within the timer horizon and its expiry timer is relayed
 * with it (one further ahead would be left to the planner).
 */
export function orderPlan(plan: CityPlan, i: number) {
  const community = i % 4 === 3 ? 1 : 0;
  const body = {
    communityId: plan.communities[community],
    categoryCode: 'home_visit',
    title: `Dispatch order ${i}`,
    description: 'generated by a fault test',
    priority: 'emergency',
    headcount: 1 + (i % 3),
    requiredSkills: i % 5 === 0 ? ['medical'] : [],
    location: ORIGIN,
    source: 'hotline',
    dispatchMode: 'auto',
    ...(community === 0 && i % 2 === 0 ? { gridId: plan.grid } : {}),
  };
  const candidates = plan.people.filter(
    (p) =>
      (p.community === community || (p.unit && community === 0)) &&
      body.requiredSkills.every((s) => p.skills.includes(s)),
  ).length;
  return { body, expectedOffers: Math.min(body.headcount * 3, candidates) };
}

/** POSTs orders `from`..`to - 1` with a few requests in flight; returns every status with its order index. */
export async function postOrders(
  baseUrl: string,
  key: string,
  plan: CityPlan,
  from: number,
  to: number,
  inFlight = 8,
  onAnswer?: (done: number) => Promise<void> | void,
) {
  const statuses: { i: number; status: number; id?: string }[] = [];
  let next = from;
  const lane = async () => {
    while (next < to) {
      const i = next++;
      const res = await fetch(`${baseUrl}/v1/orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(orderPlan(plan, i).body),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await res.json()) as { id?: string };
      statuses.push({ i, status: res.status, id: body.id });
      await onAnswer?.(statuses.length);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return statuses.sort((a, b) => a.i - b.i);
}

/** Offers per order (by the order's title index), and the member ids of each order's offers by rank. */
export async function offersByOrder(database: Database) {
  const { rows } = await database.pool.query<{
    title: string;
    match_wave: number;
    members: string[] | null;
  }>(`
    select o.title, o.match_wave, array_agg(f.member_id::text order by f.wave, f.rank) filter (where f.id is not null) as members
    from orders o left join offers f on f.order_id = o.id group by o.id`);
  return new Map(
    rows.map((r) => [Number(r.title.split(' ').at(-1)), { wave: r.match_wave, members: r.members ?? [] }]),
  );
}

/** Waits until `probe` returns true. */
export async function waitFor(
  probe: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  everyMs = 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Waits until `count` orders have had their first matching wave. */
export async function waitForMatched(env: ServiceEnv, count: number, timeoutMs: number, what: string) {
  await waitFor(
    async () => {
      const { rows } = await env.database.pool.query(
        'select count(*)::int as n from orders where match_wave > 0',
      );
      return rows[0].n === count;
    },
    timeoutMs,
    what,
  );
}

/** BullMQ's own count of a queue's jobs in the service's Redis. */
export async function jobCounts(env: ServiceEnv, queue: string) {
  const q = new Queue(queue, { connection: env.redis, prefix: env.bullPrefix });
  try {
    return await q.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
  } finally {
    await q.close();
  }
}

/**
 * What every run must end with: each order matched exactly once (wave 1), offered to as many members as
 * its first wave needs and the city has, nobody twice, every wave with its one expiry timer in BullMQ,
 * every offer announced once, and no outbox row left behind.
 */
export async function expectFirstWavesExactlyOnce(env: ServiceEnv, plan: CityPlan, count: number) {
  await waitFor(
    async () =>
      (await env.database.pool.query('select count(*)::int as n from outbox where published_at is null'))
        .rows[0].n === 0,
    30_000,
    'the outbox to be relayed',
  );
  const byOrder = await offersByOrder(env.database);
  for (let i = 0; i < count; i++) {
    const got = byOrder.get(i);
    expect({ i, wave: got?.wave, offers: got?.members.length, distinct: new Set(got?.members).size }).toEqual(
      {
        i,
        wave: 1,
        offers: orderPlan(plan, i).expectedOffers,
        distinct: orderPlan(plan, i).expectedOffers,
      },
    );
  }
  const total = [...byOrder.values()].reduce((n, o) => n + o.members.length, 0);
  const { rows } = await env.database.pool.query(`select
      (select count(*)::int from outbox where published_at is null) as unrelayed,
      (select count(*)::int from domain_events where type = 'offer.created') as announced,
      (select count(*)::int from audit_events where action = 'order.matched') as matched`);
  expect(rows[0]).toEqual({ unrelayed: 0, announced: total, matched: count });
  const waves = [...byOrder.values()].filter((o) => o.members.length > 0).length;
  expect((await jobCounts(env, 'offers')).delayed).toBe(waves);
  return byOrder;
}
