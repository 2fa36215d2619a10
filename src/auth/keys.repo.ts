import { sql } from 'drizzle-orm';
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

/** The key named by a prefix. Written out rather than built: it runs on every request. */
export async function findKeyByPrefix(db: Db, prefix: string): Promise<KeyOnFile | undefined> {
  const { rows } = await execute<{
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
  }>(
    db,
    sql`
    select k.id, k.secret_hash, k.role, k.scope_region_id, r.path, k.scope_unit_id, k.scope_member_id,
           k.revoked_at, k.expires_at, k.last_used_at
      from api_keys k left join regions r on r.id = k.scope_region_id
     where k.prefix = ${prefix} limit 1`,
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

/** Records a use of the key at `now`, unless a later use is recorded already. */
export async function recordKeyUse(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(sql`${apiKeys.id} = ${id} and (${apiKeys.lastUsedAt} is null or ${apiKeys.lastUsedAt} < ${now})`);
}
