import { appendAudit, systemActor } from '../../audit/audit.repo.js';
import { hashKey, keyPrefix } from '../../auth/keys.js';
import { findKeyByPrefix } from '../../auth/keys.repo.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import { newId } from '../../lib/ids.js';
import { insertNewKeys } from './api-keys.repo.js';

/** Makes sure an admin key exists for the given plaintext (BOOTSTRAP_ADMIN_KEY or the CLI). Idempotent. */
export async function ensureAdminKey(
  db: Db,
  key: string,
  name = 'bootstrap admin',
): Promise<{ id: string; created: boolean }> {
  return transaction(db, async (tx) => {
    const prefix = keyPrefix(key);
    const existing = await findKeyByPrefix(tx, prefix);
    if (existing) return { id: existing.id, created: false };
    const id = newId();
    const inserted = await insertNewKeys(tx, [{ id, prefix, secretHash: hashKey(key), name, role: 'admin' }]);
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
