/** SLA policies (list, replace), the breach list, and extending an order's deadline. */
import { v5 as uuidv5 } from 'uuid';
import { appendAudit } from '../../audit/audit.repo.js';
import { type Caller, regionInScope, requireRole } from '../../auth/scope.js';
import type { Priority } from '../../db/schema/enums.js';
import { transaction } from '../../db/transaction.js';
import { claimDeadlineApplies, completeDeadlineApplies, extensionProblem } from '../../domain/sla-clock.js';
import { Errors } from '../../errors.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { emitOrderEvent } from '../orders/order-events.js';
import { updateOrder } from '../orders/order-lifecycle.js';
import { loadVisibleOrder, requireManager } from '../orders/orders.access.js';
import { toOrderDto } from '../orders/orders.dto.js';
import { planOrderTimers } from './deadlines.js';
import { breachPaths, SLA_READERS } from './sla.access.js';
import { toBreachView, toPolicyView } from './sla.dto.js';
import {
  categoryExists,
  findPolicy,
  listBreaches,
  listPolicies,
  regionPathOf,
  upsertPolicy,
} from './sla.repo.js';
import type { ExtendBody, PolicyView, PutPolicyBody } from './sla.schemas.js';

// Policies are keyed by category × priority; the audit trail keys entities by UUID, so each maps to a fixed UUIDv5.
const POLICY_NAMESPACE = '5d0f3c1e-8a47-5b6e-9c2d-41f7a3e9b816';
export const policyEntityId = (categoryCode: string, priority: Priority) =>
  uuidv5(`sla_policy:${categoryCode}:${priority}`, POLICY_NAMESPACE);

/** The policy cursor is the last (category, priority) of the page. */
function decodePolicyCursor(cursor: string | undefined): [string, string] | undefined {
  if (!cursor) return undefined;
  const [code, priority, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!code || !priority || rest.length)
    throw Errors.validationFailed('cursor is not valid', {
      errors: [{ path: 'querystring.cursor', message: 'not a cursor from this API' }],
    });
  return [code, priority];
}

export function createSlaService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  return {
    async listPolicies({ auth }: Caller, q: { limit: number; cursor?: string; categoryCode?: string }) {
      requireRole(auth, ...SLA_READERS);
      const rows = await listPolicies(db, {
        after: decodePolicyCursor(q.cursor),
        categoryCode: q.categoryCode,
        limit: q.limit + 1,
      });
      const items = rows.slice(0, q.limit);
      const last = items.at(-1);
      return {
        items: items.map(toPolicyView),
        nextCursor:
          rows.length > q.limit && last
            ? Buffer.from(`${last.categoryCode}|${last.priority}`, 'utf8').toString('base64url')
            : null,
      };
    },

    /** Replaces a policy. Published orders keep their deadlines; escalations from now on use the new times. */
    async putPolicy(
      { auth, actor }: Caller,
      categoryCode: string,
      priority: Priority,
      body: PutPolicyBody,
    ): Promise<PolicyView> {
      requireRole(auth, 'admin');
      return transaction(db, async (tx) => {
        const now = clock.now();
        if (!(await categoryExists(tx, categoryCode)))
          throw Errors.notFound(`category ${categoryCode} not found`);
        const before = await findPolicy(tx, categoryCode, priority, { lock: true });
        const view = toPolicyView(
          await upsertPolicy(tx, categoryCode, priority, {
            claimWithinS: body.claimWithin,
            completeWithinS: body.completeWithin,
            responseWithinS: body.responseWithin,
            maxLevel: body.maxLevel,
            updatedAt: now,
          }),
        );
        await appendAudit(tx, {
          entityType: 'sla_policy',
          entityId: policyEntityId(categoryCode, priority),
          action: 'sla_policy.updated',
          actor,
          before: before ? toPolicyView(before) : null,
          after: view,
          at: now,
        });
        return view;
      });
    },

    async listBreaches(
      { auth }: Caller,
      q: {
        limit: number;
        cursor?: string;
        regionId?: string;
        orderId?: string;
        kind?: 'claim' | 'complete' | 'response';
        level?: number;
        from?: string;
        to?: string;
      },
    ) {
      requireRole(auth, ...SLA_READERS);
      const inScope = breachPaths(auth);
      let region: string | undefined;
      if (q.regionId) {
        region = await regionPathOf(db, q.regionId);
        if (!region || !regionInScope(auth, region)) throw Errors.notFound(`region ${q.regionId} not found`);
      }
      const rows = await listBreaches(db, {
        pathsUnder: inScope && (region ? [...inScope, region] : inScope),
        after: decodeCursor(q.cursor),
        orderId: q.orderId,
        kind: q.kind,
        level: q.level,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        limit: q.limit + 1,
      });
      const page = toPage(rows, q.limit);
      return { items: page.items.map(toBreachView), nextCursor: page.nextCursor };
    },

    /**
     * The one way a published deadline moves: later, by staff managing the order, audited. The
     * new deadline gets its own timer; the old timer finds the deadline moved and does nothing.
     */
    async extend({ auth, actor }: Caller, orderId: string, body: ExtendBody) {
      return transaction(db, async (tx) => {
        const now = clock.now();
        const order = await loadVisibleOrder(tx, auth, orderId, now, { lock: true });
        requireManager(auth, order);
        const current = body.kind === 'claim' ? order.claimBy : order.completeBy;
        const applies = body.kind === 'claim' ? claimDeadlineApplies(order) : completeDeadlineApplies(order);
        if (!current || !applies)
          throw Errors.invalidTransition(
            `the ${body.kind}-by deadline no longer applies to an order that is ${order.status}`,
            { currentStatus: order.status },
          );
        const until = new Date(body.until);
        const problem = extensionProblem(current, until, now);
        if (problem)
          throw Errors.deadlineNotLater(problem, { field: 'until', current: current.toISOString() });
        const row = await updateOrder(
          tx,
          order,
          body.kind === 'claim' ? { claimBy: until } : { completeBy: until },
          {
            actor,
            action: 'order.deadline_extended',
            now,
            auditExtra: {
              kind: body.kind,
              previous: current.toISOString(),
              until: until.toISOString(),
              reason: body.reason,
            },
          },
        );
        await planOrderTimers(tx, row, now, [body.kind]);
        await emitOrderEvent(tx, 'order.updated', row, now, {
          deadlineExtended: { kind: body.kind, from: current.toISOString(), until: until.toISOString() },
        });
        return toOrderDto(row, { revealPersonal: true });
      });
    },
  };
}
