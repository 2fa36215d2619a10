import { and, asc, eq, gt, gte, lte, type SQL, sql } from 'drizzle-orm';
import { v5 as uuidv5 } from 'uuid';
import { appendAudit } from '../../audit/audit.repo.js';
import type { Caller } from '../../auth/scope.js';
import { type AuthContext, regionInScope, requireRole, seesEverything } from '../../auth/scope.js';
import {
  categories,
  orders,
  type Priority,
  regions,
  slaBreaches,
  slaPolicies,
} from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import {
  claimDeadlineApplies,
  completeDeadlineApplies,
  extensionProblem,
  formatDuration,
} from '../../domain/sla-clock.js';
import { Errors } from '../../errors.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { emitOrderEvent } from '../orders/order-events.js';
import { updateOrder } from '../orders/order-lifecycle.js';
import { loadVisibleOrder, requireManager } from '../orders/orders.access.js';
import { toOrderDto } from '../orders/orders.dto.js';
import { planOrderTimers } from './deadlines.js';
import type { PolicyRow } from './escalate.js';
import type { ExtendBody, PolicyView, PutPolicyBody } from './sla.schemas.js';

// Policies are keyed by category × priority; the audit trail keys entities by UUID, so each maps to a fixed UUIDv5.
const POLICY_NAMESPACE = '5d0f3c1e-8a47-5b6e-9c2d-41f7a3e9b816';
export const policyEntityId = (categoryCode: string, priority: Priority) =>
  uuidv5(`sla_policy:${categoryCode}:${priority}`, POLICY_NAMESPACE);

const STAFF = ['admin', 'street_officer', 'community_staff', 'ops'] as const;

function toPolicyView(p: PolicyRow): PolicyView {
  return {
    categoryCode: p.categoryCode,
    priority: p.priority,
    claimWithin: formatDuration(p.claimWithinS),
    completeWithin: formatDuration(p.completeWithinS),
    responseWithin: formatDuration(p.responseWithinS),
    maxLevel: p.maxLevel,
    updatedAt: p.updatedAt.toISOString(),
  };
}

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

/** Breaches a key may list: staff and officers see those of orders in their region subtree. */
function breachScope(auth: AuthContext): SQL | undefined {
  if (seesEverything(auth)) return undefined;
  return auth.regionPath ? sql`${orders.regionPath} like ${`${auth.regionPath}%`}` : sql`false`;
}

export function createSlaService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  return {
    async listPolicies(auth: AuthContext, q: { limit: number; cursor?: string; categoryCode?: string }) {
      requireRole(auth, ...STAFF);
      const after = decodePolicyCursor(q.cursor);
      const rows = await db
        .select()
        .from(slaPolicies)
        .where(
          and(
            after
              ? sql`(${slaPolicies.categoryCode}, ${slaPolicies.priority}) > (${after[0]}, ${after[1]})`
              : undefined,
            q.categoryCode ? eq(slaPolicies.categoryCode, q.categoryCode) : undefined,
          ),
        )
        .orderBy(asc(slaPolicies.categoryCode), asc(slaPolicies.priority))
        .limit(q.limit + 1);
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
        const [category] = await tx
          .select({ code: categories.code })
          .from(categories)
          .where(eq(categories.code, categoryCode));
        if (!category) throw Errors.notFound(`category ${categoryCode} not found`);
        const [before] = await tx
          .select()
          .from(slaPolicies)
          .where(and(eq(slaPolicies.categoryCode, categoryCode), eq(slaPolicies.priority, priority)))
          .for('update');
        const values = {
          claimWithinS: body.claimWithin,
          completeWithinS: body.completeWithin,
          responseWithinS: body.responseWithin,
          maxLevel: body.maxLevel,
          updatedAt: now,
        };
        const [row] = await tx
          .insert(slaPolicies)
          .values({ categoryCode, priority, ...values })
          .onConflictDoUpdate({ target: [slaPolicies.categoryCode, slaPolicies.priority], set: values })
          .returning();
        const view = toPolicyView(row!);
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
      auth: AuthContext,
      q: {
        limit: number;
        cursor?: string;
        regionId?: string;
        kind?: 'claim' | 'complete' | 'response';
        level?: number;
        from?: string;
        to?: string;
      },
    ) {
      requireRole(auth, ...STAFF);
      let regionPath: string | undefined;
      if (q.regionId) {
        const [region] = await db
          .select({ path: regions.path })
          .from(regions)
          .where(eq(regions.id, q.regionId));
        if (!region || !regionInScope(auth, region.path))
          throw Errors.notFound(`region ${q.regionId} not found`);
        regionPath = region.path;
      }
      const after = decodeCursor(q.cursor);
      const rows = await db
        .select({
          id: slaBreaches.id,
          orderId: slaBreaches.orderId,
          escalationId: slaBreaches.escalationId,
          communityId: orders.communityId,
          categoryCode: orders.categoryCode,
          kind: slaBreaches.kind,
          deadline: slaBreaches.deadline,
          detectedAt: slaBreaches.detectedAt,
          lateMs: slaBreaches.lateMs,
          levelAfter: slaBreaches.levelAfter,
          detectedBy: slaBreaches.detectedBy,
        })
        .from(slaBreaches)
        .innerJoin(orders, eq(orders.id, slaBreaches.orderId))
        .where(
          and(
            breachScope(auth),
            regionPath ? sql`${orders.regionPath} like ${`${regionPath}%`}` : undefined,
            after ? gt(slaBreaches.id, after) : undefined,
            q.kind ? eq(slaBreaches.kind, q.kind) : undefined,
            q.level !== undefined ? eq(slaBreaches.levelAfter, q.level) : undefined,
            q.from ? gte(slaBreaches.detectedAt, new Date(q.from)) : undefined,
            q.to ? lte(slaBreaches.detectedAt, new Date(q.to)) : undefined,
          ),
        )
        .orderBy(asc(slaBreaches.id))
        .limit(q.limit + 1);
      const page = toPage(rows, q.limit);
      return {
        items: page.items.map((b) => ({
          ...b,
          deadline: b.deadline.toISOString(),
          detectedAt: b.detectedAt.toISOString(),
        })),
        nextCursor: page.nextCursor,
      };
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
