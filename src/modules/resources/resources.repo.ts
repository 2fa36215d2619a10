import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { alias, pairingOverlaps, pairingValidOn, regionSubtreeIds } from '../../db/predicates.js';
import { pairings, resources, units } from '../../db/schema/index.js';
import { idRows, type PageAfter, reachFilter, type Within } from '../regions/reach.repo.js';

export type ResourceRow = typeof resources.$inferSelect;

/** The path of the owner's region: the community, or the region the owning unit sits in. */
const ownerPath = sql`(select o.path from regions o where o.id = coalesce(${resources.ownerCommunityId}, (select ou.region_id from units ou where ou.id = ${resources.ownerUnitId})))`;

/**
 * The area a street or district rule opens the resource to: the path of the street (or district)
 * the owner sits in. Null for the paired rule (no region has the level 'paired'), and for a street
 * rule of an owner that sits above street level.
 */
const areaPath = sql`(select a.path from regions a where a.level = ${resources.bookableBy} and ${ownerPath} like a.path || '%')`;

/** The resource admits bookings by the community `id` (at `path`) on `day`. */
const admitsCommunity = (id: SQL | string, path: SQL | string, day: string): SQL =>
  sql`(${resources.ownerCommunityId} = ${id}
    or (${resources.bookableBy} = 'paired' and exists (select 1 from pairings p where p.unit_id = ${resources.ownerUnitId} and p.community_id = ${id} and ${pairingValidOn(alias('p'), day)}))
    or (${resources.bookableBy} <> 'paired' and ${path} like ${areaPath} || '%'))`;

/** The resource admits bookings by the unit `unitId` on `day`: in the area means sitting in it or paired with a community of it. */
const admitsUnit = (unitId: string, day: string): SQL =>
  sql`(${resources.ownerUnitId} = ${unitId}
    or (${resources.bookableBy} = 'paired' and exists (select 1 from pairings p where p.unit_id = ${unitId} and p.community_id = ${resources.ownerCommunityId} and ${pairingValidOn(alias('p'), day)}))
    or (${resources.bookableBy} <> 'paired' and exists (
      select 1 from units bu join regions br on br.id = bu.region_id
       where bu.id = ${unitId}
         and (br.path like ${areaPath} || '%'
              or exists (select 1 from pairings p join regions c on c.id = p.community_id
                          where p.unit_id = ${unitId} and ${pairingValidOn(alias('p'), day)} and c.path like ${areaPath} || '%')))))`;

/** The owner sits in the subtree: a community of it, or a unit located in it or paired with one of its communities. */
const ownerInSubtree = (path: string, today: string): SQL =>
  sql`(${resources.ownerCommunityId} in ${regionSubtreeIds(path)}
    or ${resources.ownerUnitId} in (select ${units.id} from ${units} where ${units.regionId} in ${regionSubtreeIds(path)})
    or ${resources.ownerUnitId} in (select ${pairings.unitId} from ${pairings} where ${pairings.communityId} in ${regionSubtreeIds(path)} and ${pairingOverlaps(alias('pairings'), today, null)}))`;

/**
 * The resources a reach covers: those whose owner is in it, and those one of its communities (a unit:
 * the unit) may book today. Members see none.
 */
const resourcesIn = ({ reach, today }: Within) =>
  reachFilter(reach, {
    subtree: (path) =>
      sql`(${ownerInSubtree(path, today)} or exists (select 1 from regions bc where bc.level = 'community' and bc.path like ${`${path}%`} and ${admitsCommunity(sql`bc.id`, sql`bc.path`, today)}))`,
    unit: (unitId) => admitsUnit(unitId, today),
    member: () => sql`false`,
  });

const resourceRows = idRows(resources, resourcesIn);

/** A resource by id, only when the reach covers it (without one, any resource). */
export const { find: findResource, insert: insertResource, update: updateResource } = resourceRows;

export const listResources = (
  db: Db,
  within: Within,
  q: PageAfter & { kind?: string; unitId?: string; communityId?: string; active?: boolean },
) =>
  resourceRows.page(db, within, q, [
    q.kind ? sql`${resources.kind} = ${q.kind}` : undefined,
    q.unitId ? eq(resources.ownerUnitId, q.unitId) : undefined,
    q.communityId ? eq(resources.ownerCommunityId, q.communityId) : undefined,
    q.active === undefined ? undefined : eq(resources.active, q.active),
  ]);

/** Who books: a unit, or a community with its path. */
export type Booker = { type: 'unit'; id: string } | { type: 'community'; id: string; path: string };

/** May `booker` book the resource on `day` (its rule, the pairings in force that day)? */
export async function admits(db: Db, resourceId: string, booker: Booker, day: string): Promise<boolean> {
  const rule =
    booker.type === 'unit' ? admitsUnit(booker.id, day) : admitsCommunity(booker.id, booker.path, day);
  const rows = await db
    .select({ id: resources.id })
    .from(resources)
    .where(sql`${resources.id} = ${resourceId} and ${rule}`);
  return rows.length > 0;
}

/** Locks the resource row: every booking of it (and every edit) waits here, one at a time. */
export async function lockResource(db: Db, id: string): Promise<ResourceRow | undefined> {
  return findResource(db, id, undefined, { lock: true });
}

/** The resources of the given ids (the owners of a page of bookings). */
export async function resourcesByIds(db: Db, ids: string[]): Promise<ResourceRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(resources).where(inArray(resources.id, ids));
}
