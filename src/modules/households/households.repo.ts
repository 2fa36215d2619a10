import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { alias, pairingValidOn } from '../../db/predicates.js';
import { householdPairings, households, visits } from '../../db/schema/index.js';
import { idRows, type PageAfter, reachFilter } from '../regions/reach.repo.js';
import type { Reach } from '../regions/regions.access.js';

export type HouseholdRow = typeof households.$inferSelect;
export type PairingRow = typeof householdPairings.$inferSelect;
export type VisitRow = typeof visits.$inferSelect;

/**
 * The households a reach covers: those of a community in a subtree; for a member, the households it
 * is paired with (a pairing not ended); nothing for a unit.
 */
const householdsIn = (reach: Reach) =>
  reachFilter(reach, {
    subtree: (path) => sql`${households.regionPath} like ${`${path}%`}`,
    unit: () => sql`false`,
    member: (memberId) =>
      sql`exists (select 1 from household_pairings p where p.household_id = ${households.id}
        and p.member_id = ${memberId} and p.status <> 'ended')`,
  });

const householdRows = idRows(households, householdsIn);

export const { find: findHousehold, insert: insertHousehold, update: updateHousehold } = householdRows;

export const listHouseholds = (db: Db, reach: Reach, q: PageAfter & { communityId?: string; tag?: string }) =>
  householdRows.page(db, reach, q, [
    q.communityId ? eq(households.communityId, q.communityId) : undefined,
    q.tag ? sql`${q.tag} = any(${households.tags})` : undefined,
  ]);

/** The pairings a reach covers: those in a subtree; a member its own; nothing for a unit. */
const pairingsIn = (reach: Reach) =>
  reachFilter(reach, {
    subtree: (path) => sql`${householdPairings.regionPath} like ${`${path}%`}`,
    unit: () => sql`false`,
    member: (memberId) => eq(householdPairings.memberId, memberId),
  });

const pairingRows = idRows(householdPairings, pairingsIn);

export const { find: findPairing, insert: insertPairing, update: updatePairing } = pairingRows;

export const listPairings = (
  db: Db,
  reach: Reach,
  q: PageAfter & { householdId?: string; memberId?: string; status?: PairingRow['status'] },
) =>
  pairingRows.page(db, reach, q, [
    q.householdId ? eq(householdPairings.householdId, q.householdId) : undefined,
    q.memberId ? eq(householdPairings.memberId, q.memberId) : undefined,
    q.status ? eq(householdPairings.status, q.status) : undefined,
  ]);

/** Every pairing of a household, oldest first. */
export function pairingsOfHousehold(db: Db, householdId: string): Promise<PairingRow[]> {
  return db
    .select()
    .from(householdPairings)
    .where(eq(householdPairings.householdId, householdId))
    .orderBy(asc(householdPairings.id));
}

/** Ends the household's live pairings; answers their ids. */
export async function endPairingsOfHousehold(db: Db, householdId: string, now: Date): Promise<PairingRow[]> {
  return db
    .update(householdPairings)
    .set({ status: 'ended', endedAt: now, updatedAt: now })
    .where(and(eq(householdPairings.householdId, householdId), ne(householdPairings.status, 'ended')))
    .returning();
}

/** Every published visit of a household, oldest first. */
export function visitsOfHousehold(db: Db, householdId: string): Promise<VisitRow[]> {
  return db
    .select()
    .from(visits)
    .where(eq(visits.householdId, householdId))
    .orderBy(asc(visits.occurrenceAt), asc(visits.id));
}

/** The latest occurrence published for any of the pairings, or null. */
export async function lastPublishedOccurrence(db: Db, pairingIds: string[]): Promise<Date | null> {
  if (pairingIds.length === 0) return null;
  const [row] = await db
    .select({ at: sql<Date | null>`max(${visits.occurrenceAt})`.mapWith((v) => (v ? new Date(v) : null)) })
    .from(visits)
    .where(inArray(visits.pairingId, pairingIds));
  return row?.at ?? null;
}

/** Is the member in the community (reported in to it) and active, not erased? */
export async function memberFitsCommunity(
  db: Db,
  memberId: string,
  communityId: string,
  today: string,
): Promise<boolean> {
  const { rows } = await execute<{ ok: boolean }>(
    db,
    sql`select exists (select 1 from members m where m.id = ${memberId} and m.erased_at is null
      and m.status = 'active' and (m.community_id = ${communityId} or exists (
        select 1 from pairings p where p.unit_id = m.unit_id and p.community_id = ${communityId}
          and ${pairingValidOn(alias('p'), today)}))) as ok`,
  );
  return rows[0]?.ok === true;
}

/** Does the category have a routine SLA policy (visit orders are published with it)? */
export async function routinePolicyExists(db: Db, categoryCode: string): Promise<boolean> {
  const { rows } = await execute<{ ok: boolean }>(
    db,
    sql`select exists (select 1 from sla_policies where category_code = ${categoryCode} and priority = 'routine') as ok`,
  );
  return rows[0]?.ok === true;
}

/**
 * Erases the beneficiary of the orders given (or, with `householdId`, of the household's visit
 * orders): name and phone cleared, the version bumped. Answers the orders changed, as they were.
 */
export async function eraseBeneficiaries(
  db: Db,
  where: { orderId: string } | { householdId: string },
  now: Date,
): Promise<
  { id: string; version: number; beneficiaryName: string | null; beneficiaryPhone: string | null }[]
> {
  const target =
    'orderId' in where
      ? sql`o.id = ${where.orderId}`
      : sql`o.id in (select v.order_id from visits v where v.household_id = ${where.householdId})`;
  const { rows } = await execute<{ id: string; version: number; name: string | null; phone: string | null }>(
    db,
    sql`update orders o set beneficiary_name = null, beneficiary_phone = null, version = o.version + 1, updated_at = ${now}
      from orders old where old.id = o.id and ${target}
        and (old.beneficiary_name is not null or old.beneficiary_phone is not null)
      returning o.id, old.version, old.beneficiary_name as name, old.beneficiary_phone as phone`,
  );
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    beneficiaryName: r.name,
    beneficiaryPhone: r.phone,
  }));
}

/**
 * Stored first answers of Idempotency-Key writes that are the object `id` get `patch` written over
 * them, and a `beneficiary` object in them cleared; answers how many were rewritten.
 */
export async function scrubStoredAnswers(
  db: Db,
  ids: string[],
  patch: Record<string, unknown>,
): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await execute(
    db,
    sql`update idempotency_keys set response = case when response ? 'beneficiary'
        then jsonb_set(response || ${JSON.stringify(patch)}::jsonb, '{beneficiary}', 'null'::jsonb)
        else response || ${JSON.stringify(patch)}::jsonb end
      where response->>'id' = any(${sql.param(ids)}::text[])`,
  );
  return result.rowCount ?? 0;
}
