import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiKeys } from '../../db/schema/index.js';

/** What a dashboard session checks of its key on every request: role, revocation, expiry. */
export async function keyStanding(db: Db, keyId: string) {
  const [key] = await db
    .select({ role: apiKeys.role, revokedAt: apiKeys.revokedAt, expiresAt: apiKeys.expiresAt })
    .from(apiKeys)
    .where(eq(apiKeys.id, keyId));
  return key;
}
