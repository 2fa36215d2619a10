import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { DemoKeys } from './keys.js';

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
  const { rows: communityRows } = await db.execute<{
    id: string;
    name: string;
    lat: number;
    lng: number;
    radius_m: number;
  }>(sql`
    select id, name, center_lat as lat, center_lng as lng, coalesce(radius_m, 500) as radius_m
    from regions where level = 'community' and center_lat is not null order by code, id`);
  const { rows: gridRows } = await db.execute<{
    id: string;
    parent_id: string;
    lat: number;
    lng: number;
  }>(sql`
    select id, parent_id, center_lat as lat, center_lng as lng from regions where level = 'grid' and center_lat is not null`);
  const { rows: memberRows } = await db.execute<{ id: string; unit_id: string; skills: string[] }>(sql`
    select id, unit_id, skills from members where status = 'active' and available and unit_id is not null`);
  const { rows: pairingRows } = await db.execute<{ unit_id: string; community_id: string }>(sql`
    select unit_id, community_id from pairings
    where valid_from <= current_date and (valid_to is null or valid_to >= current_date)`);

  const unitKeys = new Map(Object.entries(keys.units).map(([id, k]) => [id, k.key]));
  const membersByUnit = new Map<string, SimMember[]>();
  const memberUnit = new Map<string, string>();
  for (const m of memberRows) {
    memberUnit.set(m.id, m.unit_id);
    if (!unitKeys.has(m.unit_id)) continue;
    const list = membersByUnit.get(m.unit_id) ?? [];
    list.push({ id: m.id, unitId: m.unit_id, skills: m.skills });
    membersByUnit.set(m.unit_id, list);
  }
  const communities: SimCommunity[] = [];
  for (const c of communityRows) {
    const staffKey = keys.communities[c.id]?.key;
    if (!staffKey) continue;
    const grids = gridRows
      .filter((g) => g.parent_id === c.id)
      .map((g) => ({ id: g.id, lat: g.lat, lng: g.lng }));
    const pairedMembers = pairingRows
      .filter((p) => p.community_id === c.id)
      .flatMap((p) => membersByUnit.get(p.unit_id) ?? []);
    communities.push({
      id: c.id,
      name: c.name,
      lat: c.lat,
      lng: c.lng,
      radiusM: c.radius_m,
      grids,
      staffKey,
      pairedMembers,
    });
  }
  if (communities.length === 0)
    throw new Error(
      'no community of the keys file is in this database: run `npm run demo:seed` against it first',
    );
  return { communities, unitKeys, memberUnit };
}
