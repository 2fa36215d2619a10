import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { alias, pairingValidOn } from '../../db/predicates.js';

export interface PlacedRegion {
  id: string;
  name: string;
  lat: number;
  lng: number;
  radiusM: number;
}

/** Communities with a centre, in code order; a missing radius counts as 500 m. */
export async function placedCommunities(db: Db): Promise<PlacedRegion[]> {
  const { rows } = await execute<{ id: string; name: string; lat: number; lng: number; radius_m: number }>(
    db,
    sql`
    select id, name, center_lat as lat, center_lng as lng, coalesce(radius_m, 500) as radius_m
    from regions where level = 'community' and center_lat is not null order by code, id`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, lat: r.lat, lng: r.lng, radiusM: r.radius_m }));
}

/** Grids with a centre, with the community they lie in. */
export async function placedGrids(
  db: Db,
): Promise<{ id: string; communityId: string; lat: number; lng: number }[]> {
  const { rows } = await execute<{ id: string; parent_id: string; lat: number; lng: number }>(
    db,
    sql`
    select id, parent_id, center_lat as lat, center_lng as lng from regions where level = 'grid' and center_lat is not null`,
  );
  return rows.map((r) => ({ id: r.id, communityId: r.parent_id, lat: r.lat, lng: r.lng }));
}

/** Members who can answer: active, available and in a unit. */
export async function availableUnitMembers(
  db: Db,
): Promise<{ id: string; unitId: string; skills: string[] }[]> {
  const { rows } = await execute<{ id: string; unit_id: string; skills: string[] }>(
    db,
    sql`
    select id, unit_id, skills from members where status = 'active' and available and unit_id is not null`,
  );
  return rows.map((r) => ({ id: r.id, unitId: r.unit_id, skills: r.skills }));
}

/** Which unit is paired with which community today. */
export async function pairingsInForce(db: Db): Promise<{ unitId: string; communityId: string }[]> {
  const { rows } = await execute<{ unit_id: string; community_id: string }>(
    db,
    sql`
    select p.unit_id, p.community_id from pairings p where ${pairingValidOn(alias('p'), sql`current_date`)}`,
  );
  return rows.map((r) => ({ unitId: r.unit_id, communityId: r.community_id }));
}

export interface VisitOrderRow {
  orderId: string;
  memberId: string;
  communityId: string;
  categoryCode: string;
  occurrenceAt: Date;
  windowEndsAt: Date;
  lat: number | null;
  lng: number | null;
  claimBy: Date | null;
}

/** Which of these orders are household visits the visit sweep published, with the paired member. */
export async function visitOrders(db: Db, orderIds: string[]): Promise<VisitOrderRow[]> {
  if (orderIds.length === 0) return [];
  const { rows } = await execute<{
    order_id: string;
    member_id: string;
    community_id: string;
    category_code: string;
    occurrence_at: Date;
    window_ends_at: Date;
    lat: number | null;
    lng: number | null;
    claim_by: Date | null;
  }>(
    db,
    sql`
    select v.order_id, v.member_id, o.community_id, o.category_code, v.occurrence_at, o.window_ends_at, o.lat, o.lng, o.claim_by
    from visits v join orders o on o.id = v.order_id where v.order_id = any(${sql.param(orderIds)}::uuid[])`,
  );
  return rows.map((r) => ({
    orderId: r.order_id,
    memberId: r.member_id,
    communityId: r.community_id,
    categoryCode: r.category_code,
    occurrenceAt: r.occurrence_at,
    windowEndsAt: r.window_ends_at,
    lat: r.lat,
    lng: r.lng,
    claimBy: r.claim_by,
  }));
}
