import { and, asc, eq, gt, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { householdPairings, households, members, visits } from '../../db/schema/index.js';
import type { HouseholdRow, PairingRow } from './households.repo.js';

/** A page of active pairings after `after`, in id order, for the sweep. */
export function activePairingsAfter(db: Db, after: string | null, limit: number): Promise<PairingRow[]> {
  return db
    .select()
    .from(householdPairings)
    .where(and(eq(householdPairings.status, 'active'), after ? gt(householdPairings.id, after) : undefined))
    .orderBy(asc(householdPairings.id))
    .limit(limit);
}

/** The occurrences of a pairing already published from `from` on. */
export async function publishedOccurrences(db: Db, pairingId: string, from: Date): Promise<Set<number>> {
  const rows = await db
    .select({ at: visits.occurrenceAt })
    .from(visits)
    .where(and(eq(visits.pairingId, pairingId), gte(visits.occurrenceAt, from)));
  return new Set(rows.map((r) => r.at.getTime()));
}

/** The pairing, locked: one publisher at a time per pairing. */
export async function lockPairing(db: Db, id: string): Promise<PairingRow | undefined> {
  const [row] = await db.select().from(householdPairings).where(eq(householdPairings.id, id)).for('update');
  return row;
}

/** What a visit's order is made of: the household, and the member's unit. */
export async function visitFacts(
  db: Db,
  p: PairingRow,
): Promise<{ household: HouseholdRow; memberUnitId: string | null } | undefined> {
  const [row] = await db
    .select({ household: households, memberUnitId: members.unitId })
    .from(households)
    .innerJoin(members, eq(members.id, p.memberId))
    .where(eq(households.id, p.householdId));
  return row;
}

/**
 * Records a published visit. The unique (pairing, occurrence) makes a second publication of the
 * same occurrence fail, rolling back its order with it.
 */
export async function insertVisit(db: Db, v: typeof visits.$inferInsert): Promise<void> {
  await db.insert(visits).values(v);
}

export async function visitExists(db: Db, pairingId: string, occurrenceAt: Date): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(visits)
    .where(and(eq(visits.pairingId, pairingId), eq(visits.occurrenceAt, occurrenceAt)));
  return row !== undefined;
}
