import { type Actor, chainedAudit } from '../../audit/audit.repo.js';
import type { AuthContext } from '../../auth/scope.js';
import { regionInScope } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { transition } from '../../domain/order-state.js';
import { Errors } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import type { OutboxJob } from '../../outbox/jobs.js';
import { outboxArgs } from '../../outbox/outbox.repo.js';
import { matchingJob } from '../offers/offer-events.js';
import { deadlinesFrom, orderTimers } from '../sla/deadlines.js';
import { orderEventInput } from './order-events.js';
import { orderSnapshot, toOrderDto } from './orders.dto.js';
import {
  type GridRef,
  gridOf,
  type IntakeFacts,
  insertOrder,
  insertOrderIfFacts,
  intakeFacts,
  type OrderRow,
  type PossibleDuplicate,
  pairedUnitsAmong,
  type ReferenceFacts,
} from './orders.repo.js';
import type { CreateOrderBody } from './orders.schemas.js';

/**
 * A new order: its checks (against the facts of intakeFacts), then one statement that writes the
 * order with its audit trail and, when it is published at once, its events and timers. The facts
 * of earlier orders, kept, let most orders take that statement alone (see intakeOrder). The
 * reference checks here serve edits too.
 */

/** Refuses a grid that is not one of the community's (a grid read as `{ parentId, level }`, or none). */
function requireGridOf(grid: GridRef | null | undefined, gridId: string, communityId: string) {
  if (grid?.level !== 'grid' || grid.parentId !== communityId)
    throw Errors.invalidReference(`grid ${gridId} is not a grid of community ${communityId}`, {
      field: 'gridId',
    });
}

/** Refuses target units that are not among the units paired with the community. */
function requirePaired(unitIds: string[], paired: Iterable<string>) {
  const ok = new Set(paired);
  const missing = unitIds.filter((u) => !ok.has(u));
  if (missing.length)
    throw Errors.invalidReference('target units must be paired with the community', {
      field: 'targetUnitIds',
      unitIds: missing,
    });
}

/** An edit's grid must be a grid of the order's community (null removes it). */
export async function checkGrid(tx: Db, gridId: string | null | undefined, communityId: string) {
  if (!gridId) return;
  requireGridOf(await gridOf(tx, gridId), gridId, communityId);
}

/** An edit's target units must be paired with the order's community today. */
export async function checkTargets(tx: Db, unitIds: string[], communityId: string, now: Date) {
  if (unitIds.length === 0) return;
  requirePaired(unitIds, await pairedUnitsAmong(tx, communityId, unitIds, now.toISOString().slice(0, 10)));
}

/** The checks of a new order, in the order the API reports them. */
function checkIntake(auth: AuthContext, body: CreateOrderBody, facts: ReferenceFacts) {
  const { community, grid } = facts;
  if (community?.level !== 'community' || !regionInScope(auth, community.path))
    throw Errors.notFound(`community ${body.communityId} not found`);
  if (!facts.categoryKnown)
    throw Errors.unknownCategory(`unknown category ${body.categoryCode}`, { field: 'categoryCode' });
  if (body.gridId) requireGridOf(grid, body.gridId, community.id);
  requirePaired(body.targetUnitIds, facts.pairedUnits);
  if (body.publish && !facts.policy)
    throw Errors.unknownCategory(`no SLA policy for ${body.categoryCode}/${body.priority}`);
  return community;
}

/** A new order as a draft, as the row will read once inserted. */
function newOrderRow(
  auth: AuthContext,
  body: CreateOrderBody,
  community: { id: string; path: string },
  now: Date,
): OrderRow {
  return {
    id: newId(),
    communityId: community.id,
    gridId: body.gridId ?? null,
    regionPath: community.path,
    categoryCode: body.categoryCode,
    title: body.title,
    description: body.description,
    priority: body.priority,
    headcount: body.headcount,
    requiredSkills: [...new Set(body.requiredSkills)],
    lat: body.location?.lat ?? null,
    lng: body.location?.lng ?? null,
    address: body.location?.address ?? null,
    windowStartsAt: body.window ? new Date(body.window.startsAt) : null,
    windowEndsAt: body.window ? new Date(body.window.endsAt) : null,
    beneficiaryName: body.beneficiary?.name ?? null,
    beneficiaryPhone: body.beneficiary?.phone ?? null,
    source: body.source,
    dispatchMode: body.dispatchMode,
    targetUnitIds: body.targetUnitIds,
    status: 'draft',
    version: 1,
    slotsHeld: 0,
    escalationLevel: 0,
    matchWave: 0,
    claimBy: null,
    completeBy: null,
    rating: null,
    reopenCount: 0,
    claimBreachedAt: null,
    feedback: null,
    cancelReason: null,
    createdBy: auth.keyId,
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
    firstClaimedAt: null,
    startedAt: null,
    completedAt: null,
    verifiedAt: null,
    closedAt: null,
  };
}

/** What a published order starts: its deadline timers, and the first matching wave of an auto order. */
export const publishJobs = (order: OrderRow, now: Date): OutboxJob[] => [
  ...orderTimers(order, now),
  ...(order.dispatchMode === 'auto' ? [matchingJob(order.id, 'published')] : []),
];

/** A new order's reference facts as last read, by what selects them; the oldest dropped past the bound. */
export class IntakeFactsCache {
  private readonly facts = new Map<string, ReferenceFacts>();

  constructor(private readonly bound = 10_000) {}

  private static key(body: CreateOrderBody, now: Date): string {
    const today = now.toISOString().slice(0, 10);
    return `${body.communityId}|${body.gridId ?? ''}|${body.categoryCode}|${body.priority}|${today}`;
  }

  get(body: CreateOrderBody, now: Date): ReferenceFacts | undefined {
    return this.facts.get(IntakeFactsCache.key(body, now));
  }

  set(body: CreateOrderBody, now: Date, facts: ReferenceFacts): void {
    const key = IntakeFactsCache.key(body, now);
    this.facts.delete(key);
    this.facts.set(key, facts);
    if (this.facts.size > this.bound) this.facts.delete(this.facts.keys().next().value!);
  }
}

/** Whether the facts let the order in. */
function admits(auth: AuthContext, body: CreateOrderBody, facts: ReferenceFacts): boolean {
  try {
    checkIntake(auth, body, facts);
    return true;
  } catch {
    return false;
  }
}

/** A new order built from its facts (checked), with its audit trail, events and jobs. */
function buildOrder(
  auth: AuthContext,
  actor: Actor,
  body: CreateOrderBody,
  facts: ReferenceFacts,
  now: Date,
) {
  const community = checkIntake(auth, body, facts);
  const draft = newOrderRow(auth, body, community, now);
  // An order posted with publish: true is written once, already published; its trail still
  // shows the two steps (created as a draft, then published), chained in one insert.
  const order: OrderRow =
    body.publish && facts.policy
      ? {
          ...draft,
          status: transition(
            { status: 'draft', headcount: draft.headcount, held: 0, started: 0, done: 0 },
            { type: 'publish' },
          ).status,
          version: 2,
          publishedAt: now,
          ...deadlinesFrom(facts.policy, now),
        }
      : draft;
  const created = {
    entityType: 'order',
    entityId: order.id,
    action: 'order.created',
    actor,
    after: { ...orderSnapshot(draft), communityId: order.communityId, categoryCode: order.categoryCode },
    at: now,
  };
  const published = {
    ...created,
    action: 'order.published',
    before: orderSnapshot(draft),
    after: orderSnapshot(order),
  };
  const audit = chainedAudit(order === draft ? [created] : [created, published], null).events;
  if (order === draft) return { order, audit };
  const audience = new Set(order.targetUnitIds);
  if (order.dispatchMode === 'open') for (const u of facts.pairedUnits) audience.add(u);
  const outbox = outboxArgs(
    [orderEventInput('order.published', order, [...audience])],
    publishJobs(order, now),
  );
  return { order, audit, outbox };
}

const createdDto = (order: OrderRow, duplicates: PossibleDuplicate[]) => ({
  ...toOrderDto(order, { revealPersonal: true }),
  possibleDuplicates: duplicates,
});

/**
 * Checks and writes a new order. When `known` holds the facts it is checked against (community,
 * grid, category, SLA policy, paired units) from an earlier order and they admit it: one statement,
 * which writes the order only if those facts still hold, read in the same statement with its
 * possible duplicates. Otherwise (none known, known facts that would refuse it, facts that moved on)
 * the checks run on facts just read (by the statement that found them moved on, or by a read of
 * their own), and a second statement writes the order. A refusal always comes from facts just read.
 */
export async function intakeOrder(
  tx: Db,
  auth: AuthContext,
  actor: Actor,
  body: CreateOrderBody,
  now: Date,
  known?: IntakeFactsCache,
) {
  const cached = known?.get(body, now);
  let facts: IntakeFacts | undefined;
  if (cached && admits(auth, body, cached)) {
    const write = buildOrder(auth, actor, body, cached, now);
    const attempt = await insertOrderIfFacts(tx, write, body, now, cached);
    if (attempt.written) return createdDto(write.order, attempt.facts.duplicates);
    facts = attempt.facts;
  }
  facts ??= await intakeFacts(tx, body, now);
  known?.set(body, now, facts);
  const { order, audit, outbox } = buildOrder(auth, actor, body, facts, now);
  await insertOrder(tx, order, audit, outbox);
  return createdDto(order, facts.duplicates);
}
