import { and, asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import { appendAudit } from '../../audit/audit.repo.js';
import type { Caller } from '../../auth/scope.js';
import { type AuthContext, requireRole, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { escalations, orders, units } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { orderIsActive, whistleLevel } from '../../domain/sla-clock.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { emitOrderEventTo } from '../orders/order-events.js';
import { loadVisibleOrder, requireManager } from '../orders/orders.access.js';
import { toOrderDto } from '../orders/orders.dto.js';
import { audienceOf, type EscalationRow, escalateOrder, loadPolicy, rematchIfAuto } from './escalate.js';
import type { EscalationView, RespondBody, WhistleBody } from './sla.schemas.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toEscalationView(e: EscalationRow): EscalationView {
  return {
    id: e.id,
    orderId: e.orderId,
    level: e.level,
    regionId: e.regionId,
    trigger: e.trigger,
    reason: e.reason,
    status: e.status,
    respondBy: e.respondBy.toISOString(),
    respondedAt: iso(e.respondedAt),
    respondedBy: e.respondedBy,
    note: e.note,
    assignUnitIds: e.assignUnitIds,
    createdAt: e.createdAt.toISOString(),
  };
}

/**
 * Who sees an escalation: its officers (street officer keys whose subtree holds the escalation's
 * region), and the staff of the order's community, who blew the whistle and follow it. Units and
 * members never list escalations.
 */
function escalationVisibility(auth: AuthContext): SQL | undefined {
  if (seesEverything(auth)) return undefined;
  requireRole(auth, 'street_officer', 'community_staff', 'ops');
  if (!auth.regionPath) return sql`false`;
  const subtree = `${auth.regionPath}%`;
  return auth.role === 'street_officer'
    ? sql`${escalations.regionPath} like ${subtree}`
    : sql`exists (select 1 from orders eo where eo.id = ${escalations.orderId} and eo.region_path like ${subtree})`;
}

async function loadVisibleEscalation(tx: Db, auth: AuthContext, id: string): Promise<EscalationRow> {
  const [row] = await tx
    .select()
    .from(escalations)
    .where(and(eq(escalations.id, id), escalationVisibility(auth)));
  if (!row) throw Errors.notFound(`escalation ${id} not found`);
  return row;
}

export function createEscalationsService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  return {
    /** The manual whistle (吹哨): staff managing the order lift it up the ladder now. */
    async whistle(
      { auth, actor }: Caller,
      orderId: string,
      body: WhistleBody,
      idempotencyKey: string | undefined,
    ) {
      return idempotent(
        db,
        {
          apiKeyId: auth.keyId,
          key: idempotencyKey,
          route: `POST /v1/orders/${orderId}/whistle`,
          request: body,
        },
        async (tx) => {
          const now = clock.now();
          const order = await loadVisibleOrder(tx, auth, orderId, now, { lock: true });
          requireManager(auth, order);
          if (!orderIsActive(order))
            throw Errors.invalidTransition(`cannot whistle for an order that is ${order.status}`, {
              currentStatus: order.status,
            });
          const target = whistleLevel(order.escalationLevel, body.level);
          if (!target.ok)
            throw Errors.escalationLevelInvalid(
              `the order is at level ${order.escalationLevel}; a whistle goes to a higher level, at most 2`,
              {
                currentLevel: order.escalationLevel,
                requestedLevel: target.level,
              },
            );
          const policy = await loadPolicy(tx, order.categoryCode, order.priority);
          const result = await escalateOrder(tx, order, {
            level: target.level,
            trigger: 'manual',
            reason: body.reason,
            policy,
            actor,
            now,
          });
          return {
            status: 201,
            body: {
              order: toOrderDto(result.order, { revealPersonal: true }),
              escalation: toEscalationView(result.escalation),
            },
          };
        },
      );
    },

    async list(
      auth: AuthContext,
      q: {
        limit: number;
        cursor?: string;
        status?: EscalationRow['status'];
        level?: number;
        orderId?: string;
      },
    ) {
      const after = decodeCursor(q.cursor);
      const rows = await db
        .select()
        .from(escalations)
        .where(
          and(
            escalationVisibility(auth),
            after ? gt(escalations.id, after) : undefined,
            q.status ? eq(escalations.status, q.status) : undefined,
            q.level !== undefined ? eq(escalations.level, q.level) : undefined,
            q.orderId ? eq(escalations.orderId, q.orderId) : undefined,
          ),
        )
        .orderBy(asc(escalations.id))
        .limit(q.limit + 1);
      const page = toPage(rows, q.limit);
      return { items: page.items.map(toEscalationView), nextCursor: page.nextCursor };
    },

    async get(auth: AuthContext, id: string) {
      return toEscalationView(await loadVisibleEscalation(db, auth, id));
    },

    /**
     * The officers report in (报到): a note, and units they ask to help, who may claim the order
     * from now on (orders/reach.ts reads assign_unit_ids). A breached escalation may still be
     * answered late; one answered or closed may not be answered again.
     */
    async respond({ auth, actor }: Caller, id: string, body: RespondBody) {
      requireRole(auth, 'admin', 'street_officer');
      return transaction(db, async (tx) => {
        const now = clock.now();
        const seen = await loadVisibleEscalation(tx, auth, id);
        const [order] = await tx.select().from(orders).where(eq(orders.id, seen.orderId)).for('update');
        const [esc] = await tx.select().from(escalations).where(eq(escalations.id, id)).for('update');
        if (!order || !esc) throw Errors.notFound(`escalation ${id} not found`);
        if (esc.status !== 'open' && esc.status !== 'breached')
          throw Errors.invalidTransition(`the escalation is ${esc.status}`, { currentStatus: esc.status });
        if (!orderIsActive(order))
          throw Errors.invalidTransition(`the order is ${order.status}: nothing to respond to`, {
            currentStatus: order.status,
          });
        const assign = [...new Set(body.assignUnitIds)];
        if (assign.length) {
          const found = new Set(
            (await tx.select({ id: units.id }).from(units).where(inArray(units.id, assign))).map((u) => u.id),
          );
          const missing = assign.filter((u) => !found.has(u));
          if (missing.length)
            throw Errors.invalidReference('assigned units must exist', {
              field: 'assignUnitIds',
              unitIds: missing,
            });
        }
        const [updated] = await tx
          .update(escalations)
          .set({
            status: 'responded',
            respondedAt: now,
            respondedBy: auth.keyId,
            note: body.note,
            assignUnitIds: assign,
          })
          .where(eq(escalations.id, id))
          .returning();
        const view = toEscalationView(updated!);
        await appendAudit(tx, {
          entityType: 'order',
          entityId: order.id,
          action: 'escalation.responded',
          actor,
          before: toEscalationView(esc),
          after: view,
          at: now,
        });
        await emitOrderEventTo(tx, 'escalation.responded', order, await audienceOf(tx, order, now, assign), {
          escalationId: id,
          level: esc.level,
          regionId: esc.regionId,
          assignUnitIds: assign,
          respondedAt: view.respondedAt,
        });
        await rematchIfAuto(tx, order);
        return view;
      });
    },
  };
}
