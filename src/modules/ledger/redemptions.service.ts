import { eq } from 'drizzle-orm';
import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import { type AuthContext, requireRole } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { merchants } from '../../db/schema/index.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { emitEvent } from '../../outbox/outbox.repo.js';
import { memberInScope, merchantReach, reaches } from './ledger.access.js';
import { lockBalance, postMovement } from './ledger.repo.js';
import type { AdjustmentBody, RedemptionBody } from './ledger.schemas.js';
import { adjust } from './ledger.service.js';
import type { WriteContext } from './merchants.service.js';

const apiActor = (auth: AuthContext, requestId: string): Actor => ({
  type: 'api_key',
  id: auth.keyId,
  requestId,
});
const cents = (v: number) => Math.round(v * 100);

/**
 * A member spends points at a partner shop: member −points ↔ merchant +points. The member's balance
 * row is locked before it is checked, so concurrent redemptions queue behind each other and the
 * balance can never go negative; a member without an account has nothing to spend.
 */
export async function redeem(db: Db, auth: AuthContext, body: RedemptionBody, w: WriteContext) {
  requireRole(auth, 'admin', 'street_officer', 'community_staff', 'member');
  return idempotent(
    db,
    { apiKeyId: auth.keyId, key: w.idempotencyKey, route: 'POST /v1/redemptions', request: body },
    async (tx) => {
      const member = await memberInScope(tx, auth, body.memberId);
      const [merchant] = await tx
        .select({ id: merchants.id, regionPath: merchants.regionPath })
        .from(merchants)
        .where(eq(merchants.id, body.merchantId));
      if (!merchant || !reaches(await merchantReach(tx, auth), merchant.regionPath)) {
        throw Errors.invalidReference('merchantId is not a partner shop you deal with');
      }
      const balance = await lockBalance(tx, { type: 'member', id: member.id });
      if (cents(balance.points) < cents(body.points)) {
        throw Errors.insufficientPoints(
          `the balance is ${balance.points} points; ${body.points} were asked for`,
          {
            balance: balance.points,
            requested: body.points,
          },
        );
      }
      const txnId = newId();
      const actor = apiActor(auth, w.requestId);
      const posted = await postMovement(tx, {
        txnId,
        kind: 'redemption',
        to: { type: 'merchant', id: merchant.id },
        from: { type: 'member', id: member.id },
        points: body.points,
        hours: 0,
        note: body.note ?? null,
        actor,
        at: w.at,
      });
      const ids = { txnId, memberId: member.id, merchantId: merchant.id };
      await appendAudit(tx, {
        entityType: 'ledger_txn',
        entityId: txnId,
        action: 'ledger.redeemed',
        actor,
        after: { ...ids, points: body.points },
        at: w.at,
      });
      await emitEvent(tx, {
        type: 'redemption.created',
        regionPath: member.communityPath,
        unitIds: member.unitId ? [member.unitId] : [],
        data: ids,
      });
      return {
        status: 201,
        body: {
          id: txnId,
          memberId: member.id,
          merchantId: merchant.id,
          points: body.points,
          note: body.note ?? null,
          balance: posted.member.points,
          createdAt: w.at.toISOString(),
        },
      };
    },
  );
}

/** POST /v1/ledger/adjustments: admins correct an account with a new pair of entries. */
export async function createAdjustment(db: Db, auth: AuthContext, body: AdjustmentBody, w: WriteContext) {
  requireRole(auth, 'admin');
  return idempotent(
    db,
    { apiKeyId: auth.keyId, key: w.idempotencyKey, route: 'POST /v1/ledger/adjustments', request: body },
    async (tx) => {
      const a = await adjust(tx, { ...body, actor: apiActor(auth, w.requestId), at: w.at });
      return {
        status: 201,
        body: {
          id: a.txnId,
          memberId: a.memberId,
          communityId: a.communityId,
          points: a.points,
          hours: a.hours,
          reason: a.reason,
          balance: a.balance,
          totalHours: a.totalHours,
          createdAt: a.createdAt.toISOString(),
        },
      };
    },
  );
}
