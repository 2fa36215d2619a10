import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { generateKey } from '../../src/auth/keys.js';
import type { Database } from '../../src/db/client.js';
import {
  apiKeys,
  memberReportIns,
  members,
  pairings,
  type Role,
  regions,
  units,
} from '../../src/db/schema/index.js';
import { newId } from '../../src/lib/ids.js';
import type { TestContext } from '../helpers/context.js';

/**
 * Factories write straight to the database, so a test builds exactly the city it needs in a few
 * milliseconds; the behaviour under test is then exercised through the HTTP API.
 */
export async function createRegion(
  db: Database,
  o: {
    level: 'district' | 'street' | 'community' | 'grid';
    parentId?: string | null;
    name?: string;
    centerLat?: number;
    centerLng?: number;
    radiusM?: number;
  },
) {
  const id = newId();
  let path = `${id}/`;
  if (o.parentId) {
    const [parent] = await db.db
      .select({ path: regions.path })
      .from(regions)
      .where(eq(regions.id, o.parentId));
    if (!parent) throw new Error('parent region missing');
    path = `${parent.path}${id}/`;
  }
  const [row] = await db.db
    .insert(regions)
    .values({
      id,
      parentId: o.parentId ?? null,
      level: o.level,
      name: o.name ?? `${o.level} ${id.slice(-4)}`,
      path,
      centerLat: o.centerLat,
      centerLng: o.centerLng,
      radiusM: o.radiusM,
    })
    .returning();
  return row!;
}

export async function createUnit(
  db: Database,
  o: { regionId: string; name?: string; expectedMembers?: number },
) {
  const [row] = await db.db
    .insert(units)
    .values({
      id: newId(),
      name: o.name ?? `Unit ${Math.random().toString(36).slice(2, 6)}`,
      kind: 'agency',
      regionId: o.regionId,
      expectedMembers: o.expectedMembers ?? 0,
    })
    .returning();
  return row!;
}

export async function pair(
  db: Database,
  unitId: string,
  communityId: string,
  validFrom = '2020-01-01',
  validTo: string | null = null,
) {
  const [row] = await db.db
    .insert(pairings)
    .values({ id: newId(), unitId, communityId, validFrom, validTo })
    .returning();
  return row!;
}

let phoneSeq = 0;
export async function createMember(
  db: Database,
  o: {
    communityId?: string | null;
    unitId?: string | null;
    gridId?: string | null;
    skills?: string[];
    maxActiveClaims?: number;
    homeLat?: number;
    homeLng?: number;
    name?: string;
    phone?: string;
  },
) {
  const id = newId();
  phoneSeq += 1;
  const [row] = await db.db
    .insert(members)
    .values({
      id,
      name: o.name ?? `Member ${id.slice(-6)}`,
      phone: o.phone ?? `139${String(10_000_000 + phoneSeq).slice(-8)}`,
      unitId: o.unitId ?? null,
      communityId: o.communityId ?? null,
      gridId: o.gridId ?? null,
      skills: o.skills ?? [],
      maxActiveClaims: o.maxActiveClaims ?? 3,
      homeLat: o.homeLat,
      homeLng: o.homeLng,
    })
    .returning();
  if (o.communityId)
    await db.db.insert(memberReportIns).values({ id: newId(), memberId: id, communityId: o.communityId });
  return row!;
}

export async function createKey(
  db: Database,
  role: Role,
  scope: { regionId?: string; unitId?: string; memberId?: string } = {},
): Promise<string> {
  const { key, prefix, secretHash } = generateKey();
  await db.db.insert(apiKeys).values({
    id: newId(),
    prefix,
    secretHash,
    name: `${role} test key`,
    role,
    scopeRegionId: scope.regionId ?? null,
    scopeUnitId: scope.unitId ?? null,
    scopeMemberId: scope.memberId ?? null,
  });
  return key;
}

/** A small city: a district with two streets; street A has communities A1 (with a grid) and A2; street B has B1. */
export async function createCity(db: Database) {
  const district = await createRegion(db, { level: 'district', name: 'Xunyang' });
  const streetA = await createRegion(db, { level: 'street', parentId: district.id, name: 'Street A' });
  const streetB = await createRegion(db, { level: 'street', parentId: district.id, name: 'Street B' });
  const communityA1 = await createRegion(db, {
    level: 'community',
    parentId: streetA.id,
    name: 'Community A1',
    centerLat: 29.7,
    centerLng: 116.0,
    radiusM: 800,
  });
  const communityA2 = await createRegion(db, {
    level: 'community',
    parentId: streetA.id,
    name: 'Community A2',
  });
  const communityB1 = await createRegion(db, {
    level: 'community',
    parentId: streetB.id,
    name: 'Community B1',
  });
  const gridA1 = await createRegion(db, { level: 'grid', parentId: communityA1.id, name: 'Grid A1-1' });
  const gridB1 = await createRegion(db, { level: 'grid', parentId: communityB1.id, name: 'Grid B1-1' });
  const unitA = await createUnit(db, { regionId: district.id, name: 'Hospital A', expectedMembers: 10 });
  const unitB = await createUnit(db, { regionId: district.id, name: 'School B', expectedMembers: 10 });
  await pair(db, unitA.id, communityA1.id);
  await pair(db, unitB.id, communityB1.id);
  const keys = {
    admin: await createKey(db, 'admin'),
    ops: await createKey(db, 'ops'),
    districtOfficer: await createKey(db, 'street_officer', { regionId: district.id }),
    streetA: await createKey(db, 'street_officer', { regionId: streetA.id }),
    streetB: await createKey(db, 'street_officer', { regionId: streetB.id }),
    staffA1: await createKey(db, 'community_staff', { regionId: communityA1.id }),
    staffA2: await createKey(db, 'community_staff', { regionId: communityA2.id }),
    staffB1: await createKey(db, 'community_staff', { regionId: communityB1.id }),
    unitA: await createKey(db, 'unit_admin', { unitId: unitA.id }),
    unitB: await createKey(db, 'unit_admin', { unitId: unitB.id }),
  };
  return {
    district,
    streetA,
    streetB,
    communityA1,
    communityA2,
    communityB1,
    gridA1,
    gridB1,
    unitA,
    unitB,
    keys,
  };
}
export type City = Awaited<ReturnType<typeof createCity>>;

/** Calls the API as a client would. */
export function call(
  ctx: TestContext,
  key: string | null,
  opts: Omit<InjectOptions, 'headers'> & { headers?: Record<string, string> },
) {
  return ctx.app.inject({
    ...opts,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(opts.headers ?? {}) },
  } as InjectOptions);
}

/** Row counts of the given tables: "changes nothing" is asserted by comparing two of these. */
export async function countRows(db: Database, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const r = await db.pool.query(`select count(*)::int as n from "${t}"`);
    out[t] = r.rows[0].n;
  }
  return out;
}
