import type { Db } from '../../db/client.js';
import type { DemoKeys } from './keys.js';
import { availableUnitMembers, pairingsInForce, placedCommunities, placedGrids } from './sim-city.repo.js';

export interface SimCommunity {
  id: string;
  name: string;
  lat: number;
  lng: number;
  radiusM: number;
  grids: { id: string; lat: number; lng: number }[];
  staffKey: string;
  /** Members of units paired with the community: whom a unit admin may claim an open order for. */
  pairedMembers: SimMember[];
}

export interface SimMember {
  id: string;
  unitId: string;
  skills: string[];
}

export interface SimCity {
  communities: SimCommunity[];
  unitKeys: Map<string, string>;
  memberUnit: Map<string, string>;
}

/**
 * The demo city as the simulation needs it, read once from Postgres: community centres and grids to
 * place whistles, which unit each member belongs to (so the right unit admin answers an offer), and
 * who is paired where. Only communities the keys file has a staff key for take part.
 */
export async function loadSimCity(db: Db, keys: DemoKeys): Promise<SimCity> {
  const communityRows = await placedCommunities(db);
  const gridRows = await placedGrids(db);
  const memberRows = await availableUnitMembers(db);
  const pairingRows = await pairingsInForce(db);

  const unitKeys = new Map(Object.entries(keys.units).map(([id, k]) => [id, k.key]));
  const membersByUnit = new Map<string, SimMember[]>();
  const memberUnit = new Map<string, string>();
  for (const m of memberRows) {
    memberUnit.set(m.id, m.unitId);
    if (!unitKeys.has(m.unitId)) continue;
    const list = membersByUnit.get(m.unitId) ?? [];
    list.push(m);
    membersByUnit.set(m.unitId, list);
  }
  const communities: SimCommunity[] = [];
  for (const c of communityRows) {
    const staffKey = keys.communities[c.id]?.key;
    if (!staffKey) continue;
    const grids = gridRows
      .filter((g) => g.communityId === c.id)
      .map((g) => ({ id: g.id, lat: g.lat, lng: g.lng }));
    const pairedMembers = pairingRows
      .filter((p) => p.communityId === c.id)
      .flatMap((p) => membersByUnit.get(p.unitId) ?? []);
    communities.push({ ...c, grids, staffKey, pairedMembers });
  }
  if (communities.length === 0)
    throw new Error(
      'no community of the keys file is in this database: run `npm run demo:seed` against it first',
    );
  return { communities, unitKeys, memberUnit };
}
