import { appendAudit } from '../../audit/audit.repo.js';
import type { Caller } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import type { HouseholdPairingStatus } from '../../db/schema/enums.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { todayOf } from '../../lib/clock.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { emitEvent } from '../../outbox/outbox.repo.js';
import type { ServiceDeps } from '../deps.js';
import { reachOf } from '../regions/regions.access.js';
import type { WebhookEventType } from '../webhooks/event-types.js';
import { findVisibleHousehold, findVisiblePairing, requireHouseholdManager } from './households.access.js';
import { pairingSnapshot, toPairingView } from './households.dto.js';
import {
  type HouseholdRow,
  insertPairing,
  lastPublishedOccurrence,
  listPairings,
  memberFitsCommunity,
  type PairingRow,
  routinePolicyExists,
  updatePairing,
} from './households.repo.js';
import type {
  CreatePairingBody,
  HandOverBody,
  ListPairingsQuery,
  PairingView,
  PatchPairingBody,
} from './households.schemas.js';
import { nextOccurrence, parseRhythm, ruleText } from './visit-rhythm.js';

const view = (p: PairingRow): PairingView =>
  toPairingView(
    p,
    p.status === 'ended' ? null : nextOccurrence(parseRhythm(p.rrule, p.startsAt), p.publishFrom),
  );

/** Whole seconds: the rhythm's occurrences carry no milliseconds. */
const toSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);

/**
 * Where a pairing (re)starts publishing: now, but never at or before a visit already published for
 * the household's rhythm (a resume, a new rhythm or a hand-over publishes nothing twice).
 */
async function publishFromNow(tx: Db, now: Date, pairingIds: string[]): Promise<Date> {
  const last = await lastPublishedOccurrence(tx, pairingIds);
  return last && last >= now ? new Date(last.getTime() + 1000) : now;
}

function refuseStatus(p: PairingRow, allowed: HouseholdPairingStatus[]): void {
  if (!allowed.includes(p.status))
    throw Errors.invalidTransition(`the pairing is ${p.status}`, { currentStatus: p.status });
}

/** Pairings (结对帮扶): a member visiting a household on a rhythm; pause, resume, end, hand over. */
export function createPairingsService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  async function requireFits(tx: Db, h: HouseholdRow, memberId: string, categoryCode: string | null) {
    if (!(await memberFitsCommunity(tx, memberId, h.communityId, todayOf(clock))))
      throw Errors.invalidReference(
        `member ${memberId} is not an active member reported in to the household's community or in a unit paired with it`,
        { field: 'memberId' },
      );
    if (categoryCode !== null && !(await routinePolicyExists(tx, categoryCode)))
      throw Errors.unknownCategory(`no routine SLA policy for category ${categoryCode}`, {
        field: 'categoryCode',
      });
  }

  /** The change on the pairing's audit chain, and as an event (ids only) to its region and member. */
  async function audit(
    tx: Db,
    action: PairingEventType,
    before: PairingRow | null,
    after: PairingRow,
    caller: Caller,
    extra = {},
  ) {
    await appendAudit(tx, {
      entityType: 'household_pairing',
      entityId: after.id,
      action,
      actor: caller.actor,
      ...(before ? { before: pairingSnapshot(before) } : {}),
      after: { ...pairingSnapshot(after), ...extra },
      at: clock.now(),
    });
    await emitEvent(tx, {
      type: action,
      regionPath: after.regionPath,
      memberId: after.memberId,
      data: {
        pairingId: after.id,
        householdId: after.householdId,
        memberId: after.memberId,
        status: after.status,
        ...extra,
      },
    });
  }

  /** Changes a pairing's status under its lock, audited. */
  async function move(
    caller: Caller,
    id: string,
    allowed: HouseholdPairingStatus[],
    change: (tx: Db, p: PairingRow, now: Date) => Promise<Partial<PairingRow>>,
    action: PairingEventType,
  ): Promise<PairingView> {
    requireHouseholdManager(caller.auth);
    return transaction(db, async (tx) => {
      const current = await findVisiblePairing(tx, caller.auth, id, { lock: true });
      refuseStatus(current, allowed);
      const now = clock.now();
      const row = await updatePairing(tx, id, { ...(await change(tx, current, now)), updatedAt: now });
      await audit(tx, action, current, row, caller);
      return view(row);
    });
  }

  async function list({ auth }: Caller, q: ListPairingsQuery) {
    const rows = await listPairings(db, reachOf(auth), { ...q, after: decodeCursor(q.cursor) });
    return toPage(rows.map(view), q.limit);
  }

  return {
    async create(
      caller: Caller,
      householdId: string,
      body: CreatePairingBody,
      idempotencyKey?: string,
    ): Promise<IdempotentResult<PairingView>> {
      const { auth } = caller;
      requireHouseholdManager(auth);
      const route = `POST /v1/households/${householdId}/pairings`;
      return idempotent(
        db,
        { apiKeyId: auth.keyId, key: idempotencyKey, route, request: body },
        async (tx) => {
          const h = await findVisibleHousehold(tx, auth, householdId, { lock: true });
          if (h.erasedAt) throw Errors.alreadyErased(`household ${h.id} was erased`);
          const startsAt = toSecond(new Date(body.startsAt));
          const rule = parseRhythm(body.rrule, startsAt);
          await requireFits(tx, h, body.memberId, body.categoryCode);
          const now = clock.now();
          const row = await insertLivePairing(tx, {
            id: newId(),
            householdId: h.id,
            memberId: body.memberId,
            communityId: h.communityId,
            regionPath: h.regionPath,
            rrule: ruleText(rule),
            startsAt,
            visitDurationS: body.visitMinutes * 60,
            categoryCode: body.categoryCode,
            status: 'active',
            publishFrom: maxDate(startsAt, now),
            replacesId: null,
            createdAt: now,
            updatedAt: now,
          });
          await audit(tx, 'household_pairing.created', null, row, caller);
          return { status: 201, body: view(row) };
        },
      );
    },

    async get({ auth }: Caller, id: string): Promise<PairingView> {
      return view(await findVisiblePairing(db, auth, id));
    },

    list,

    /** A household's pairings, present and past. */
    async listOfHousehold(caller: Caller, householdId: string, q: ListPairingsQuery) {
      await findVisibleHousehold(db, caller.auth, householdId);
      return list(caller, { ...q, householdId });
    },

    async patch(caller: Caller, id: string, body: PatchPairingBody): Promise<PairingView> {
      return move(
        caller,
        id,
        ['active', 'paused'],
        async (tx, p, now) => {
          const rrule = body.rrule === undefined ? p.rrule : ruleText(parseRhythm(body.rrule, p.startsAt));
          if (body.categoryCode !== undefined && !(await routinePolicyExists(tx, body.categoryCode)))
            throw Errors.unknownCategory(`no routine SLA policy for category ${body.categoryCode}`, {
              field: 'categoryCode',
            });
          return {
            rrule,
            ...(body.visitMinutes !== undefined && { visitDurationS: body.visitMinutes * 60 }),
            ...(body.categoryCode !== undefined && { categoryCode: body.categoryCode }),
            // A new rhythm publishes from now on: the visits already published stand.
            ...(rrule !== p.rrule && {
              publishFrom: await publishFromNow(tx, maxDate(now, p.publishFrom), [p.id]),
            }),
          };
        },
        'household_pairing.updated',
      );
    },

    pause: (caller: Caller, id: string) =>
      move(caller, id, ['active'], async () => ({ status: 'paused' }), 'household_pairing.paused'),

    /** Visits that fell in the pause are not published afterwards: the rhythm goes on from now. */
    resume: (caller: Caller, id: string) =>
      move(
        caller,
        id,
        ['paused'],
        async (tx, p, now) => ({
          status: 'active',
          publishFrom: await publishFromNow(tx, maxDate(now, p.publishFrom), [p.id]),
        }),
        'household_pairing.resumed',
      ),

    end: (caller: Caller, id: string) =>
      move(
        caller,
        id,
        ['active', 'paused'],
        async (_tx, _p, now) => ({ status: 'ended', endedAt: now }),
        'household_pairing.ended',
      ),

    /**
     * Hands the household to another member: this pairing ends and a new one (same rhythm, window and
     * category, `replacesId` naming this one) starts after the last visit already published.
     */
    async handOver(caller: Caller, id: string, body: HandOverBody): Promise<PairingView> {
      const { auth } = caller;
      requireHouseholdManager(auth);
      return transaction(db, async (tx) => {
        const current = await findVisiblePairing(tx, auth, id, { lock: true });
        refuseStatus(current, ['active', 'paused']);
        if (body.memberId === current.memberId)
          throw Errors.conflict(`member ${body.memberId} already holds this pairing`);
        const h = await findVisibleHousehold(tx, auth, current.householdId, { lock: true });
        await requireFits(tx, h, body.memberId, null);
        const now = clock.now();
        const ended = await updatePairing(tx, id, { status: 'ended', endedAt: now, updatedAt: now });
        await audit(tx, 'household_pairing.handed_over', current, ended, caller, {
          toMemberId: body.memberId,
        });
        const next = await insertLivePairing(tx, {
          ...current,
          id: newId(),
          memberId: body.memberId,
          status: 'active',
          publishFrom: await publishFromNow(tx, maxDate(now, current.publishFrom), [current.id]),
          replacesId: current.id,
          endedAt: null,
          createdAt: now,
          updatedAt: now,
        });
        await audit(tx, 'household_pairing.created', null, next, caller, { replacesId: current.id });
        return view(next);
      });
    },
  };
}

type PairingEventType = Extract<WebhookEventType, `household_pairing.${string}`>;

const maxDate = (a: Date, b: Date) => (a > b ? a : b);

/** Inserts a pairing; a member already paired with the household (a live pairing) is 409. */
function insertLivePairing(tx: Db, values: Parameters<typeof insertPairing>[1]): Promise<PairingRow> {
  return insertPairing(tx, values).catch((err: unknown) => {
    if (isUniqueViolation(err))
      throw Errors.conflict(
        `member ${values.memberId} is already paired with household ${values.householdId}`,
      );
    throw err;
  });
}

export type PairingsService = ReturnType<typeof createPairingsService>;
