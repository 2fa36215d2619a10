import type {
  householdPairings,
  households,
  memberReportIns,
  members,
  pairings,
  regions,
  resources,
  units,
} from '../../db/schema/index.js';
import { distanceM } from '../../domain/geo.js';
import { type CityPlan, demoCities, latticeOffsets } from './geography.js';
import { buildHouseholds } from './households.js';
import { apportion, demoId, seedOf } from './ids.js';
import { personName, uniquePhone } from './people.js';
import { createRandom, type Random, round6 } from './random.js';
import { buildResources } from './resources.js';
import { memberSkills, unitSpecs } from './units.js';

export type RegionRow = typeof regions.$inferInsert & { id: string; path: string };
export type UnitRow = typeof units.$inferInsert & { id: string };
export type PairingRow = typeof pairings.$inferInsert;
export type MemberRow = typeof members.$inferInsert & { id: string };
export type ReportInRow = typeof memberReportIns.$inferInsert;
export type HouseholdRow = typeof households.$inferInsert & { id: string };
/** A member's pairing with a household; the seed adds when it was made (and so publishes from). */
export type HouseholdPairingRow = Omit<
  typeof householdPairings.$inferInsert,
  'publishFrom' | 'createdAt' | 'updatedAt'
> & { id: string };
export type ResourceRow = typeof resources.$inferInsert & { id: string };

/** Every row of the demo city, parents before children; built the same way on every run. */
export interface DemoCity {
  regions: RegionRow[];
  units: UnitRow[];
  pairings: PairingRow[];
  members: MemberRow[];
  reportIns: ReportInRow[];
  households: HouseholdRow[];
  householdPairings: HouseholdPairingRow[];
  resources: ResourceRow[];
}

/** Co-building agreements of the demo start on this day and stay open-ended. */
export const PAIRING_VALID_FROM = '2024-01-01';
const METRES_PER_KM = 1000;

function shift(center: { lat: number; lng: number }, eastM: number, northM: number) {
  const lat = center.lat + northM / 111_320;
  const lng = center.lng + eastM / (111_320 * Math.cos((center.lat * Math.PI) / 180));
  return { lat: round6(lat), lng: round6(lng) };
}

function buildRegions(city: CityPlan, random: Random) {
  const districtId = demoId('region', city.key);
  const d = city.district;
  const rows: RegionRow[] = [
    {
      id: districtId,
      parentId: null,
      level: 'district',
      name: d.name,
      code: d.code,
      path: `${districtId}/`,
      centerLat: d.lat,
      centerLng: d.lng,
      radiusM: 6_000,
    },
  ];
  const communities: RegionRow[] = [];
  const grids = new Map<string, RegionRow[]>();
  let communityIndex = 0;
  city.streets.forEach((s, si) => {
    const streetId = demoId('region', city.key, s.key);
    const streetPath = `${districtId}/${streetId}/`;
    const sc = shift(d, s.offsetKm[0] * METRES_PER_KM, s.offsetKm[1] * METRES_PER_KM);
    const streetCode = `${d.code}${String(si + 1).padStart(3, '0')}`;
    rows.push({
      id: streetId,
      parentId: districtId,
      level: 'street',
      name: s.name,
      code: streetCode,
      path: streetPath,
      centerLat: sc.lat,
      centerLng: sc.lng,
      radiusM: 2_000,
    });
    const offsets = latticeOffsets(s.communities.length, city.communitySpacingM);
    s.communities.forEach((name, ci) => {
      const id = demoId('region', city.key, s.key, name);
      const [east, north] = offsets[ci]!;
      const c = random.pointNear(shift(sc, east, north), city.communitySpacingM * 0.08);
      const community: RegionRow = {
        id,
        parentId: streetId,
        level: 'community',
        name,
        code: `${streetCode}${String(ci + 1).padStart(3, '0')}`,
        path: `${streetPath}${id}/`,
        centerLat: c.lat,
        centerLng: c.lng,
        radiusM: city.communityRadiusM,
      };
      communities.push(community);
      rows.push(community);
      const count = city.gridsPerCommunity[communityIndex++]!;
      const spacing = city.communityRadiusM * (count > 7 ? 0.42 : 0.55);
      const gridRows = latticeOffsets(count, spacing).map(([ge, gn], gi): RegionRow => {
        const gc = shift(c, ge, gn);
        const gridId = demoId('region', city.key, s.key, name, `grid-${gi + 1}`);
        return {
          id: gridId,
          parentId: id,
          level: 'grid',
          name: `${name}第${gi + 1}网格`,
          code: `${community.code}${String(gi + 1).padStart(3, '0')}`,
          path: `${community.path}${gridId}/`,
          centerLat: gc.lat,
          centerLng: gc.lng,
          radiusM: Math.round(spacing * 0.6),
        };
      });
      grids.set(id, gridRows);
      rows.push(...gridRows);
    });
  });
  return { rows, districtId, communities, grids };
}

function nearestGrid(grids: RegionRow[], home: { lat: number; lng: number }): RegionRow {
  let best = grids[0]!;
  let bestD = Number.POSITIVE_INFINITY;
  for (const g of grids) {
    const d = distanceM(home, { lat: g.centerLat!, lng: g.centerLng! });
    if (d < bestD) [best, bestD] = [g, d];
  }
  return best;
}

function buildCity(city: CityPlan, out: DemoCity, phones: Set<string>): void {
  const random = createRandom(seedOf(city.key));
  const { rows, districtId, communities, grids } = buildRegions(city, random);
  out.regions.push(...rows);

  const specs = random.shuffle(unitSpecs(city, random));
  const expected = apportion(
    city.expectedMembers,
    specs.map((s) => random.int(s.size[0], s.size[1])),
  );
  // Units report in a little under their expected count, some more so than others.
  const reported = apportion(
    city.members,
    expected.map((e) => e * (0.88 + random.next() * 0.15)),
  );
  let serial = 0;
  const firstUnit = out.units.length;
  specs.forEach((spec, ui) => {
    const unitId = demoId('unit', city.key, spec.name);
    // Round-robin over the communities gives every community its share of units; a third pair twice.
    const primary = communities[ui % communities.length]!;
    const paired = [primary];
    if (random.chance(0.35)) {
      const sameStreet = communities.filter((c) => c.parentId === primary.parentId && c.id !== primary.id);
      if (sameStreet.length > 0) paired.push(random.pick(sameStreet));
    }
    out.units.push({
      id: unitId,
      name: spec.name,
      kind: spec.kind,
      partyOrganisation: `中共${spec.name}${spec.kind === 'agency' ? '机关' : ''}支部委员会`,
      regionId: spec.kind === 'agency' ? districtId : primary.parentId!,
      expectedMembers: expected[ui]!,
    });
    for (const c of paired) {
      out.pairings.push({
        id: demoId('pairing', unitId, c.id),
        unitId,
        communityId: c.id,
        validFrom: PAIRING_VALID_FROM,
        validTo: null,
      });
    }
    for (let j = 0; j < reported[ui]!; j++) {
      const id = demoId('member', city.key, String(++serial));
      // Most members live near a community their unit is paired with; the rest anywhere in the district.
      const community = random.chance(0.75) ? random.pick(paired) : random.pick(communities);
      const home = random.pointNear(
        { lat: community.centerLat!, lng: community.centerLng! },
        city.communityRadiusM,
      );
      out.members.push({
        id,
        name: personName(random, city.province),
        phone: uniquePhone(random, phones),
        unitId,
        isPartyMember: random.chance(0.93),
        skills: memberSkills(random, spec.skills),
        communityId: community.id,
        gridId: nearestGrid(grids.get(community.id)!, home).id,
        homeLat: home.lat,
        homeLng: home.lng,
        maxActiveClaims: random.int(2, 5),
      });
      // Report-ins spread over the first year of the agreements.
      const reportedAt = new Date(
        Date.UTC(2024, 0, 2) + random.int(0, 360) * 86_400_000 + random.int(8, 18) * 3_600_000,
      );
      out.reportIns.push({
        id: demoId('report-in', id),
        memberId: id,
        communityId: community.id,
        reportedAt,
      });
    }
  });
  out.resources.push(...buildResources(out.units.slice(firstUnit)));
}

/** The paired households of one city, drawn once every city's members (and their phones) exist. */
function addHouseholds(plan: CityPlan, out: DemoCity, phones: Set<string>): void {
  const districtPath = `${demoId('region', plan.key)}/`;
  const communities = out.regions.filter((r) => r.level === 'community' && r.path.startsWith(districtPath));
  const ids = new Set(communities.map((c) => c.id));
  const pairings = out.pairings.filter((p) => ids.has(p.communityId));
  const unitIds = new Set(pairings.map((p) => p.unitId));
  const members = out.members.filter((m) => unitIds.has(m.unitId!));
  const built = buildHouseholds(plan, { communities, pairings, members }, phones);
  out.households.push(...built.households);
  out.householdPairings.push(...built.pairings);
}

/** Both cities of the demo, from the tables in geography.ts, units.ts, households.ts and resources.ts. */
export function buildDemoCity(): DemoCity {
  const city: DemoCity = {
    regions: [],
    units: [],
    pairings: [],
    members: [],
    reportIns: [],
    households: [],
    householdPairings: [],
    resources: [],
  };
  const phones = new Set<string>();
  for (const plan of demoCities) buildCity(plan, city, phones);
  for (const plan of demoCities) addHouseholds(plan, city, phones);
  return city;
}
