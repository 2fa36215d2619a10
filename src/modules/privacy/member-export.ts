import type { Db } from '../../db/client.js';
import { toKeyView } from '../api-keys/api-keys.dto.js';
import { keysOfMember } from '../api-keys/api-keys.repo.js';
import { readBalance } from '../ledger/ledger.repo.js';
import { toMemberView, toReportInView } from '../members/members.dto.js';
import { type MemberRow, reportInsOf } from '../members/members.repo.js';
import { toOfferDto } from '../offers/offers.dto.js';
import { toClaimDto } from '../orders/claims.dto.js';
import { auditChainOf, claimsOfMember, ledgerEntriesOfMember, offersToMember } from './privacy.repo.js';
import type { MemberExport } from './privacy.schemas.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function claimsOf(db: Db, memberId: string): Promise<MemberExport['claims']> {
  const rows = await claimsOfMember(db, memberId);
  return rows.map(({ claim: c, order }) => {
    // The order is named by id, title and status instead; the member is the one exported.
    const { orderId: _order, memberId: _member, ...claim } = toClaimDto(c);
    const checkIn =
      c.checkInLat !== null && c.checkInLng !== null ? { lat: c.checkInLat, lng: c.checkInLng } : null;
    return { ...claim, order, checkIn };
  });
}

async function ledgerOf(db: Db, memberId: string): Promise<MemberExport['ledger']> {
  const { points, hours } = await readBalance(db, { type: 'member', id: memberId });
  const entries = await ledgerEntriesOfMember(db, memberId);
  return {
    balance: { points, hours },
    entries: entries.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
  };
}

/**
 * Everything the service holds about one member, read by the caller in one snapshot. Orders appear
 * by id, title and status only: their beneficiaries are other people's data.
 */
export async function collectMemberExport(db: Db, m: MemberRow, now: Date): Promise<MemberExport> {
  const reportIns = await reportInsOf(db, m.id);
  const keys = await keysOfMember(db, m.id);
  const events = await auditChainOf(db, m.id);
  return {
    exportedAt: now.toISOString(),
    member: { ...toMemberView(m, true), erasedAt: iso(m.erasedAt) },
    reportIns: reportIns.map(toReportInView),
    claims: await claimsOf(db, m.id),
    offers: (await offersToMember(db, m.id)).map(toOfferDto),
    ledger: await ledgerOf(db, m.id),
    apiKeys: keys.map(toKeyView),
    // The chain's links (entity, previous hash) are implied: these are the member's events, in order.
    auditEvents: events.map(
      ({ id: _id, entityType: _type, entityId: _entity, prevHash: _prev, createdAt, ...e }) => ({
        ...e,
        createdAt: createdAt.toISOString(),
      }),
    ),
  };
}
