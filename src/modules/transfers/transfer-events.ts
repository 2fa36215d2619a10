/**
 * What a change of a transfer tells: an audit entry on its order's chain and a domain event, in the
 * caller's transaction; and the timer of a request.
 */
import { type Actor, appendAuditEvents } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import type { OutboxJob } from '../../outbox/jobs.js';
import { type DomainEventInput, emitEvents } from '../../outbox/outbox.repo.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { transferEntity } from './transfers.dto.js';
import { type TransferRow, unitsOfMembers } from './transfers.repo.js';

export type TransferEventType =
  | 'claim_transfer.offered'
  | 'claim_transfer.requested'
  | 'claim_transfer.accepted'
  | 'claim_transfer.declined'
  | 'claim_transfer.withdrawn'
  | 'claim_transfer.ended';

/** Who made a change: the side holding the claim, the side taking it, or the system (timer, a change of the claim). */
export type ActingSide = 'holder' | 'taker' | 'system';

/** One change of a transfer: its audit entry's action and event type, and extra audit facts. */
export interface TransferChange {
  type: TransferEventType;
  transfer: TransferRow;
  by: ActingSide;
  /** Joins the audit entry only (the claim before and after a move). */
  auditExtra?: Record<string, unknown>;
}

/**
 * The member a transfer event is addressed to (its key's event feed): the other side from the one
 * who acted; the member the claim goes to when the system acted.
 */
const addressee = (r: TransferRow, by: ActingSide) => (by === 'taker' ? r.fromMemberId : r.toMemberId);

/** The timer of a request: it moves the claim when its time is up, unless it was answered first. */
export const autoAcceptJob = (r: Pick<TransferRow, 'id' | 'autoAcceptAt'>, now: Date): OutboxJob<'sla'> => ({
  queue: 'sla',
  name: 'claim_transfer',
  payload: { kind: 'transfer', transferId: r.id, deadline: r.autoAcceptAt!.toISOString() },
  delayMs: Math.max(0, r.autoAcceptAt!.getTime() - now.getTime()),
  jobId: `claim-transfer-${r.id}`,
});

/**
 * Audits and announces changes of transfers of one locked order: the entries are chained on the
 * order's trail in one insert, the events (to the order's region, the units of both members and the
 * unit the claim goes to) and any jobs are written in one statement.
 */
export async function recordTransferChanges(
  tx: Db,
  order: Pick<OrderRow, 'id' | 'regionPath'>,
  changes: TransferChange[],
  opts: { actor: Actor; now: Date; jobs?: OutboxJob[] },
): Promise<void> {
  if (changes.length === 0) return;
  await appendAuditEvents(
    tx,
    changes.map((c) => ({
      entityType: 'order',
      entityId: order.id,
      action: c.type,
      actor: opts.actor,
      after: { transfer: transferEntity(c.transfer), ...c.auditExtra },
      at: opts.now,
    })),
  );
  const unitOf = await unitsOfMembers(
    tx,
    changes.flatMap((c) => [c.transfer.fromMemberId, c.transfer.toMemberId]),
  );
  const events = changes.map(({ type, transfer, by }): DomainEventInput => {
    const units = [unitOf.get(transfer.fromMemberId), unitOf.get(transfer.toMemberId), transfer.toUnitId];
    return {
      type,
      orderId: order.id,
      regionPath: order.regionPath,
      unitIds: [...new Set(units.filter((u): u is string => !!u))],
      memberId: addressee(transfer, by),
      data: { ...transferEntity(transfer), orderId: order.id },
    };
  });
  await emitEvents(tx, events, opts.jobs ?? []);
}
