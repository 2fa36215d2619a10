import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/cli/demo/api-client.js';
import { PHONE_PATTERN } from '../../src/cli/demo/people.js';
import { seedDemoCity } from '../../src/cli/demo/seed.js';
import { formatSummary, summarise } from '../../src/cli/demo/sim-summary.js';
import { runSimulation } from '../../src/cli/demo/simulation.js';
import { createDatabase, type Database } from '../../src/db/client.js';
import { householdTags, resourceKinds } from '../../src/db/schema/enums.js';
import { overlappingIntervals } from '../../src/domain/opening-hours.js';
import { skills } from '../../src/domain/skills.js';
import { parseRhythm } from '../../src/modules/households/visit-rhythm.js';
import { openingIntervalSchema } from '../../src/modules/resources/resources.schemas.js';
import { resolveKey } from '../../src/plugins/auth.js';
import { createTestDatabase } from '../helpers/database.js';
import { createServiceEnv, type ServiceEnv, startService, stopAllServices } from '../helpers/processes.js';

const TABLES = [
  'regions',
  'units',
  'pairings',
  'members',
  'member_report_ins',
  'api_keys',
  'audit_events',
  'sla_policies',
  'households',
  'household_pairings',
  'resources',
];

async function rows<T = Record<string, unknown>>(
  database: Database,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await database.pool.query(text, params)).rows as T[];
}

/** Row counts and a digest of every row's content, to prove a second run changes nothing. */
async function fingerprint(database: Database) {
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    const [r] = await rows<{ n: number; digest: string }>(
      database,
      `select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as digest from ${t} x`,
    );
    out[t] = `${r!.n} ${r!.digest}`;
  }
  return out;
}

/** Rows of `table` whose point lies farther from the centre of their community than its radius. */
async function outsideCommunity(database: Database, table: string, lat: string, lng: string) {
  const [r] = await rows<{ n: number }>(
    database,
    `select count(*)::int as n from ${table} x join regions c on c.id = x.community_id
     where 6371000 * 2 * asin(sqrt(power(sin(radians(x.${lat} - c.center_lat) / 2), 2)
       + cos(radians(c.center_lat)) * cos(radians(x.${lat})) * power(sin(radians(x.${lng} - c.center_lng) / 2), 2))) > c.radius_m + 1`,
  );
  return r!.n;
}

/** Communities and grids under the district of that name. */
async function cityCounts(database: Database, district: string) {
  const [r] = await rows<Record<string, number>>(
    database,
    `with d as (select path from regions where level = 'district' and name = $1)
     select (select count(*)::int from regions r, d where r.level = 'street' and r.path like d.path || '%') as streets,
            (select count(*)::int from regions r, d where r.level = 'community' and r.path like d.path || '%') as communities,
            (select count(*)::int from regions r, d where r.level = 'grid' and r.path like d.path || '%') as grids,
            (select count(distinct p.unit_id)::int from pairings p join regions c on c.id = p.community_id, d where c.path like d.path || '%') as units,
            (select coalesce(sum(u.expected_members), 0)::int from units u where u.id in (select p.unit_id from pairings p join regions c on c.id = p.community_id, d where c.path like d.path || '%')) as expected,
            (select count(*)::int from members m join regions c on c.id = m.community_id, d where c.path like d.path || '%') as members`,
    [district],
  );
  return r!;
}

describe('demo seed', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let database: Database;
  let dir: string;
  let keysFile: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    database = createDatabase(db.url, 4);
    dir = await mkdtemp(join(tmpdir(), 'wd-demo-'));
    keysFile = join(dir, 'nested', 'keys.json');
  });
  afterAll(async () => {
    await database.close();
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('builds Dongfang and Xunyang from the real figures, every member reported in and every unit paired', async () => {
    const report = await seedDemoCity(database, { keysFile });
    expect(report.inserted).toMatchObject({
      regions: 471,
      units: 263,
      members: 8_700,
      reportIns: 8_700,
      households: 1_389,
      householdPairings: 1_389,
      resources: 32,
      apiKeys: 350,
    });

    const dongfang = await cityCounts(database, '东方市');
    expect(dongfang).toMatchObject({ streets: 1, communities: 7, grids: 89, units: 143, members: 5_600 });
    expect(dongfang.expected).toBeGreaterThanOrEqual(5_600);
    expect(dongfang.expected).toBeLessThan(5_800);
    const xunyang = await cityCounts(database, '浔阳区');
    expect(xunyang).toMatchObject({ streets: 5, communities: 72, grids: 295, units: 120, members: 3_100 });
    const perStreet = await rows<{ n: number }>(
      database,
      `select count(c.*)::int as n from regions s join regions c on c.parent_id = s.id where s.level = 'street' group by s.id order by n`,
    );
    expect(perStreet.map((r) => r.n)).toEqual([7, 14, 14, 14, 15, 15]);
    const dongfangGrids = await rows<{ n: number }>(
      database,
      `select count(g.*)::int as n from regions c join regions g on g.parent_id = c.id join regions s on s.id = c.parent_id
       where s.name = '八所镇' group by c.id order by n desc`,
    );
    expect(dongfangGrids.map((r) => r.n)).toEqual([13, 13, 13, 13, 13, 12, 12]);

    const [checks] = await rows<Record<string, number>>(
      database,
      `select
         (select count(*)::int from members) as members,
         (select count(*)::int from members m where m.community_id is null or not exists (
            select 1 from member_report_ins r where r.member_id = m.id and r.community_id = m.community_id and r.left_at is null)) as not_reported_in,
         (select count(*)::int from members m join regions g on g.id = m.grid_id where g.parent_id <> m.community_id) as grid_elsewhere,
         (select count(*)::int from members where grid_id is null or home_lat is null or unit_id is null) as incomplete,
         (select count(*)::int from members where max_active_claims not between 2 and 5) as bad_capacity,
         (select count(distinct phone)::int from members) as distinct_phones,
         (select count(*)::int from units u where not exists (select 1 from pairings p where p.unit_id = u.id)) as unpaired_units,
         (select max(n)::int from (select count(*) as n from pairings group by unit_id) x) as max_pairings,
         (select count(*)::int from pairings where valid_from <> '2024-01-01' or valid_to is not null) as odd_pairings,
         (select count(*)::int from regions c where c.level = 'community' and not exists (select 1 from pairings p where p.community_id = c.id)) as unpaired_communities,
         (select count(*)::int from regions where level in ('community', 'grid') and (center_lat is null or radius_m is null)) as no_centre`,
    );
    expect(checks).toEqual({
      members: 8_700,
      not_reported_in: 0,
      grid_elsewhere: 0,
      incomplete: 0,
      bad_capacity: 0,
      distinct_phones: 8_700,
      unpaired_units: 0,
      max_pairings: 2,
      odd_pairings: 0,
      unpaired_communities: 0,
      no_centre: 0,
    });

    const phones = await rows<{ phone: string }>(database, 'select phone from members');
    expect(phones.filter((p) => !PHONE_PATTERN.test(p.phone))).toEqual([]);

    // Homes lie around the community they report in to, within its radius.
    expect(await outsideCommunity(database, 'members', 'home_lat', 'home_lng')).toBe(0);

    // Skills follow the unit: doctors in hospitals, teachers in schools, lawyers in the courts.
    const byKind = await rows<{ kind: string; medical: number; teaching: number; legal: number }>(
      database,
      `select u.kind, avg(('medical' = any(m.skills))::int)::float8 as medical, avg(('teaching' = any(m.skills))::int)::float8 as teaching,
              avg(('legal' = any(m.skills))::int)::float8 as legal
       from members m join units u on u.id = m.unit_id group by u.kind`,
    );
    const kind = (k: string) => byKind.find((r) => r.kind === k)!;
    expect(kind('hospital').medical).toBeGreaterThan(0.75);
    expect(kind('school').teaching).toBeGreaterThan(0.75);
    expect(kind('agency').legal).toBeGreaterThan(kind('school').legal);
    const unknownSkills = await rows(
      database,
      'select s from members, unnest(skills) s where not (s = any($1::text[]))',
      [[...skills]],
    );
    expect(unknownSkills).toEqual([]);

    const [policy] = await rows<{ claim_within_s: number }>(
      database,
      `select claim_within_s from sla_policies where category_code = 'errand' and priority = 'urgent'`,
    );
    expect(policy!.claim_within_s).toBe(30);
  }, 120_000);

  it("pairs Xunyang's 1,389 households with members of the units paired with their community, for monthly visits", async () => {
    const perDistrict = await rows<{ name: string; n: number }>(
      database,
      `select d.name, count(h.*)::int as n from regions d left join households h on h.region_path like d.path || '%'
       where d.level = 'district' group by d.name`,
    );
    expect(Object.fromEntries(perDistrict.map((d) => [d.name, d.n]))).toEqual({ 东方市: 0, 浔阳区: 1_389 });

    // What the pairings service would have refused (docs/households.md): none of it.
    const [checks] = await rows<Record<string, number>>(
      database,
      `select
         (select count(*)::int from households h where (select count(*) from household_pairings p
            where p.household_id = h.id and p.status = 'active') <> 1) as not_one_pairing,
         (select count(*)::int from household_pairings p join households h on h.id = p.household_id
            join regions c on c.id = h.community_id
            where p.community_id <> h.community_id or p.region_path <> h.region_path or h.region_path <> c.path
               or c.level <> 'community') as elsewhere,
         (select count(*)::int from household_pairings p join households h on h.id = p.household_id
            join members m on m.id = p.member_id
            where m.status <> 'active' or m.erased_at is not null or not exists (
              select 1 from pairings u where u.unit_id = m.unit_id and u.community_id = h.community_id
                and u.valid_from <= current_date and (u.valid_to is null or u.valid_to >= current_date))) as member_not_fit,
         (select count(*)::int from household_pairings p where not exists (select 1 from sla_policies s
            where s.category_code = p.category_code and s.priority = 'routine')) as no_routine_policy,
         (select count(*)::int from household_pairings where publish_from < starts_at or publish_from <> created_at
            or replaces_id is not null or ended_at is not null or visit_duration_s not in (3600, 5400)) as odd_pairings,
         (select max(n)::int from (select count(*) as n from household_pairings group by member_id) x) as most_per_member,
         (select count(*)::int from households where name = '' or address is null or lat is null or needs is null
            or cardinality(tags) = 0 or erased_at is not null) as incomplete,
         (select count(*)::int from households h join members m on m.phone = h.phone) as phones_of_members,
         (select count(*)::int from visits) as visits`,
    );
    expect(checks).toEqual({
      not_one_pairing: 0,
      elsewhere: 0,
      member_not_fit: 0,
      no_routine_policy: 0,
      odd_pairings: 0,
      most_per_member: expect.any(Number),
      incomplete: 0,
      phones_of_members: 0,
      visits: 0,
    });
    expect(checks!.most_per_member).toBeLessThanOrEqual(3);

    // Monthly, on a day of the month every month has, at a daytime hour in Xunyang (UTC+8).
    const pairings = await rows<{ rrule: string; starts_at: Date; category_code: string }>(
      database,
      'select rrule, starts_at, category_code from household_pairings',
    );
    for (const p of pairings) {
      expect(p.rrule).toMatch(/^FREQ=MONTHLY;BYMONTHDAY=([1-9]|1[0-9]|2[0-8])$/);
      expect(() => parseRhythm(p.rrule, p.starts_at)).not.toThrow();
      expect((p.starts_at.getUTCHours() + 8) % 24).toBeGreaterThanOrEqual(9);
      expect((p.starts_at.getUTCHours() + 8) % 24).toBeLessThanOrEqual(16);
    }
    expect(new Set(pairings.map((p) => p.category_code))).toEqual(new Set(['home_visit', 'poverty_pairing']));

    const households = await rows<{ phone: string | null; tags: string[] }>(
      database,
      'select phone, tags from households',
    );
    expect(households.filter((h) => h.phone !== null && !PHONE_PATTERN.test(h.phone))).toEqual([]);
    expect(
      households.filter((h) => h.tags.some((t) => !(householdTags as readonly string[]).includes(t))),
    ).toEqual([]);
    for (const tag of householdTags)
      expect(
        households.some((h) => h.tags.includes(tag)),
        tag,
      ).toBe(true);
    expect(await outsideCommunity(database, 'households', 'lat', 'lng')).toBe(0);
  });

  it('opens a few dozen resources of the units, with opening hours the resources service accepts', async () => {
    const resources = await rows<{
      kind: string;
      capacity: number;
      time_zone: string;
      opening_hours: unknown[];
      bookable_by: string;
      owner_level: string;
      district: string;
    }>(
      database,
      `select r.kind, r.capacity, r.time_zone, r.opening_hours, r.bookable_by, ur.level as owner_level, d.name as district
       from resources r join units u on u.id = r.owner_unit_id join regions ur on ur.id = u.region_id
       join regions d on d.level = 'district' and ur.path like d.path || '%'
       where r.owner_community_id is null and r.active and r.version = 1`,
    );
    expect(resources.length).toBeGreaterThanOrEqual(24);
    expect(resources.filter((r) => r.district === '浔阳区').length).toBe(resources.length / 2);
    expect(new Set(resources.map((r) => r.kind))).toEqual(new Set(resourceKinds));
    for (const r of resources) {
      expect(r.time_zone).toBe('Asia/Shanghai');
      const hours = r.opening_hours.map((h) => openingIntervalSchema.parse(h));
      expect(hours.length).toBeGreaterThan(0);
      expect(overlappingIntervals(hours)).toBeNull();
      expect(r.capacity).toBeGreaterThanOrEqual(1);
      // A street rule needs an owner inside a street (the service refuses it for a district's unit).
      if (r.bookable_by === 'street') expect(r.owner_level).toBe('street');
    }
  });

  it('writes the keys once to the keys file; each works with its role and scope', async () => {
    const keys = JSON.parse(await readFile(keysFile, 'utf8'));
    expect((await stat(keysFile)).mode & 0o777).toBe(0o600);
    expect(Object.keys(keys.streets)).toHaveLength(6);
    expect(Object.keys(keys.communities)).toHaveLength(79);
    expect(Object.keys(keys.units)).toHaveLength(263);
    const now = new Date();
    expect(await resolveKey(database.db, keys.admin, now)).toMatchObject({ role: 'admin' });
    expect(await resolveKey(database.db, keys.ops, now)).toMatchObject({ role: 'ops', regionId: null });
    const [communityId, community] = Object.entries(keys.communities)[0] as [string, { key: string }];
    expect(await resolveKey(database.db, community.key, now)).toMatchObject({
      role: 'community_staff',
      regionId: communityId,
    });
    const [unitId, unit] = Object.entries(keys.units)[0] as [string, { key: string }];
    expect(await resolveKey(database.db, unit.key, now)).toMatchObject({ role: 'unit_admin', unitId });
    const [streetId, street] = Object.entries(keys.streets)[0] as [string, { key: string }];
    expect(await resolveKey(database.db, street.key, now)).toMatchObject({
      role: 'street_officer',
      regionId: streetId,
    });
  });

  it('a second run adds nothing and changes nothing, and keeps the keys file', async () => {
    const before = await fingerprint(database);
    const keysBefore = await readFile(keysFile, 'utf8');
    const report = await seedDemoCity(database, { keysFile });
    expect(report.inserted).toEqual({
      regions: 0,
      units: 0,
      pairings: 0,
      members: 0,
      reportIns: 0,
      households: 0,
      householdPairings: 0,
      resources: 0,
      slaPolicies: 0,
      apiKeys: 0,
    });
    expect(report.keys.created).toBe(false);
    expect(await fingerprint(database)).toEqual(before);
    expect(await readFile(keysFile, 'utf8')).toBe(keysBefore);
  }, 120_000);
});

describe('demo simulation', () => {
  let env: ServiceEnv;
  let dir: string;
  afterAll(async () => {
    await stopAllServices();
    await env?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('posts whistles, records household visits, books resources, answers and rates escalations, and ranks the streets', async () => {
    env = await createServiceEnv();
    dir = await mkdtemp(join(tmpdir(), 'wd-demo-sim-'));
    const keysFile = join(dir, 'keys.json');
    const seeded = await seedDemoCity(env.database, { keysFile });
    const keys = seeded.keys.keys!;
    // The sweep runs every two seconds instead of every minute, so a new pairing's visit is out at once.
    const service = await startService('both', env, { vars: { VISIT_SWEEP_EVERY_MS: '2000' } });
    const api = createApiClient(service.baseUrl);

    // Whatever the hour of the test, one visit falls inside the run: a second member of a household's
    // community is paired with it, the first visit a few seconds from now.
    const [pick] = await rows<{ household_id: string; community_id: string; member_id: string }>(
      env.database,
      `select h.id as household_id, h.community_id, m.id as member_id from households h
       join members m on m.community_id = h.community_id
       where not exists (select 1 from household_pairings p where p.household_id = h.id and p.member_id = m.id)
       order by h.id, m.id limit 1`,
    );
    const staffKey = keys.communities[pick!.community_id]!.key;
    const paired = await api.call('POST', `/v1/households/${pick!.household_id}/pairings`, staffKey, {
      body: {
        memberId: pick!.member_id,
        rrule: 'FREQ=MONTHLY',
        startsAt: new Date(Math.ceil(Date.now() / 1000) * 1000 + 8_000).toISOString(),
        visitMinutes: 30,
        categoryCode: 'home_visit',
      },
      headers: { 'idempotency-key': 'demo-test-pairing' },
    });
    expect(paired.status, JSON.stringify(paired.body)).toBe(201);

    // And an order the community's staff whistle to the street: its officers have an escalation to answer.
    const order = await api.call('POST', '/v1/orders', staffKey, {
      body: {
        communityId: pick!.community_id,
        categoryCode: 'errand',
        title: '楼道灯坏了三天',
        description: '三单元楼道灯不亮，老人夜里上下楼不安全。',
        priority: 'routine',
        headcount: 1,
        source: 'grid_patrol',
        dispatchMode: 'open',
      },
      headers: { 'idempotency-key': 'demo-test-order' },
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const whistled = await api.call('POST', `/v1/orders/${order.body.id}/whistle`, staffKey, {
      body: { reason: '三天没人来修' },
      headers: { 'idempotency-key': 'demo-test-whistle' },
    });
    expect(whistled.status, JSON.stringify(whistled.body)).toBe(201);

    const run = await runSimulation({
      baseUrl: service.baseUrl,
      keys,
      db: env.database.db,
      orders: 20,
      bookings: 8,
      minutes: 1,
      rate: 20,
      seed: 7,
    });

    const [counts] = await rows<{ orders: number; claimed: number; claims: number }>(
      env.database,
      `select count(*)::int as orders, count(first_claimed_at)::int as claimed,
              (select count(*)::int from claims where order_id = any($1::uuid[])) as claims
       from orders where id = any($1::uuid[])`,
      [run.orders.map((o) => o.id)],
    );
    expect(run.tally.posted).toBeGreaterThan(0);
    expect(counts!.orders).toBe(run.tally.posted);
    expect(counts!.claimed).toBeGreaterThanOrEqual(1);
    expect(counts!.claims).toBeGreaterThanOrEqual(counts!.claimed);
    expect(run.failures).toEqual([]);

    // The paired member took the visit the sweep published and recorded it at its time.
    const [visit] = await rows<{ status: string; member_id: string }>(
      env.database,
      `select o.status, c.member_id from visits v join orders o on o.id = v.order_id
       join claims c on c.order_id = o.id where v.pairing_id = $1`,
      [paired.body.id],
    );
    expect(visit).toMatchObject({ member_id: pick!.member_id });
    expect(['completed', 'verified']).toContain(visit!.status);
    expect(run.tally.visitsRecorded).toBeGreaterThanOrEqual(1);
    expect(run.visits.some((v) => v.visit!.memberId === pick!.member_id)).toBe(true);
    expect(run.orders.map((o) => o.id)).not.toContain(run.visits[0]!.id);

    // Bookings through the API, each answered 201 or refused for a taken slot.
    const [bookings] = await rows<{ n: number; held: number }>(
      env.database,
      `select count(*)::int as n, (count(*) filter (where status in ('requested', 'approved', 'confirmed')))::int as held
       from bookings`,
    );
    expect(run.tally.bookingsMade).toBeGreaterThanOrEqual(1);
    expect(bookings!.n).toBe(run.tally.bookingsMade);
    expect(bookings!.held).toBe(run.tally.bookingsMade - run.tally.bookingsRejected);
    expect(run.tally.bookingsMade + run.tally.bookingsRefused).toBeLessThanOrEqual(8);

    // The street's officers answered the whistle; the community's staff rated the answer.
    const [escalation] = await rows<{
      status: string;
      answer_rating: number | null;
      assign_unit_ids: string[];
    }>(env.database, 'select status, answer_rating, assign_unit_ids from escalations where id = $1', [
      whistled.body.escalation.id,
    ]);
    expect(escalation!.status).toBe('responded');
    expect(escalation!.assign_unit_ids.length).toBeGreaterThanOrEqual(1);
    expect(escalation!.answer_rating).toBeGreaterThanOrEqual(1);
    expect(run.tally.answersRated).toBeGreaterThanOrEqual(1);

    // The summary: the month's visits and the streets ranked by the three rates.
    const summary = await summarise(env.database.db, service.baseUrl, keys.admin, run);
    expect(summary.visits).toMatchObject({ visited: expect.any(Number), due: expect.any(Number) });
    expect(typeof summary.ranking).not.toBe('string');
    const ranking = summary.ranking as Exclude<typeof summary.ranking, string>;
    expect(ranking.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ranking.rows.map((r) => r.name)).toContain('甘棠街道');
    expect(ranking.rows.reduce((n, r) => n + r.counts.published, 0)).toBeGreaterThanOrEqual(run.tally.posted);
    const text = formatSummary(summary, run, {
      baseUrl: service.baseUrl,
      keysFile,
      minutes: 1,
      requested: 20,
    });
    expect(text).toContain("The month's three rates (三率)");
    expect(text).toMatch(/household visits +[1-9]/);
  }, 180_000);
});
