import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { regionSubtreeIds } from '../../db/predicates.js';
import { memberReportIns, members } from '../../db/schema/index.js';
import { idRows, type PageAfter, reachFilter } from '../regions/reach.repo.js';
import type { Reach } from '../regions/regions.access.js';

export type MemberRow = typeof members.$inferSelect;
export type ReportInRow = typeof memberReportIns.$inferSelect;

/** The members a reach covers: those reported in to a community of a subtree; a unit's; a member itself. */
const membersIn = (reach: Reach) =>
  reachFilter(reach, {
    subtree: (path) => sql`${members.communityId} in ${regionSubtreeIds(path)}`,
    unit: (unitId) => eq(members.unitId, unitId),
    member: (memberId) => eq(members.id, memberId),
  });

const memberRows = idRows(members, membersIn);

/** A member by id, only when the reach covers it. */
export const { find: findMember, insert: insertMember, update: updateMember } = memberRows;

export const listMembers = (db: Db, reach: Reach, q: PageAfter & { communityId?: string; unitId?: string }) =>
  memberRows.page(db, reach, q, [
    q.communityId ? eq(members.communityId, q.communityId) : undefined,
    q.unitId ? eq(members.unitId, q.unitId) : undefined,
  ]);

/** A member's stays in communities (报到), oldest first. */
export async function reportInsOf(db: Db, memberId: string): Promise<ReportInRow[]> {
  return db
    .select()
    .from(memberReportIns)
    .where(eq(memberReportIns.memberId, memberId))
    .orderBy(asc(memberReportIns.reportedAt), asc(memberReportIns.id));
}

/** Opens a stay of the member in a community. */
export async function insertReportIn(
  db: Db,
  values: { id: string; memberId: string; communityId: string; reportedAt: Date },
): Promise<void> {
  await db.insert(memberReportIns).values(values);
}

/** Closes the member's open stay, if it has one. */
export async function closeReportIn(db: Db, memberId: string, at: Date): Promise<void> {
  await db
    .update(memberReportIns)
    .set({ leftAt: at })
    .where(and(eq(memberReportIns.memberId, memberId), isNull(memberReportIns.leftAt)));
}
