import { type SQL, sql } from 'drizzle-orm';

/**
 * Rules over rows that several repositories filter by, written once. Each takes the alias (or the
 * table) the caller's statement gives the rows, and is used inside that repository's own statement.
 */

/** A pairing (unit ↔ community co-building agreement) in force on a calendar day ('YYYY-MM-DD'). */
export const pairingValidOn = (p: SQL, day: string | SQL): SQL =>
  sql`(${p}.valid_from <= ${day}::date and (${p}.valid_to is null or ${p}.valid_to >= ${day}::date))`;

/** Claim statuses that hold a slot: a member is at work or has reported the work done. */
export const SLOT_HOLDING = ['held', 'checked_in', 'completed'] as const;
/** Claim statuses that take a member's capacity (`members.active_claims`). */
export const CAPACITY_TAKING = ['held', 'checked_in'] as const;
/** Claim statuses still alive: waiting for a slot, or holding one. */
export const LIVE = ['waitlisted', 'held', 'checked_in', 'completed'] as const;

const statusList = (statuses: readonly string[]) => sql.raw(`(${statuses.map((s) => `'${s}'`).join(',')})`);

/** The claim holds a slot of its order. */
export const claimHoldsSlot = (c: SQL): SQL => sql`${c}.status in ${statusList(SLOT_HOLDING)}`;
/** The claim takes its member's capacity. */
export const claimTakesCapacity = (c: SQL): SQL => sql`${c}.status in ${statusList(CAPACITY_TAKING)}`;
/** The claim is alive (waitlisted or holding a slot). */
export const claimLive = (c: SQL): SQL => sql`${c}.status in ${statusList(LIVE)}`;

/** An alias for use with the predicates above: `alias('p')` is the SQL `p`. */
export const alias = (name: string): SQL => sql.raw(name);

/**
 * A pairing in force on some day from `from` to `to` (open-ended when `to` is null). With `to` null:
 * a pairing not ended by `from`, whether it has started or starts later.
 */
export const pairingOverlaps = (p: SQL, from: string | SQL, to: string | SQL | null): SQL =>
  to === null
    ? sql`(${p}.valid_to is null or ${p}.valid_to >= ${from}::date)`
    : sql`((${p}.valid_to is null or ${p}.valid_to >= ${from}::date) and ${p}.valid_from <= ${to}::date)`;

/**
 * Ids of the regions in the subtree under a region's path, for `column in (...)` filters. Paths are
 * made of UUIDs and '/', so they never hold LIKE wildcards and need no escaping.
 */
export const regionSubtreeIds = (path: string): SQL =>
  sql`(select r.id from regions r where r.path like ${`${path}%`})`;
