import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tz } from './columns.js';
import { roles } from './enums.js';
import { members } from './members.js';
import { regions } from './regions.js';
import { units } from './units.js';

/**
 * API keys. The plaintext is `wd_<prefix>_<secret>`; only a SHA-256 of the whole key is kept.
 * The prefix is public and names the key, so a lookup is by prefix and the hash is compared in
 * constant time.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    scopeRegionId: uuid('scope_region_id').references(() => regions.id),
    scopeUnitId: uuid('scope_unit_id').references(() => units.id),
    scopeMemberId: uuid('scope_member_id').references(() => members.id),
    createdBy: uuid('created_by'),
    rotatedFrom: uuid('rotated_from'),
    createdAt: createdAt(),
    lastUsedAt: tz('last_used_at'),
    expiresAt: tz('expires_at'),
    revokedAt: tz('revoked_at'),
  },
  (t) => [uniqueIndex('api_keys_prefix_idx').on(t.prefix), index('api_keys_role_idx').on(t.role)],
);

export type { Role } from './enums.js';
