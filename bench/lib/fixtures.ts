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

/** The seeded categories (migration 0001) that orders rotate through, in the order bench/intake.pgbench.sql lists them. */
export const categoryCodes = [
  'micro_wish',
  'home_visit',
  'volunteer_service',
  'health_clinic',
  'legal_aid',
  'dispute_mediation',
  'errand',
  'civic_campaign',
  'poverty_pairing',
  'other',
] as const;

/**
 * Region ids are deterministic (k in the last group), so the pgbench script can address community k
 * and its grid without a lookup the service does not make.
 */
export const communityId = (k: number) => `00000000-0000-7000-8000-${String(k).padStart(12, '0')}`;
export const gridId = (k: number) => `00000000-0000-7000-9000-${String(k).padStart(12, '0')}`;
export const communityCentre = (k: number) => ({ lat: 29.6 + k * 0.01, lng: 116.0 + k * 0.01 });

export interface City {
  districtId: string;
  communities: number;
  unitId: string;
  /** A district-wide street officer: may post orders in every community. */
  officerKey: string;
  adminKey: string;
}

/** A new API key and the row that stores it (hashed), for a batch insert. */
function newKey(role: Role, scope: { regionId?: string; unitId?: string; memberId?: string } = {}) {
  const { key, prefix, secretHash } = generateKey();
  return {
    key,
    row: {
      id: newId(),
      prefix,
      secretHash,
      name: `bench ${role}`,
      role,
      scopeRegionId: scope.regionId ?? null,
      scopeUnitId: scope.unitId ?? null,
      scopeMemberId: scope.memberId ?? null,
    },
  };
}

/** A district with one street, `communities` communities with one grid each, and a unit paired with all of them. */
export async function createCity(db: Database, communities: number): Promise<City> {
  const districtId = newId();
  const streetId = newId();
  const streetPath = `${districtId}/${streetId}/`;
  await db.db.insert(regions).values([
    { id: districtId, level: 'district', name: 'Xunyang', path: `${districtId}/` },
    { id: streetId, parentId: districtId, level: 'street', name: 'Street 1', path: streetPath },
  ]);
  const rows: (typeof regions.$inferInsert)[] = [];
  for (let k = 0; k < communities; k++) {
    const c = communityId(k);
    const { lat, lng } = communityCentre(k);
    rows.push({
      id: c,
      parentId: streetId,
      level: 'community',
      name: `Community ${k}`,
      path: `${streetPath}${c}/`,
      centerLat: lat,
      centerLng: lng,
      radiusM: 800,
    });
    rows.push({
      id: gridId(k),
      parentId: c,
      level: 'grid',
      name: `Grid ${k}-1`,
      path: `${streetPath}${c}/${gridId(k)}/`,
    });
  }
  await db.db.insert(regions).values(rows);
  const unitId = newId();
  await db.db
    .insert(units)
    .values({ id: unitId, name: 'Hospital 1', kind: 'hospital', regionId: districtId, expectedMembers: 100 });
  await db.db.insert(pairings).values(
    Array.from({ length: communities }, (_, k) => ({
      id: newId(),
      unitId,
      communityId: communityId(k),
      validFrom: '2020-01-01',
    })),
  );
  const officer = newKey('street_officer', { regionId: districtId });
  const admin = newKey('admin');
  await db.db.insert(apiKeys).values([officer.row, admin.row]);
  return { districtId, communities, unitId, officerKey: officer.key, adminKey: admin.key };
}

export interface BenchMember {
  id: string;
  key: string;
}

/** Active members of the unit who reported in to community k (so they are eligible there), each with a member key. */
export async function createMembers(
  db: Database,
  city: City,
  count: number,
  opts: { community: (i: number) => number; maxActiveClaims?: number },
): Promise<BenchMember[]> {
  const out: BenchMember[] = [];
  for (let start = 0; start < count; start += 500) {
    const batch = Array.from({ length: Math.min(500, count - start) }, (_, j) => start + j);
    const memberRows = batch.map((i) => {
      const k = opts.community(i);
      const { lat, lng } = communityCentre(k);
      return {
        id: newId(),
        name: `Member ${i}`,
        phone: `139${String(i).padStart(8, '0')}`,
        unitId: city.unitId,
        communityId: communityId(k),
        gridId: gridId(k),
        homeLat: lat + ((i % 7) - 3) * 0.001,
        homeLng: lng + ((i % 5) - 2) * 0.001,
        maxActiveClaims: opts.maxActiveClaims ?? 3,
      };
    });
    await db.db.insert(members).values(memberRows);
    await db.db
      .insert(memberReportIns)
      .values(memberRows.map((m) => ({ id: newId(), memberId: m.id, communityId: m.communityId })));
    const keys = memberRows.map((m) => newKey('member', { memberId: m.id }));
    await db.db.insert(apiKeys).values(keys.map((k) => k.row));
    for (const [j, m] of memberRows.entries()) out.push({ id: m.id, key: keys[j]!.key });
  }
  return out;
}

/** A valid order body as a community app would send it: a resident near the community centre, its grid, a rotating category. */
export function orderBody(i: number, communities: number, extra: Record<string, unknown> = {}) {
  const k = i % communities;
  const { lat, lng } = communityCentre(k);
  // A deterministic scatter of up to ~600 m around the centre.
  const dLat = (((i * 7919) % 1000) / 1000 - 0.5) * 0.01;
  const dLng = (((i * 104_729) % 1000) / 1000 - 0.5) * 0.01;
  return {
    communityId: communityId(k),
    gridId: gridId(k),
    categoryCode: categoryCodes[Math.floor(i / communities) % categoryCodes.length],
    title: 'Help an elderly resident with groceries',
    description: 'Lives alone on the 5th floor without a lift; needs the weekly shopping carried up.',
    priority: 'routine',
    headcount: 2,
    requiredSkills: [],
    location: { lat: lat + dLat, lng: lng + dLng, address: `Building ${i % 40}, Unit 2` },
    beneficiary: { name: 'Li Guilan', phone: '13900001111' },
    source: 'grid_patrol',
    dispatchMode: 'open',
    ...extra,
  };
}
