import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/db/exec.js';
import { orders } from '../../src/db/schema/index.js';
import { distanceM } from '../../src/domain/geo.js';
import { rankCandidates, scoreOf, scoreParts } from '../../src/domain/match-score.js';
import { newId } from '../../src/lib/ids.js';
import { type Attempt, unreadMetres } from '../../src/modules/offers/matching.candidates.repo.js';
import {
  type Candidate,
  type CandidateRow,
  findCandidates,
  toCandidate,
} from '../../src/modules/offers/matching.repo.js';
import { memberInReach } from '../../src/modules/orders/reach.repo.js';
import { type City, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { ORIGIN } from './matching-fixtures.js';

/**
 * Candidates are chosen and ranked in Postgres. Against a crowd of random members (random homes,
 * skills, grids, units, claim histories, offers pending elsewhere, offers and claims on the order
 * itself), for orders of every shape at every escalation level and for every way of reading (all at
 * once, nearest first, narrow reads that must widen), the wave is exactly what ranking every
 * eligible member by match-score.ts gives: the same members, in the same order, with the same score
 * parts. The oracle is the candidate read as it was before: every eligible member with its history
 * counted from its claims, ranked in JS.
 */

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SKILLS = ['medical', 'driving', 'legal', 'it', 'cooking'];
const MEMBERS = 1_500;
const PENDING_WEIGHT = 0.3;

describe('candidates chosen and ranked in Postgres', () => {
  let ctx: TestContext;
  let city: City;
  const rnd = random(20261206);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

  async function insertOrder(o: Record<string, unknown>): Promise<string> {
    const id = newId();
    await ctx.database.db.insert(orders).values({
      id,
      communityId: city.communityA1.id,
      regionPath: city.communityA1.path,
      categoryCode: 'home_visit',
      title: 'Crowd order',
      description: 'x',
      priority: 'routine',
      headcount: 3,
      source: 'walk_in',
      dispatchMode: 'auto',
      status: 'open',
      ...o,
    });
    return id;
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    const now = ctx.clock.now();
    const past = await Promise.all(
      Array.from({ length: 6 }, () => insertOrder({ status: 'verified', dispatchMode: 'open' })),
    );
    const places = [
      { communityId: city.communityA1.id, grids: [city.gridA1.id, null] },
      { communityId: city.communityA2.id, grids: [null] },
      { communityId: city.communityB1.id, grids: [city.gridB1.id, null] },
      { communityId: null, grids: [null] },
    ];
    const rows = Array.from({ length: MEMBERS }, (_, i) => {
      const place = pick(places);
      const unitId = pick([null, null, city.unitA.id, city.unitB.id]);
      const skills = SKILLS.filter(() => rnd() < 0.35);
      // Homes within 8 km of the origin, on a few shared spots too (ties), a few unknown.
      const spot = rnd();
      const home =
        spot < 0.05
          ? { lat: null, lng: null }
          : spot < 0.15
            ? { lat: ORIGIN.lat + 0.002, lng: ORIGIN.lng }
            : { lat: ORIGIN.lat + (rnd() - 0.5) * 0.14, lng: ORIGIN.lng + (rnd() - 0.5) * 0.16 };
      const max = 1 + Math.floor(rnd() * 3);
      return {
        id: newId(),
        name: `Crowd ${i}`,
        phone: `138${String(10_000_000 + i).slice(-8)}`,
        unit_id: place.communityId === null && unitId === null ? city.unitA.id : unitId,
        community_id: place.communityId,
        grid_id: pick(place.grids),
        skills,
        home_lat: home.lat,
        home_lng: home.lng,
        max_active_claims: max,
        active_claims: rnd() < 0.2 ? max : Math.floor(rnd() * max),
        available: rnd() < 0.9,
        status: rnd() < 0.95 ? 'active' : 'inactive',
      };
    });
    await ctx.database.pool.query(
      `insert into members (id, name, phone, unit_id, community_id, grid_id, skills, home_lat, home_lng,
         max_active_claims, active_claims, available, status)
       select id, name, phone, unit_id, community_id, grid_id, skills, home_lat, home_lng,
         max_active_claims, active_claims, available, status
         from jsonb_to_recordset($1::jsonb) as r(id uuid, name text, phone text, unit_id uuid, community_id uuid,
           grid_id uuid, skills text[], home_lat float8, home_lng float8, max_active_claims int,
           active_claims int, available bool, status text)`,
      [JSON.stringify(rows)],
    );
    // Histories: completed work (recent or not, with or without approved hours), withdrawals, no-shows.
    const claims = [];
    for (const m of rows) {
      if (rnd() < 0.6) continue;
      for (const orderId of past) {
        if (rnd() < 0.5) continue;
        const status = pick(['completed', 'completed', 'withdrawn', 'no_show', 'released', 'cancelled']);
        const at = new Date(now.getTime() - rnd() * 60 * 86_400_000).toISOString();
        claims.push({
          id: newId(),
          order_id: orderId,
          member_id: m.id,
          status,
          approved_hours: status === 'completed' && rnd() < 0.8 ? Math.round(rnd() * 1600) / 100 : null,
          completed_at: status === 'completed' ? at : null,
        });
      }
    }
    await ctx.database.pool.query(
      `insert into claims (id, order_id, member_id, status, approved_hours, completed_at)
       select id, order_id, member_id, status, approved_hours, completed_at
         from jsonb_to_recordset($1::jsonb) as r(id uuid, order_id uuid, member_id uuid, status text,
           approved_hours numeric, completed_at timestamptz)`,
      [JSON.stringify(claims)],
    );
    // Offers pending elsewhere, some already due (they no longer count).
    const elsewhere = await Promise.all(Array.from({ length: 5 }, () => insertOrder({})));
    const offerRows = [];
    for (const m of rows) {
      if (rnd() < 0.7) continue;
      for (const orderId of elsewhere) {
        if (rnd() < 0.5) continue;
        offerRows.push({
          id: newId(),
          order_id: orderId,
          member_id: m.id,
          expires_at: new Date(now.getTime() + (rnd() < 0.8 ? 1 : -1) * 3_600_000).toISOString(),
        });
      }
    }
    await ctx.database.pool.query(
      `insert into offers (id, order_id, member_id, wave, rank, status, score, score_parts, expires_at)
       select id, order_id, member_id, 1, 1, 'pending', 0.5, '{}'::jsonb, expires_at
         from jsonb_to_recordset($1::jsonb) as r(id uuid, order_id uuid, member_id uuid, expires_at timestamptz)`,
      [JSON.stringify(offerRows)],
    );
    crowd = rows.map((r) => r.id);
  });
  afterAll(async () => ctx.close());

  let crowd: string[] = [];

  /** The candidate read as it was: every eligible member, history counted from its claims. */
  async function oracle(orderId: string): Promise<Candidate[]> {
    const now = ctx.clock.now();
    const since = new Date(now.getTime() - 30 * 86_400_000);
    const { rows } = await execute<Omit<CandidateRow, 'score'>>(
      ctx.database.db,
      sql`select m.id, m.unit_id, m.grid_id, m.skills, m.home_lat, m.home_lng,
          coalesce(s.recent_hours, 0)::float8 as recent_hours, s.completions, s.withdrawals, s.no_shows,
          (select count(*)::int from (select 1 from offers p
            where p.member_id = m.id and p.status = 'pending' and p.expires_at > ${now}::timestamptz
              and p.order_id <> o.id limit 3) p) as pending_elsewhere
        from orders o join members m on ${memberInReach('o', 'm', now)}
          and m.status = 'active' and m.skills @> o.required_skills
        cross join lateral (
          select sum(c.approved_hours) filter (where c.status = 'completed' and c.completed_at >= ${since}::timestamptz) as recent_hours,
            count(*) filter (where c.status = 'completed')::int as completions,
            count(*) filter (where c.status = 'withdrawn')::int as withdrawals,
            count(*) filter (where c.status = 'no_show')::int as no_shows
          from claims c where c.member_id = m.id) s
        where o.id = ${orderId} and m.available and m.active_claims < m.max_active_claims
          and not exists (select 1 from offers f where f.order_id = o.id and f.member_id = m.id)
          and not exists (select 1 from claims c where c.order_id = o.id and c.member_id = m.id
            and c.status in ('waitlisted','held','checked_in','completed'))
          and (o.window_starts_at is null or not exists (
            select 1 from claims c join orders x on x.id = c.order_id
             where c.member_id = m.id and c.status in ('held','checked_in') and x.id <> o.id
               and x.window_starts_at < o.window_ends_at and x.window_ends_at > o.window_starts_at))`,
    );
    return rows.map((r) => toCandidate({ ...r, score: Number.NaN }));
  }

  const attemptSets: Record<string, Attempt[] | undefined> = {
    default: undefined,
    'everyone checked': [{ mode: 'local', checked: null }],
    'narrow local, widening': [
      { mode: 'local', checked: { perOffer: 0, plus: 1 } },
      { mode: 'local', checked: { perOffer: 1, plus: 0 } },
      { mode: 'local', checked: null },
    ],
    'narrow nearest, widening': [
      // The walk stopped by its scan before anyone eligible, before `nearest` of them, then by `nearest`.
      { mode: 'near', nearest: 3, scan: 2, checked: { perOffer: 1, plus: 0 } },
      { mode: 'near', nearest: 40, scan: 60, checked: { perOffer: 1, plus: 2 } },
      { mode: 'near', nearest: 60, scan: 4_000, checked: { perOffer: 2, plus: 8 } },
      { mode: 'near', nearest: 4_000, scan: 40_000, checked: { perOffer: 2, plus: 8 } },
      { mode: 'local', checked: null },
    ],
  };

  it('offers the same members, in the same order, with the same score parts, as ranking everyone in JS', async () => {
    const now = ctx.clock.now();
    // An offer and a live claim on each order, and a member busy in the windowed order's window.
    const clash = await insertOrder({
      status: 'filled',
      windowStartsAt: new Date(now.getTime() + 3_600_000),
      windowEndsAt: new Date(now.getTime() + 3 * 3_600_000),
    });
    const shapes: Record<string, unknown>[] = [
      { requiredSkills: ['medical'], lat: ORIGIN.lat, lng: ORIGIN.lng, gridId: city.gridA1.id },
      { requiredSkills: [], lat: ORIGIN.lat + 0.01, lng: ORIGIN.lng - 0.01 },
      { requiredSkills: ['medical', 'driving', 'medical'], lat: ORIGIN.lat, lng: ORIGIN.lng },
      { requiredSkills: ['it'], lat: null, lng: null, gridId: city.gridA1.id },
      {
        requiredSkills: ['cooking'],
        lat: ORIGIN.lat - 0.02,
        lng: ORIGIN.lng,
        windowStartsAt: new Date(now.getTime() + 2 * 3_600_000),
        windowEndsAt: new Date(now.getTime() + 4 * 3_600_000),
      },
      {
        requiredSkills: ['legal'],
        dispatchMode: 'targeted',
        targetUnitIds: [city.unitB.id],
        lat: ORIGIN.lat,
        lng: ORIGIN.lng,
      },
    ];
    let compared = 0;
    for (const [i, shape] of shapes.entries()) {
      const orderId = await insertOrder(shape);
      const others = crowd.slice(i * 40, i * 40 + 40);
      await ctx.database.pool.query(
        `insert into offers (id, order_id, member_id, wave, rank, status, score, score_parts, expires_at)
         select gen_random_uuid(), $1, m, 1, 1, 'declined', 0.5, '{}'::jsonb, now() from unnest($2::uuid[]) m`,
        [orderId, others.slice(0, 20)],
      );
      await ctx.database.pool.query(
        `insert into claims (id, order_id, member_id, status) select gen_random_uuid(), $1, m, 'held' from unnest($2::uuid[]) m;`,
        [orderId, others.slice(20, 30)],
      );
      await ctx.database.pool.query(
        `insert into claims (id, order_id, member_id, status) select gen_random_uuid(), $1, m, 'held' from unnest($2::uuid[]) m`,
        [clash, others.slice(30, 40)],
      );
      for (const level of [0, 1, 2]) {
        await ctx.database.pool.query('update orders set escalation_level = $2 where id = $1', [
          orderId,
          level,
        ]);
        const [order] = await ctx.database.db.select().from(orders).where(eq(orders.id, orderId));
        if (!order) throw new Error('order not found');
        const features = {
          requiredSkills: order.requiredSkills,
          location: order.lat !== null && order.lng !== null ? { lat: order.lat, lng: order.lng } : null,
          gridId: order.gridId,
        };
        const everyone = rankCandidates(features, await oracle(orderId), {
          pendingElsewhere: PENDING_WEIGHT,
        });
        const label = (extra: string) => `order ${i} at level ${level}, ${extra}`;
        expect(everyone.length, label('eligible')).toBeGreaterThan(10);
        const strip = (list: typeof everyone) =>
          list.map((r) => ({ member: r.candidate.memberId, score: r.score, parts: r.parts }));
        for (const need of [1, 3, 9, 40]) {
          for (const [name, attempts] of Object.entries(attemptSets)) {
            const found = await findCandidates(
              ctx.database.db,
              order,
              need,
              { now, pendingWeight: PENDING_WEIGHT },
              attempts,
            );
            const wave = rankCandidates(features, found, { pendingElsewhere: PENDING_WEIGHT }).slice(0, need);
            expect(strip(wave), label(`need ${need}, ${name}`)).toEqual(strip(everyone.slice(0, need)));
            // The features Postgres read are those counted from the claims and offers.
            const truth = new Map(everyone.map((r) => [r.candidate.memberId, r.candidate]));
            for (const c of found) expect({ ...c, sqlScore: Number.NaN }).toEqual(truth.get(c.memberId));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBe(shapes.length * 3 * 4 * Object.keys(attemptSets).length);
    // Some 400 reads of a crowd of 1,500: more than the default per-test time on a busy machine.
  }, 240_000);

  it('computes every member’s score as match-score.ts does, to within 1e-12', async () => {
    const now = ctx.clock.now();
    const orderId = await insertOrder({
      requiredSkills: [],
      lat: ORIGIN.lat + 0.003,
      lng: ORIGIN.lng + 0.004,
      gridId: city.gridB1.id,
      escalationLevel: 2,
    });
    const [order] = await ctx.database.db.select().from(orders).where(eq(orders.id, orderId));
    if (!order) throw new Error('order not found');
    const found = await findCandidates(
      ctx.database.db,
      order,
      MEMBERS,
      { now, pendingWeight: PENDING_WEIGHT },
      [{ mode: 'local', checked: null }],
    );
    const truth = await oracle(orderId);
    expect(found.length).toBe(truth.length);
    const features = {
      requiredSkills: order.requiredSkills,
      location: { lat: order.lat!, lng: order.lng! },
      gridId: order.gridId,
    };
    let equal = 0;
    for (const c of found) {
      const js = scoreOf(scoreParts(features, c), { pendingElsewhere: PENDING_WEIGHT });
      expect(Math.abs(c.sqlScore - js), c.memberId).toBeLessThan(1e-12);
      if (c.sqlScore === js) equal += 1;
    }
    // Most are equal to the last bit; the rest differ in the last bits of the trigonometry.
    expect(equal).toBeGreaterThan(found.length / 2);
  });

  it('bounds how near a member can be from its distance in degrees, anywhere on earth', async () => {
    // Orders anywhere (poles and the antimeridian included), members from metres to thousands of
    // kilometres away in every direction: no member is nearer than the bound its degrees give.
    const { rows } = await execute<{
      lat: number;
      lng: number;
      home_lat: number;
      home_lng: number;
      bound: number;
    }>(
      ctx.database.db,
      sql`with q as (
          select greatest(-90, least(90, (random() - 0.5) * 180 * (1 + random()))) as lat,
                 greatest(-180, least(180, (random() - 0.5) * 360 * (1 + random()))) as lng,
                 power(10, random() * 6 - 4) * (random() - 0.5) as dlat, power(10, random() * 6 - 4) * (random() - 0.5) as dlng
            from generate_series(1, 20000) i),
        m as (select q.*, greatest(-90, least(90, q.lat + q.dlat)) as home_lat,
                 greatest(-180, least(180, q.lng + q.dlng)) as home_lng from q)
        select lat, lng, home_lat, home_lng,
          ${unreadMetres(sql`(point(home_lat, home_lng) <-> point(lat, lng))`)} as bound from m q`,
    );
    let city = 0;
    let tight = 0;
    for (const r of rows) {
      const d = distanceM({ lat: r.lat, lng: r.lng }, { lat: r.home_lat, lng: r.home_lng });
      expect(r.bound, JSON.stringify(r)).toBeLessThanOrEqual(d);
      if (Math.abs(r.lat) > 60 || Math.abs(r.lng) > 170 || d > 20_000) continue;
      city += 1;
      if (r.bound > 0.4 * d) tight += 1;
    }
    // And worth having in a city away from the poles: every bound there is over 40 % of the distance.
    expect(city).toBeGreaterThan(1000);
    expect(tight).toBe(city);
  });
});
