import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { alias, pairingOverlaps, regionSubtreeIds } from '../../db/predicates.js';
import { members, pairings, units } from '../../db/schema/index.js';
import { idRows, type PageAfter, reachFilter, type Within } from '../regions/reach.repo.js';

export type UnitRow = typeof units.$inferSelect;
export type PairingRow = typeof pairings.$inferSelect;

const inForce = (from: string, to: string | null) => pairingOverlaps(alias('pairings'), from, to);

/**
 * The units a reach covers: those located in a subtree or paired with a community in it (a pairing
 * still in force or starting later); a unit itself; the unit a member belongs to.
 */
const unitsIn = ({ reach, today }: Within) =>
  reachFilter(reach, {
    subtree: (path) =>
      sql`(${units.regionId} in ${regionSubtreeIds(path)} or ${units.id} in (select ${pairings.unitId} from ${pairings} where ${pairings.communityId} in ${regionSubtreeIds(path)} and ${inForce(today, null)}))`,
    unit: (unitId) => eq(units.id, unitId),
    member: (memberId) =>
      sql`${units.id} = (select ${members.unitId} from ${members} where ${members.id} = ${memberId})`,
  });

const unitRows = idRows(units, unitsIn);

/** A unit by id, only when the reach covers it. */
export const { find: findUnit, insert: insertUnit, update: updateUnit } = unitRows;

export const listUnits = (db: Db, within: Within, q: PageAfter & { regionId?: string }) =>
  unitRows.page(db, within, q, [q.regionId ? eq(units.regionId, q.regionId) : undefined]);

/** A pairing of the unit with the community in force on some day of the period, if there is one. */
export async function findOverlappingPairing(
  db: Db,
  p: { unitId: string; communityId: string; validFrom: string; validTo: string | null },
): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: pairings.id })
    .from(pairings)
    .where(
      and(
        eq(pairings.unitId, p.unitId),
        eq(pairings.communityId, p.communityId),
        inForce(p.validFrom, p.validTo),
      ),
    )
    .limit(1);
  return row;
}

const pairingRows = idRows(pairings, (unitId: string) => eq(pairings.unitId, unitId));

export const insertPairing = pairingRows.insert;

/** A unit's pairings; with `communitiesUnder`, only those with a community in that subtree. */
export const listPairings = (db: Db, unitId: string, q: PageAfter & { communitiesUnder: string | null }) =>
  pairingRows.page(db, unitId, q, [
    q.communitiesUnder ? sql`${pairings.communityId} in ${regionSubtreeIds(q.communitiesUnder)}` : undefined,
  ]);
