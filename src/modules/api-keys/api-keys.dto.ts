import type { KeyRow } from './api-keys.repo.js';
import type { ApiKeyView } from './api-keys.schemas.js';

/** A key as the API shows it: never its hash. */
export function toKeyView(k: KeyRow): ApiKeyView {
  return {
    id: k.id,
    prefix: k.prefix,
    name: k.name,
    role: k.role,
    scope: { regionId: k.scopeRegionId, unitId: k.scopeUnitId, memberId: k.scopeMemberId },
    rotatedFrom: k.rotatedFrom,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    expiresAt: k.expiresAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}
