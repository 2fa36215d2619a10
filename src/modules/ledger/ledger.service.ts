import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { pointsFor, sumAmounts } from '../../domain/points.js';
import { Errors } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import { type DomainEventInput, emitEvent } from '../../outbox/outbox.repo.js';
import {
  type Balance,
  claimsToCredit,
  findMember,
  insertEntries,
  lockBalance,
  type Movement,
  moveBalance,
  orderToCredit,
  postMovement,
} from './ledger.repo.js';

/**
 * The love bank's movements, run inside the caller's transaction: crediting verified work (called by
 * the verification service), corrections and redemptions. Each is a pair of entries, the balances
 * they move, an audit event on the ledger transaction and a domain event.
 */

/** Audits a ledger transaction and announces it, in the transaction that wrote it. */
async function recordTxn(
  tx: Db,
  m: { txnId: string; actor: Actor; at: Date },
  audit: { action: string; after: Record<string, unknown> },
  event: DomainEventInput,
): Promise<void> {
  await appendAudit(tx, {
    entityType: 'ledger_txn',
    entityId: m.txnId,
    action: audit.action,
    actor: m.actor,
    after: audit.after,
    at: m.at,
  });
  await emitEvent(tx, event);
}

/** A movement between a member and a community or merchant, audited and announced; the balances after it. */
export async function postRecorded(
  tx: Db,
  m: Movement,
  audit: { action: string; after: Record<string, unknown> },
  event: DomainEventInput,
): Promise<{ member: Balance; other: Balance }> {
  const posted = await postMovement(tx, m);
  await recordTxn(tx, m, audit, event);
  return posted;
}

export interface Credit {
  claimId: string;
  memberId: string;
  hours: number;
  points: number;
}

/**
 * Credits every completed claim of a verified order with its approved hours and the points they earn,
 * as member ↔ community pairs. Runs inside the caller's verify transaction. A claim already credited
 * (a retried job, a second verify) is skipped, so calling this twice credits nothing more.
 */
export async function creditVerifiedClaims(
  tx: Db,
  input: { orderId: string; actor: Actor; basePointsRate: number; at: Date },
): Promise<Credit[]> {
  const order = await orderToCredit(tx, input.orderId);
  if (!order) throw Errors.notFound(`order ${input.orderId} does not exist`);
  // Ordered by member so concurrent credits lock member balances in the same order.
  const done = await claimsToCredit(tx, order.id);

  // Entries first, balances after: members in id order, then the community once, so concurrent
  // credits, redemptions and adjustments lock balance rows in one global order.
  const credited: (Credit & { txnId: string; unitId: string | null })[] = [];
  for (const c of done) {
    const hours = c.hours ?? 0;
    const points = pointsFor(hours, input.basePointsRate, order.multiplier);
    const txnId = newId();
    const fresh = await insertEntries(tx, {
      txnId,
      kind: 'credit',
      to: { type: 'member', id: c.memberId },
      from: { type: 'community', id: order.communityId },
      points,
      hours,
      claimId: c.claimId,
      orderId: order.id,
      actor: input.actor,
      at: input.at,
    });
    if (fresh)
      credited.push({ claimId: c.claimId, memberId: c.memberId, hours, points, txnId, unitId: c.unitId });
  }
  if (credited.length === 0) return [];
  for (const c of credited)
    await moveBalance(tx, { type: 'member', id: c.memberId }, c.points, c.hours, input.at);
  await moveBalance(
    tx,
    { type: 'community', id: order.communityId },
    -sumAmounts(credited.map((c) => c.points)),
    -sumAmounts(credited.map((c) => c.hours)),
    input.at,
  );
  for (const c of credited) {
    const ids = { txnId: c.txnId, claimId: c.claimId, orderId: order.id, memberId: c.memberId };
    await recordTxn(
      tx,
      { txnId: c.txnId, actor: input.actor, at: input.at },
      {
        action: 'ledger.credited',
        after: { ...ids, communityId: order.communityId, hours: c.hours, points: c.points },
      },
      {
        type: 'ledger.credited',
        orderId: order.id,
        regionPath: order.regionPath,
        unitIds: c.unitId ? [c.unitId] : [],
        data: ids,
      },
    );
  }
  return credited.map(({ claimId, memberId, hours, points }) => ({ claimId, memberId, hours, points }));
}

export interface Adjustment {
  txnId: string;
  memberId: string;
  communityId: string;
  points: number;
  hours: number;
  reason: string;
  balance: number;
  totalHours: number;
  createdAt: Date;
}

/**
 * A correction: a new member ↔ community pair, never an edit of past entries. Neither the balance
 * nor the member's total hours may fall below zero.
 */
export async function adjust(
  tx: Db,
  input: { memberId: string; points: number; hours: number; reason: string; actor: Actor; at: Date },
): Promise<Adjustment> {
  const member = await findMember(tx, input.memberId);
  if (!member) throw Errors.notFound(`member ${input.memberId} does not exist`);
  if (!member.communityId) {
    throw Errors.invalidReference(
      'the member has not reported in to a community, whose account would balance the adjustment',
    );
  }
  const current = await lockBalance(tx, { type: 'member', id: member.id });
  if (current.points + input.points < 0) {
    throw Errors.insufficientPoints(
      `the balance is ${current.points}; this adjustment would make it negative`,
      { balance: current.points },
    );
  }
  if (current.hours + input.hours < 0) {
    throw Errors.conflict(
      `the member's total hours are ${current.hours}; this adjustment would make them negative`,
    );
  }
  const txnId = newId();
  const after = {
    txnId,
    memberId: member.id,
    communityId: member.communityId,
    points: input.points,
    hours: input.hours,
    reason: input.reason,
  };
  const posted = await postRecorded(
    tx,
    {
      txnId,
      kind: 'adjustment',
      to: { type: 'member', id: member.id },
      from: { type: 'community', id: member.communityId },
      points: input.points,
      hours: input.hours,
      note: input.reason,
      actor: input.actor,
      at: input.at,
    },
    { action: 'ledger.adjusted', after },
    {
      type: 'ledger.adjusted',
      regionPath: member.communityPath,
      unitIds: member.unitId ? [member.unitId] : [],
      data: { txnId, memberId: member.id },
    },
  );
  return { ...after, balance: posted.member.points, totalHours: posted.member.hours, createdAt: input.at };
}
