import { and, gt, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { execute } from '../db/exec.js';
import { apiKeys, type Role } from '../db/schema/index.js';

/** A key as the per-request check reads it: its hash, role, scope (with the scope region's path) and times. */
export interface KeyOnFile {
  id: string;
  secretHash: string;
  role: Role;
  regionId: string | null;
  regionPath: string | null;
  unitId: string | null;
  memberId: string | null;
  revokedAt: Date | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}

interface KeyRow {
  id: string;
  secret_hash: string;
  role: Role;
  scope_region_id: string | null;
  path: string | null;
  scope_unit_id: string | null;
  scope_member_id: string | null;
  revoked_at: Date | null;
  expires_at: Date | null;
  last_used_at: Date | null;
}

/** One key with its scope region's path. Written out rather than built: it runs on every request. */
async function findKey(db: Db, where: SQL): Promise<KeyOnFile | undefined> {
  const { rows } = await execute<KeyRow>(
    db,
    sql`
    select k.id, k.secret_hash, k.role, k.scope_region_id, r.path, k.scope_unit_id, k.scope_member_id,
           k.revoked_at, k.expires_at, k.last_used_at
      from api_keys k left join regions r on r.id = k.scope_region_id
     where ${where} limit 1`,
  );
  const found = rows[0];
  return (
    found && {
      id: found.id,
      secretHash: found.secret_hash,
      role: found.role,
      regionId: found.scope_region_id,
      regionPath: found.path,
      unitId: found.scope_unit_id,
      memberId: found.scope_member_id,
      revokedAt: found.revoked_at,
      expiresAt: found.expires_at,
      lastUsedAt: found.last_used_at,
    }
  );
}

/** The key named by a prefix (an API key presented). */
export const findKeyByPrefix = (db: Db, prefix: string) => findKey(db, sql`k.prefix = ${prefix}`);

/** The key a stream token stands for. */
export const findKeyById = (db: Db, id: string) => findKey(db, sql`k.id = ${id}::uuid`);

/** Those of the given keys that are revoked, expired or gone at `now` (open event streams end with them). */
export async function keysNoLongerLive(db: Db, ids: string[], now: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  const live = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(
      and(
        inArray(apiKeys.id, ids),
        or(isNull(apiKeys.revokedAt), gt(apiKeys.revokedAt, now)),
        or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now)),
      ),
    );
  const kept = new Set(live.map((k) => k.id));
  return ids.filter((id) => !kept.has(id));
}

/** Records a use of the key at `now`, unless a later use is recorded already. */
export async function recordKeyUse(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(sql`${apiKeys.id} = ${id} and (${apiKeys.lastUsedAt} is null or ${apiKeys.lastUsedAt} < ${now})`);
}
