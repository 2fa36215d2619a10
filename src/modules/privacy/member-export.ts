import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  apiKeys,
  auditEvents,
  claims,
  ledgerEntries,
  memberReportIns,
  offers,
  orders,
} from '../../db/schema/index.js';
import type { ScoreParts } from '../../domain/match-score.js';
import { toKeyView } from '../api-keys/api-keys.service.js';
import { entryColumns, readBalance } from '../ledger/ledger.repo.js';
import type { MemberRow } from '../members/member-scope.js';
import { toMemberView } from '../members/member-view.js';
import type { MemberExport } from './privacy.schemas.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function claimsOf(tx: Db, memberId: string): Promise<MemberExport['claims']> {
  const rows = await tx
    .select({ claim: claims, order: { id: orders.id, title: orders.title, status: orders.status } })
    .from(claims)
    .innerJoin(orders, eq(orders.id, claims.orderId))
    .where(eq(claims.memberId, memberId))
    .orderBy(asc(claims.createdAt), asc(claims.id));
  return rows.map(({ claim: c, order }) => ({
    id: c.id,
    order,
    unitId: c.unitId,
    offerId: c.offerId,
    status: c.status,
    hoursReported: c.hoursReported,
    approvedHours: c.approvedHours,
    note: c.note,
    checkIn: c.checkInLat !== null && c.checkInLng !== null ? { lat: c.checkInLat, lng: c.checkInLng } : null,
    createdAt: c.createdAt.toISOString(),
    checkedInAt: iso(c.checkedInAt),
    completedAt: iso(c.completedAt),
    endedAt: iso(c.endedAt),
  }));
}

async function offersOf(tx: Db, memberId: string): Promise<MemberExport['offers']> {
  const rows = await tx
    .select()
    .from(offers)
    .where(eq(offers.memberId, memberId))
    .orderBy(asc(offers.createdAt), asc(offers.id));
  return rows.map((o) => ({
    id: o.id,
    orderId: o.orderId,
    memberId: o.memberId,
    wave: o.wave,
    rank: o.rank,
    status: o.status,
    score: o.score,
    scoreParts: o.scoreParts as ScoreParts,
    expiresAt: o.expiresAt.toISOString(),
    createdAt: o.createdAt.toISOString(),
    respondedAt: iso(o.respondedAt),
    declineReason: o.declineReason,
  }));
}

async function ledgerOf(tx: Db, memberId: string): Promise<MemberExport['ledger']> {
  const balance = await readBalance(tx, { type: 'member', id: memberId });
  const rows = await tx
    .select(entryColumns)
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.accountType, 'member'), eq(ledgerEntries.accountId, memberId)))
    .orderBy(asc(ledgerEntries.id));
  return {
    balance: { points: balance.points, hours: balance.hours },
    entries: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
  };
}

/**
 * Everything the service holds about one member, read by the caller in one snapshot. Orders appear
 * by id, title and status only: their beneficiaries are other people's data.
 */
export async function collectMemberExport(tx: Db, m: MemberRow, now: Date): Promise<MemberExport> {
  const reportIns = await tx
    .select()
    .from(memberReportIns)
    .where(eq(memberReportIns.memberId, m.id))
    .orderBy(asc(memberReportIns.reportedAt), asc(memberReportIns.id));
  const keys = await tx
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.scopeMemberId, m.id))
    .orderBy(asc(apiKeys.id));
  const events = await tx
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.entityId, m.id))
    .orderBy(asc(auditEvents.seq));
  return {
    exportedAt: now.toISOString(),
    member: { ...toMemberView(m, true), erasedAt: iso(m.erasedAt) },
    reportIns: reportIns.map((r) => ({
      communityId: r.communityId,
      reportedAt: r.reportedAt.toISOString(),
      leftAt: iso(r.leftAt),
    })),
    claims: await claimsOf(tx, m.id),
    offers: await offersOf(tx, m.id),
    ledger: await ledgerOf(tx, m.id),
    apiKeys: keys.map(toKeyView),
    auditEvents: events.map((e) => ({
      seq: e.seq,
      action: e.action,
      actorType: e.actorType,
      actorId: e.actorId,
      requestId: e.requestId,
      before: e.before,
      after: e.after,
      createdAt: e.createdAt.toISOString(),
      hash: e.hash,
    })),
  };
}
