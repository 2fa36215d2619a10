/** Claims handed over (转派) as the API offers them: open a transfer, answer it, withdraw it, read them. */
import type { AuthContext, Caller } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { timersDueSoon } from '../../outbox/timer-horizon.js';
import type { ServiceDeps } from '../deps.js';
import { findClaim, memberUnitOf } from '../orders/claims.repo.js';
import { keyedSequence } from '../orders/claims.service.js';
import { loadVisibleOrder } from '../orders/orders.access.js';
import { lockOrder } from '../orders/orders.repo.js';
import { autoAcceptJob, recordTransferChanges } from './transfer-events.js';
import { type LockedTransfer, moveClaim, refuseTaker, requireOpen } from './transfer-move.js';
import { actsForHolder, actsForTaker, requireSide, transferScope } from './transfers.access.js';
import { toTransferDto } from './transfers.dto.js';
import {
  closeTransfer,
  findTransfer,
  insertTransfer,
  listTransfers,
  lockTransfer,
  openTransferOf,
  type TransferRow,
  transfersOfClaim,
} from './transfers.repo.js';
import type { CreateTransferBody, ListTransfersQuery } from './transfers.schemas.js';

const HOLDER = 'the member holding the claim, its unit admin or staff managing the order';
const TAKER = 'the member the claim would go to, or its unit admin';

/** The side that answers a transfer: the named member for an offer, the holder for a request. */
const answeringSide = (r: TransferRow) => (r.kind === 'offer' ? 'taker' : 'holder');

export function createTransfersService({ db, clock, config }: Pick<ServiceDeps, 'db' | 'clock' | 'config'>) {
  // Changes of one order's transfers wait here, in arrival order, rather than on the order's row lock
  // while holding a pooled connection (as claims do, see keyedSequence).
  const inOrderSequence = keyedSequence();

  /**
   * A change of a transfer the key sees (404 otherwise): in a transaction that locks the order, the
   * claim and the transfer, in the order every claim path locks them.
   */
  async function changeTransfer<T>(
    { auth }: Caller,
    id: string,
    work: (tx: Db, locked: LockedTransfer) => Promise<T>,
  ): Promise<T> {
    const seen = await findTransfer(db, id, transferScope(auth));
    if (!seen) throw Errors.notFound(`transfer ${id} not found`);
    return inOrderSequence(seen.orderId, () =>
      transaction(db, async (tx) => {
        const order = await lockOrder(tx, seen.orderId);
        const claim = await findClaim(tx, seen.orderId, seen.claimId, true);
        const transfer = await lockTransfer(tx, id);
        if (!order || !claim || !transfer) throw Errors.notFound(`transfer ${id} not found`);
        return work(tx, { order, claim, transfer });
      }),
    );
  }

  /** Whether the key acts for a side of a locked transfer. */
  async function actsFor(tx: Db, auth: AuthContext, side: 'holder' | 'taker', l: LockedTransfer) {
    // The holder as it was when the transfer opened: after a move, the old holder still hears 409, not 403.
    const memberId = side === 'holder' ? l.transfer.fromMemberId : l.transfer.toMemberId;
    const member = { id: memberId, unitId: await memberUnitOf(tx, memberId) };
    return side === 'holder' ? actsForHolder(auth, l.order, member) : actsForTaker(auth, member);
  }

  async function openTransfer(
    tx: Db,
    caller: Caller,
    orderId: string,
    claimId: string,
    body: CreateTransferBody,
  ) {
    const { auth, actor } = caller;
    const now = clock.now();
    const order = await loadVisibleOrder(tx, auth, orderId, now, { lock: true });
    const claim = await findClaim(tx, orderId, claimId, true);
    if (!claim) throw Errors.notFound(`claim ${claimId} not found`);
    const holder = { id: claim.memberId, unitId: await memberUnitOf(tx, claim.memberId) };
    if (body.kind === 'offer') {
      if (!actsForHolder(auth, order, holder)) throw Errors.notFound(`claim ${claimId} not found`);
    } else {
      if (auth.role !== 'member' && auth.role !== 'unit_admin')
        throw Errors.forbidden('only a member or a unit admin asks for a claim');
      const taker = { id: body.toMemberId, unitId: await memberUnitOf(tx, body.toMemberId) };
      if (!actsForTaker(auth, taker)) throw Errors.notFound(`member ${body.toMemberId} not found`);
    }
    if (claim.status !== 'held')
      throw Errors.invalidTransition(`a claim that is ${claim.status} cannot be handed over`, {
        currentStatus: claim.status,
      });
    await refuseTaker(tx, order, body.toMemberId, now);
    const already = await openTransferOf(tx, claim.id);
    if (already) throw Errors.transferOpen(undefined, { transferId: already.id });
    const request = body.kind === 'request';
    let row: TransferRow;
    try {
      row = await insertTransfer(tx, {
        id: newId(),
        orderId,
        claimId,
        kind: body.kind,
        fromMemberId: claim.memberId,
        toMemberId: body.toMemberId,
        toUnitId: request && auth.role === 'unit_admin' ? auth.unitId : null,
        reason: body.reason ?? null,
        autoAcceptAt: request ? new Date(now.getTime() + config.CLAIM_TRANSFER_AUTO_ACCEPT_S * 1000) : null,
        createdBy: auth.keyId,
        createdAt: now,
        updatedAt: now,
      });
    } catch (err) {
      // The open transfer is looked for under the order's lock: the unique index is a second line only.
      if (isUniqueViolation(err)) throw Errors.transferOpen();
      throw err;
    }
    await recordTransferChanges(
      tx,
      order,
      [
        {
          type: request ? 'claim_transfer.requested' : 'claim_transfer.offered',
          transfer: row,
          by: request ? 'taker' : 'holder',
          auditExtra: { reason: row.reason },
        },
      ],
      { actor, now, jobs: request ? timersDueSoon([autoAcceptJob(row, now)]) : [] },
    );
    return toTransferDto(row);
  }

  /** An open transfer closed by an answer or a withdrawal, audited and announced. */
  async function close(caller: Caller, id: string, how: 'declined' | 'withdrawn') {
    return changeTransfer(caller, id, async (tx, locked) => {
      const { transfer } = locked;
      const answering = answeringSide(transfer);
      const side = how === 'declined' ? answering : answering === 'taker' ? 'holder' : 'taker';
      requireSide(await actsFor(tx, caller.auth, side, locked), side === 'holder' ? HOLDER : TAKER);
      requireOpen(locked);
      const now = clock.now();
      const row = await closeTransfer(tx, id, { status: how, answeredBy: caller.auth.keyId, now });
      await recordTransferChanges(
        tx,
        locked.order,
        [{ type: `claim_transfer.${how}`, transfer: row, by: side }],
        { actor: caller.actor, now },
      );
      return toTransferDto(row);
    });
  }

  return {
    /** An offer or a request on a held claim, idempotent by Idempotency-Key. */
    open(caller: Caller, orderId: string, claimId: string, body: CreateTransferBody, key?: string) {
      const route = `POST /v1/orders/${orderId}/claims/${claimId}/transfers`;
      return inOrderSequence(orderId, () =>
        idempotent(db, { apiKeyId: caller.auth.keyId, key, route, request: body }, async (tx) => ({
          status: 201,
          body: await openTransfer(tx, caller, orderId, claimId, body),
        })),
      );
    },

    async list({ auth }: Caller, q: ListTransfersQuery) {
      const rows = await listTransfers(db, transferScope(auth), {
        ...q,
        after: decodeCursor(q.cursor),
        limit: q.limit + 1,
      });
      const page = toPage(rows, q.limit);
      return { items: page.items.map(toTransferDto), nextCursor: page.nextCursor };
    },

    async get({ auth }: Caller, id: string) {
      const row = await findTransfer(db, id, transferScope(auth));
      if (!row) throw Errors.notFound(`transfer ${id} not found`);
      return toTransferDto(row);
    },

    /** The transfers of a claim the key sees (as in list), for a key that sees its order. */
    async listForClaim({ auth }: Caller, orderId: string, claimId: string) {
      await loadVisibleOrder(db, auth, orderId, clock.now());
      const claim = await findClaim(db, orderId, claimId, false);
      if (!claim) throw Errors.notFound(`claim ${claimId} not found`);
      return { items: (await transfersOfClaim(db, claimId, transferScope(auth))).map(toTransferDto) };
    },

    /** The answering side accepts: the claim moves (see moveClaim). */
    accept(caller: Caller, id: string) {
      return changeTransfer(caller, id, async (tx, locked) => {
        const side = answeringSide(locked.transfer);
        requireSide(await actsFor(tx, caller.auth, side, locked), side === 'holder' ? HOLDER : TAKER);
        const { auth } = caller;
        // An offer taken by a unit admin is held for its unit; a request keeps the unit that asked.
        const toUnitId =
          locked.transfer.kind === 'offer'
            ? auth.role === 'unit_admin'
              ? auth.unitId
              : null
            : locked.transfer.toUnitId;
        const moved = await moveClaim(tx, locked, {
          actor: caller.actor,
          by: side,
          answeredBy: auth.keyId,
          toUnitId,
          now: clock.now(),
        });
        return toTransferDto(moved.transfer);
      });
    },

    decline: (caller: Caller, id: string) => close(caller, id, 'declined'),
    withdraw: (caller: Caller, id: string) => close(caller, id, 'withdrawn'),
  };
}

export type TransfersService = ReturnType<typeof createTransfersService>;
