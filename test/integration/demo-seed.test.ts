import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE_PATTERN } from '../../src/cli/demo/people.js';
import { seedDemoCity } from '../../src/cli/demo/seed.js';
import { runSimulation } from '../../src/cli/demo/simulation.js';
import { createDatabase, type Database } from '../../src/db/client.js';
import { skills } from '../../src/domain/skills.js';
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
    const [far] = await rows<{ n: number }>(
      database,
      `select count(*)::int as n from members m join regions c on c.id = m.community_id
       where 6371000 * 2 * asin(sqrt(power(sin(radians(m.home_lat - c.center_lat) / 2), 2)
         + cos(radians(c.center_lat)) * cos(radians(m.home_lat)) * power(sin(radians(m.home_lng - c.center_lng) / 2), 2))) > c.radius_m + 1`,
    );
    expect(far!.n).toBe(0);

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

  it('posts whistles against a running service and members claim them', async () => {
    env = await createServiceEnv();
    dir = await mkdtemp(join(tmpdir(), 'wd-demo-sim-'));
    const seeded = await seedDemoCity(env.database, { keysFile: join(dir, 'keys.json') });
    const service = await startService('both', env);
    const run = await runSimulation({
      baseUrl: service.baseUrl,
      keys: seeded.keys.keys!,
      db: env.database.db,
      orders: 20,
      minutes: 0.3,
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
  }, 90_000);
});
