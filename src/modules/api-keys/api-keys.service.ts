import { appendAudit } from '../../audit/audit.repo.js';
import { generateKey } from '../../auth/keys.js';
import type { AuthContext, Caller } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import type { Role } from '../../db/schema/enums.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { todayOf } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { findVisibleMember } from '../members/members.access.js';
import { findVisibleRegion, requireLevel } from '../regions/regions.access.js';
import { findVisibleUnit } from '../units/units.access.js';
import { findVisibleKey, managedKeys, requireIssuer } from './api-keys.access.js';
import { toKeyView } from './api-keys.dto.js';
import { insertKey, listKeys, updateKey } from './api-keys.repo.js';
import type {
  ApiKeyView,
  CreatedKeyView,
  CreateKeyBody,
  ListKeysQuery,
  RotateKeyBody,
} from './api-keys.schemas.js';

type Scope = CreateKeyBody['scope'];

function futureOrThrow(expiresAt: string | undefined, now: Date): Date | null {
  if (!expiresAt) return null;
  const at = new Date(expiresAt);
  if (at <= now) {
    throw Errors.validationFailed('expiresAt is in the past', {
      errors: [{ path: 'body.expiresAt', message: 'must be in the future' }],
    });
  }
  return at;
}

/** The scope object must be one the caller can see, at the level the role needs (404 / 422). */
async function checkScope(tx: Db, auth: AuthContext, role: Role, scope: Scope, today: string): Promise<void> {
  if (scope.regionId) {
    const region = await findVisibleRegion(tx, auth, scope.regionId, today);
    if (role === 'community_staff') requireLevel(region, 'community', 'scope.regionId');
    if (role === 'street_officer' && region.level !== 'street' && region.level !== 'district') {
      throw Errors.invalidReference(
        `scope.regionId ${region.id} is a ${region.level}; a street_officer key needs a street or district`,
      );
    }
  }
  if (scope.unitId) await findVisibleUnit(tx, auth, scope.unitId, today);
  if (scope.memberId) await findVisibleMember(tx, auth, scope.memberId);
}

async function issueKey(
  tx: Db,
  caller: Caller,
  values: { name: string; role: Role; scope: Scope; expiresAt: Date | null; rotatedFrom: string | null },
  now: Date,
): Promise<CreatedKeyView> {
  const { key, prefix, secretHash } = generateKey();
  const row = await insertKey(tx, {
    id: newId(),
    prefix,
    secretHash,
    name: values.name,
    role: values.role,
    scopeRegionId: values.scope.regionId ?? null,
    scopeUnitId: values.scope.unitId ?? null,
    scopeMemberId: values.scope.memberId ?? null,
    createdBy: caller.auth.keyId,
    rotatedFrom: values.rotatedFrom,
    createdAt: now,
    expiresAt: values.expiresAt,
  });
  const view = toKeyView(row);
  await appendAudit(tx, {
    entityType: 'api_key',
    entityId: view.id,
    action: 'api_key.created',
    actor: caller.actor,
    after: view,
    at: now,
  });
  return { ...view, key };
}

export function createApiKeysService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  return {
    /** The plaintext key is in this answer only; the database keeps its hash. */
    async create(caller: Caller, body: CreateKeyBody): Promise<CreatedKeyView> {
      requireIssuer(caller.auth, body.role);
      const now = clock.now();
      const expiresAt = futureOrThrow(body.expiresAt, now);
      return transaction(db, async (tx) => {
        await checkScope(tx, caller.auth, body.role, body.scope, todayOf(clock));
        return issueKey(
          tx,
          caller,
          { name: body.name, role: body.role, scope: body.scope, expiresAt, rotatedFrom: null },
          now,
        );
      });
    },

    async list({ auth }: Caller, q: ListKeysQuery) {
      requireIssuer(auth);
      const rows = await listKeys(db, managedKeys(auth), { ...q, after: decodeCursor(q.cursor) });
      return toPage(rows.map(toKeyView), q.limit);
    },

    /** Revoking twice is harmless: the second call changes nothing and answers the same. */
    async revoke({ auth, actor }: Caller, id: string): Promise<ApiKeyView> {
      requireIssuer(auth);
      return transaction(db, async (tx) => {
        const current = await findVisibleKey(tx, auth, id);
        if (current.revokedAt) return toKeyView(current);
        const now = clock.now();
        const after = toKeyView(await updateKey(tx, id, { revokedAt: now }));
        await appendAudit(tx, {
          entityType: 'api_key',
          entityId: id,
          action: 'api_key.revoked',
          actor,
          before: toKeyView(current),
          after,
          at: now,
        });
        return after;
      });
    },

    /**
     * A new key with the same role and scope; the old one keeps working for the grace period (its
     * expiry is brought forward, never pushed back), so clients can switch without downtime.
     */
    async rotate(caller: Caller, id: string, body: RotateKeyBody): Promise<CreatedKeyView> {
      requireIssuer(caller.auth);
      const now = clock.now();
      const newExpiry = futureOrThrow(body.expiresAt, now);
      return transaction(db, async (tx) => {
        const old = await findVisibleKey(tx, caller.auth, id);
        if ((old.revokedAt && old.revokedAt <= now) || (old.expiresAt && old.expiresAt <= now)) {
          throw Errors.conflict(`API key ${id} is revoked or expired; create a new key instead`);
        }
        const graceEnd = new Date(now.getTime() + body.gracePeriod * 1000);
        const oldExpiry = old.expiresAt && old.expiresAt < graceEnd ? old.expiresAt : graceEnd;
        const updated = await updateKey(tx, id, { expiresAt: oldExpiry });
        await appendAudit(tx, {
          entityType: 'api_key',
          entityId: id,
          action: 'api_key.rotated',
          actor: caller.actor,
          before: toKeyView(old),
          after: toKeyView(updated),
          at: now,
        });
        const scope = {
          regionId: old.scopeRegionId ?? undefined,
          unitId: old.scopeUnitId ?? undefined,
          memberId: old.scopeMemberId ?? undefined,
        };
        return issueKey(
          tx,
          caller,
          { name: old.name, role: old.role, scope, expiresAt: newExpiry ?? old.expiresAt, rotatedFrom: id },
          now,
        );
      });
    },
  };
}
