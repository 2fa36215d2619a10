import { appendAudit } from '../../audit/audit.repo.js';
import { type Caller, requireRole } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { todayOf } from '../../lib/clock.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { findVisibleRegion, reachOf, requireLevel } from '../regions/regions.access.js';
import { findRegion } from '../regions/regions.repo.js';
import { findVisibleUnit } from '../units/units.access.js';
import { findVisibleMember, revealsMember } from './members.access.js';
import { memberSnapshot, toMemberDetail, toMemberView } from './members.dto.js';
import {
  closeReportIn,
  insertMember,
  insertReportIn,
  listMembers,
  type MemberRow,
  reportInsOf,
  updateMember,
} from './members.repo.js';
import type {
  CreateMemberBody,
  ListMembersQuery,
  MemberDetailView,
  PatchMemberBody,
  ReportInBody,
} from './members.schemas.js';

const detail = async (db: Db, m: MemberRow, reveal: boolean): Promise<MemberDetailView> =>
  toMemberDetail(m, await reportInsOf(db, m.id), reveal);

/** An erased member stays erased: nothing may put personal data back or make it available again. */
function refuseErased(member: { id: string; erasedAt: Date | null }): void {
  if (member.erasedAt) throw Errors.alreadyErased(`member ${member.id} was erased`);
}

/** A grid given for a member must lie in the member's community. */
async function requireGridIn(db: Db, gridId: string, communityId: string | null): Promise<void> {
  if (!communityId) throw Errors.invalidReference('a grid needs the community it lies in: give communityId');
  const grid = await findRegion(db, gridId);
  if (grid?.level !== 'grid' || grid.parentId !== communityId) {
    throw Errors.invalidReference(`gridId ${gridId} is not a grid of community ${communityId}`);
  }
}

export function createMembersService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  return {
    async create(
      { auth, actor }: Caller,
      body: CreateMemberBody,
      idempotencyKey?: string,
    ): Promise<IdempotentResult<MemberDetailView>> {
      requireRole(auth, 'admin', 'street_officer', 'community_staff', 'unit_admin');
      const communityId = body.communityId ?? (auth.role === 'community_staff' ? auth.regionId : null);
      if (!communityId && auth.role === 'street_officer') {
        throw Errors.validationFailed('communityId is required', {
          errors: [
            {
              path: 'body.communityId',
              message: 'a street officer places the member in a community of its subtree',
            },
          ],
        });
      }
      const unitId = body.unitId ?? (auth.role === 'unit_admin' ? auth.unitId : null);
      const request = { apiKeyId: auth.keyId, key: idempotencyKey, route: 'POST /v1/members', request: body };
      return idempotent(db, request, async (tx) => {
        const today = todayOf(clock);
        if (communityId) {
          requireLevel(
            await findVisibleRegion(tx, auth, communityId, today, { what: 'community' }),
            'community',
            'communityId',
          );
        }
        if (unitId) await findVisibleUnit(tx, auth, unitId, today);
        if (body.gridId) await requireGridIn(tx, body.gridId, communityId);
        const now = clock.now();
        const id = newId();
        const row = await insertMember(tx, {
          ...body,
          id,
          unitId,
          communityId,
          gridId: body.gridId ?? null,
          homeLat: body.homeLat ?? null,
          homeLng: body.homeLng ?? null,
          createdAt: now,
          updatedAt: now,
        });
        if (communityId)
          await insertReportIn(tx, { id: newId(), memberId: id, communityId, reportedAt: now });
        await appendAudit(tx, {
          entityType: 'member',
          entityId: id,
          action: 'member.created',
          actor,
          after: memberSnapshot(row),
          at: now,
        });
        return { status: 201, body: await detail(tx, row, revealsMember(auth, row)) };
      });
    },

    async get({ auth }: Caller, id: string): Promise<MemberDetailView> {
      const m = await findVisibleMember(db, auth, id);
      return detail(db, m, revealsMember(auth, m));
    },

    /** Lists always mask name and phone. */
    async list({ auth }: Caller, q: ListMembersQuery) {
      const rows = await listMembers(db, reachOf(auth), { ...q, after: decodeCursor(q.cursor) });
      return toPage(
        rows.map((m) => toMemberView(m, false)),
        q.limit,
      );
    },

    async patch({ auth, actor }: Caller, id: string, body: PatchMemberBody): Promise<MemberDetailView> {
      requireRole(auth, 'admin', 'street_officer', 'community_staff', 'unit_admin', 'member');
      return transaction(db, async (tx) => {
        const current = await findVisibleMember(tx, auth, id, { lock: true });
        refuseErased(current);
        if (body.unitId) await findVisibleUnit(tx, auth, body.unitId, todayOf(clock));
        if (body.gridId) await requireGridIn(tx, body.gridId, current.communityId);
        if (body.maxActiveClaims !== undefined && body.maxActiveClaims < current.activeClaims) {
          throw Errors.conflict(
            `the member holds ${current.activeClaims} active claims; maxActiveClaims cannot go below that`,
          );
        }
        const now = clock.now();
        const row = await updateMember(tx, id, { ...body, updatedAt: now });
        await appendAudit(tx, {
          entityType: 'member',
          entityId: id,
          action: 'member.updated',
          actor,
          before: memberSnapshot(current),
          after: memberSnapshot(row),
          at: now,
        });
        return detail(tx, row, revealsMember(auth, row));
      });
    },

    /**
     * Moves the member to another community (报到): the open stay is closed, a new one opened, the
     * grid cleared unless a grid of the new community is given. A member reports in wherever it
     * lives; staff and officers only into communities of their own scope.
     */
    async reportIn({ auth, actor }: Caller, id: string, body: ReportInBody): Promise<MemberDetailView> {
      requireRole(auth, 'admin', 'street_officer', 'community_staff', 'unit_admin', 'member');
      return transaction(db, async (tx) => {
        const current = await findVisibleMember(tx, auth, id, { lock: true });
        refuseErased(current);
        const community =
          auth.role === 'member'
            ? await findRegion(tx, body.communityId)
            : await findVisibleRegion(tx, auth, body.communityId, todayOf(clock), { what: 'community' });
        if (!community) throw Errors.notFound(`community ${body.communityId} not found`);
        requireLevel(community, 'community', 'communityId');
        if (current.communityId === community.id) {
          throw Errors.conflict(`member ${id} is already reported in to community ${community.id}`);
        }
        if (body.gridId) await requireGridIn(tx, body.gridId, community.id);
        const now = clock.now();
        await closeReportIn(tx, id, now);
        await insertReportIn(tx, { id: newId(), memberId: id, communityId: community.id, reportedAt: now });
        const row = await updateMember(tx, id, {
          communityId: community.id,
          gridId: body.gridId ?? null,
          updatedAt: now,
        });
        await appendAudit(tx, {
          entityType: 'member',
          entityId: id,
          action: 'member.reported_in',
          actor,
          before: { communityId: current.communityId, gridId: current.gridId },
          after: { communityId: row.communityId, gridId: row.gridId },
          at: now,
        });
        return detail(tx, row, revealsMember(auth, row));
      });
    },
  };
}

export type MembersService = ReturnType<typeof createMembersService>;
