import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { appendAudit } from '../../audit/audit.repo.js';
import { type Caller, requireRole } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { memberReportIns, members, regions } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { todayOf } from '../../lib/clock.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { findVisibleRegion, requireLevel } from '../regions/region-scope.js';
import { findVisibleUnit } from '../units/unit-scope.js';
import {
  findVisibleMember,
  type MemberRow,
  memberVisibility,
  requireGridIn,
  revealsMember,
} from './member-scope.js';
import { memberSnapshot, toMemberView } from './member-view.js';
import type {
  CreateMemberBody,
  ListMembersQuery,
  MemberDetailView,
  PatchMemberBody,
  ReportInBody,
} from './members.schemas.js';

async function detail(tx: Db, m: MemberRow, reveal: boolean): Promise<MemberDetailView> {
  const history = await tx
    .select({
      communityId: memberReportIns.communityId,
      reportedAt: memberReportIns.reportedAt,
      leftAt: memberReportIns.leftAt,
    })
    .from(memberReportIns)
    .where(eq(memberReportIns.memberId, m.id))
    .orderBy(asc(memberReportIns.reportedAt), asc(memberReportIns.id));
  return {
    ...toMemberView(m, reveal),
    reportIns: history.map((h) => ({
      communityId: h.communityId,
      reportedAt: h.reportedAt.toISOString(),
      leftAt: h.leftAt?.toISOString() ?? null,
    })),
  };
}

/** An erased member stays erased: nothing may put personal data back or make it available again. */
function refuseErased(member: { id: string; erasedAt: Date | null }): void {
  if (member.erasedAt) throw Errors.alreadyErased(`member ${member.id} was erased`);
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
        const [row] = await tx
          .insert(members)
          .values({
            id,
            name: body.name,
            phone: body.phone,
            unitId,
            isPartyMember: body.isPartyMember,
            skills: body.skills,
            communityId,
            gridId: body.gridId ?? null,
            homeLat: body.homeLat ?? null,
            homeLng: body.homeLng ?? null,
            maxActiveClaims: body.maxActiveClaims,
            available: body.available,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        if (communityId)
          await tx
            .insert(memberReportIns)
            .values({ id: newId(), memberId: id, communityId, reportedAt: now });
        await appendAudit(tx, {
          entityType: 'member',
          entityId: id,
          action: 'member.created',
          actor,
          after: memberSnapshot(row!),
          at: now,
        });
        return { status: 201, body: await detail(tx, row!, revealsMember(auth, row!)) };
      });
    },

    async get({ auth }: Caller, id: string): Promise<MemberDetailView> {
      const m = await findVisibleMember(db, auth, id);
      return detail(db, m, revealsMember(auth, m));
    },

    /** Lists always mask name and phone. */
    async list({ auth }: Caller, q: ListMembersQuery) {
      const cursor = decodeCursor(q.cursor);
      const rows = await db
        .select()
        .from(members)
        .where(
          and(
            memberVisibility(auth),
            q.communityId ? eq(members.communityId, q.communityId) : undefined,
            q.unitId ? eq(members.unitId, q.unitId) : undefined,
            cursor ? gt(members.id, cursor) : undefined,
          ),
        )
        .orderBy(asc(members.id))
        .limit(q.limit + 1);
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
        const [row] = await tx
          .update(members)
          .set({ ...body, updatedAt: now })
          .where(eq(members.id, id))
          .returning();
        await appendAudit(tx, {
          entityType: 'member',
          entityId: id,
          action: 'member.updated',
          actor,
          before: memberSnapshot(current),
          after: memberSnapshot(row!),
          at: now,
        });
        return detail(tx, row!, revealsMember(auth, row!));
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
            ? (await tx.select().from(regions).where(eq(regions.id, body.communityId)))[0]
            : await findVisibleRegion(tx, auth, body.communityId, todayOf(clock), { what: 'community' });
        if (!community) throw Errors.notFound(`community ${body.communityId} not found`);
        requireLevel(community, 'community', 'communityId');
        if (current.communityId === community.id) {
          throw Errors.conflict(`member ${id} is already reported in to community ${community.id}`);
        }
        if (body.gridId) await requireGridIn(tx, body.gridId, community.id);
        const now = clock.now();
        await tx
          .update(memberReportIns)
          .set({ leftAt: now })
          .where(and(eq(memberReportIns.memberId, id), isNull(memberReportIns.leftAt)));
        await tx
          .insert(memberReportIns)
          .values({ id: newId(), memberId: id, communityId: community.id, reportedAt: now });
        const [row] = await tx
          .update(members)
          .set({ communityId: community.id, gridId: body.gridId ?? null, updatedAt: now })
          .where(eq(members.id, id))
          .returning();
        await appendAudit(tx, {
          entityType: 'member',
          entityId: id,
          action: 'member.reported_in',
          actor,
          before: { communityId: current.communityId, gridId: current.gridId },
          after: { communityId: row!.communityId, gridId: row!.gridId },
          at: now,
        });
        return detail(tx, row!, revealsMember(auth, row!));
      });
    },
  };
}

export type MembersService = ReturnType<typeof createMembersService>;
