import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { regionSubtreeIds } from '../../db/predicates.js';
import { apiKeys, members, type Role } from '../../db/schema/index.js';
import { idRows, type PageAfter } from '../regions/reach.repo.js';
import type { ManagedKeys } from './api-keys.access.js';

export type KeyRow = typeof apiKeys.$inferSelect;
export type NewKey = typeof apiKeys.$inferInsert;

/** The keys a caller manages, as a filter over `api_keys` (undefined: all). */
function managed(m: ManagedKeys): SQL | undefined {
  switch (m.kind) {
    case 'all':
      return undefined;
    case 'scoped_to_region':
      return sql`(${inArray(apiKeys.role, m.roles)} and ${apiKeys.scopeRegionId} in ${regionSubtreeIds(m.path)})`;
    case 'of_members_in_region':
      return sql`(${apiKeys.role} = 'member' and ${apiKeys.scopeMemberId} in (select ${members.id} from ${members} where ${members.communityId} in ${regionSubtreeIds(m.path)}))`;
    case 'of_members_of_unit':
      return sql`(${apiKeys.role} = 'member' and ${apiKeys.scopeMemberId} in (select ${members.id} from ${members} where ${members.unitId} = ${m.unitId}))`;
    case 'none':
      return sql`false`;
  }
}

const keyRows = idRows(apiKeys, managed);

export const { insert: insertKey, update: updateKey } = keyRows;

/** Inserts keys that do not exist yet (by id or prefix); answers the ids it inserted. */
export async function insertNewKeys(db: Db, values: NewKey[]): Promise<string[]> {
  const rows = await db.insert(apiKeys).values(values).onConflictDoNothing().returning({ id: apiKeys.id });
  return rows.map((r) => r.id);
}

export async function keyExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.id, id));
  return row !== undefined;
}

/** A key the caller manages, locked for update. */
export const findManagedKey = (db: Db, id: string, m: ManagedKeys) => keyRows.find(db, id, m, { lock: true });

export const listKeys = (db: Db, m: ManagedKeys, q: PageAfter & { role?: Role }) =>
  keyRows.page(db, m, q, [q.role ? eq(apiKeys.role, q.role) : undefined]);

/** The keys scoped to a member, oldest first. */
export async function keysOfMember(db: Db, memberId: string): Promise<KeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.scopeMemberId, memberId)).orderBy(asc(apiKeys.id));
}

/** Revokes the member's live keys, renaming them; answers their ids. */
export async function revokeKeysOfMember(
  db: Db,
  memberId: string,
  changes: { name: string; revokedAt: Date },
): Promise<string[]> {
  const rows = await db
    .update(apiKeys)
    .set(changes)
    .where(and(eq(apiKeys.scopeMemberId, memberId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.map((r) => r.id);
}
