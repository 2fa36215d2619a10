import { and, asc, eq, gt } from 'drizzle-orm';
import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { categories, claims, members, orders, regions } from '../../db/schema/index.js';
import { pointsFor, sumAmounts } from '../../domain/points.js';
import { Errors } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import { emitEvent } from '../../outbox/outbox.repo.js';
import { insertEntries, lockBalance, moveBalance, postMovement } from './ledger.repo.js';

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
  const [order] = await tx
    .select({
      id: orders.id,
      communityId: orders.communityId,
      regionPath: orders.regionPath,
      multiplier: categories.pointsMultiplier,
    })
    .from(orders)
    .innerJoin(categories, eq(categories.code, orders.categoryCode))
    .where(eq(orders.id, input.orderId));
  if (!order) throw Errors.notFound(`order ${input.orderId} does not exist`);
  // Ordered by member so concurrent credits lock member balances in the same order.
  const done = await tx
    .select({
      claimId: claims.id,
      memberId: claims.memberId,
      hours: claims.approvedHours,
      unitId: members.unitId,
    })
    .from(claims)
    .innerJoin(members, eq(members.id, claims.memberId))
    .where(and(eq(claims.orderId, order.id), eq(claims.status, 'completed'), gt(claims.approvedHours, 0)))
    .orderBy(asc(claims.memberId), asc(claims.id));

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
    await appendAudit(tx, {
      entityType: 'ledger_txn',
      entityId: c.txnId,
      action: 'ledger.credited',
      actor: input.actor,
      after: { ...ids, communityId: order.communityId, hours: c.hours, points: c.points },
      at: input.at,
    });
    await emitEvent(tx, {
      type: 'ledger.credited',
      orderId: order.id,
      regionPath: order.regionPath,
      unitIds: c.unitId ? [c.unitId] : [],
      data: ids,
    });
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
  const [member] = await tx
    .select({
      id: members.id,
      communityId: members.communityId,
      unitId: members.unitId,
      regionPath: regions.path,
    })
    .from(members)
    .leftJoin(regions, eq(regions.id, members.communityId))
    .where(eq(members.id, input.memberId));
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
  const posted = await postMovement(tx, {
    txnId,
    kind: 'adjustment',
    to: { type: 'member', id: member.id },
    from: { type: 'community', id: member.communityId },
    points: input.points,
    hours: input.hours,
    note: input.reason,
    actor: input.actor,
    at: input.at,
  });
  const after = {
    txnId,
    memberId: member.id,
    communityId: member.communityId,
    points: input.points,
    hours: input.hours,
    reason: input.reason,
  };
  await appendAudit(tx, {
    entityType: 'ledger_txn',
    entityId: txnId,
    action: 'ledger.adjusted',
    actor: input.actor,
    after,
    at: input.at,
  });
  await emitEvent(tx, {
    type: 'ledger.adjusted',
    regionPath: member.regionPath,
    unitIds: member.unitId ? [member.unitId] : [],
    data: { txnId, memberId: member.id },
  });
  return { ...after, balance: posted.member.points, totalHours: posted.member.hours, createdAt: input.at };
}
