import { type Caller, requireRole } from '../../auth/scope.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import type { ServiceDeps } from '../deps.js';
import { memberInScope, merchantWithinReach } from './ledger.access.js';
import { lockBalance } from './ledger.repo.js';
import type { AdjustmentBody, RedemptionBody } from './ledger.schemas.js';
import { adjust, postRecorded } from './ledger.service.js';

const cents = (v: number) => Math.round(v * 100);

/** Points spent at partner shops, and corrections by admins: POST /v1/redemptions and /v1/ledger/adjustments. */
export function createRedemptionsService(deps: Pick<ServiceDeps, 'db' | 'clock'>) {
  const { db, clock } = deps;
  return {
    /**
     * A member spends points at a partner shop: member −points ↔ merchant +points. The member's
     * balance row is locked before it is checked, so concurrent redemptions queue behind each other
     * and the balance can never go negative; a member without an account has nothing to spend.
     */
    async redeem(caller: Caller, body: RedemptionBody, idempotencyKey: string | undefined) {
      const { auth, actor } = caller;
      requireRole(auth, 'admin', 'street_officer', 'community_staff', 'member');
      const at = clock.now();
      return idempotent(
        db,
        { apiKeyId: auth.keyId, key: idempotencyKey, route: 'POST /v1/redemptions', request: body },
        async (tx) => {
          const member = await memberInScope(tx, auth, body.memberId);
          const merchant = await merchantWithinReach(tx, auth, body.merchantId);
          if (!merchant) throw Errors.invalidReference('merchantId is not a partner shop you deal with');
          const balance = await lockBalance(tx, { type: 'member', id: member.id });
          if (cents(balance.points) < cents(body.points)) {
            throw Errors.insufficientPoints(
              `the balance is ${balance.points} points; ${body.points} were asked for`,
              { balance: balance.points, requested: body.points },
            );
          }
          const txnId = newId();
          const ids = { txnId, memberId: member.id, merchantId: merchant.id };
          const posted = await postRecorded(
            tx,
            {
              txnId,
              kind: 'redemption',
              to: { type: 'merchant', id: merchant.id },
              from: { type: 'member', id: member.id },
              points: body.points,
              hours: 0,
              note: body.note ?? null,
              actor,
              at,
            },
            { action: 'ledger.redeemed', after: { ...ids, points: body.points } },
            {
              type: 'redemption.created',
              regionPath: member.communityPath,
              unitIds: member.unitId ? [member.unitId] : [],
              data: ids,
            },
          );
          return {
            status: 201,
            body: {
              id: txnId,
              memberId: member.id,
              merchantId: merchant.id,
              points: body.points,
              note: body.note ?? null,
              balance: posted.member.points,
              createdAt: at.toISOString(),
            },
          };
        },
      );
    },

    /** Admins correct an account with a new pair of entries. */
    async adjust(caller: Caller, body: AdjustmentBody, idempotencyKey: string | undefined) {
      const { auth, actor } = caller;
      requireRole(auth, 'admin');
      const at = clock.now();
      return idempotent(
        db,
        { apiKeyId: auth.keyId, key: idempotencyKey, route: 'POST /v1/ledger/adjustments', request: body },
        async (tx) => {
          const a = await adjust(tx, { ...body, actor, at });
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
    },
  };
}
