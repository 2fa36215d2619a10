import { eq } from 'drizzle-orm';
import { appendAudit, systemActor } from '../../audit/audit.repo.js';
import { hashKey, keyPrefix } from '../../auth/keys.js';
import type { Db } from '../../db/client.js';
import { apiKeys } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { newId } from '../../lib/ids.js';

/** Makes sure an admin key exists for the given plaintext (BOOTSTRAP_ADMIN_KEY or the CLI). Idempotent. */
export async function ensureAdminKey(
  db: Db,
  key: string,
  name = 'bootstrap admin',
): Promise<{ id: string; created: boolean }> {
  return transaction(db, async (tx) => {
    const prefix = keyPrefix(key);
    const [existing] = await tx.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.prefix, prefix));
    if (existing) return { id: existing.id, created: false };
    const id = newId();
    const inserted = await tx
      .insert(apiKeys)
      .values({ id, prefix, secretHash: hashKey(key), name, role: 'admin' })
      .onConflictDoNothing()
      .returning({ id: apiKeys.id });
    if (inserted.length === 0) return { id, created: false };
    await appendAudit(tx, {
      entityType: 'api_key',
      entityId: id,
      action: 'api_key.created',
      actor: systemActor,
      after: { id, prefix, name, role: 'admin' },
    });
    return { id, created: true };
  });
}
