import type { Skill } from '../../domain/skills.js';
import { maskName, maskPhone } from '../../lib/personal.js';
import type { MemberRow, ReportInRow } from './members.repo.js';
import type { MemberDetailView, MemberView } from './members.schemas.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

// Two decimals of a degree is about 1 km: enough to plan, too coarse to find a door.
const coarse = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** A member as the API shows it; `reveal` false masks name and phone and blurs the home location. */
export function toMemberView(m: MemberRow, reveal: boolean): MemberView {
  return {
    id: m.id,
    name: reveal ? m.name : (maskName(m.name) ?? ''),
    phone: reveal ? m.phone : (maskPhone(m.phone) ?? ''),
    personalDataMasked: !reveal,
    unitId: m.unitId,
    isPartyMember: m.isPartyMember,
    skills: m.skills as Skill[],
    communityId: m.communityId,
    gridId: m.gridId,
    homeLat: reveal ? m.homeLat : coarse(m.homeLat),
    homeLng: reveal ? m.homeLng : coarse(m.homeLng),
    maxActiveClaims: m.maxActiveClaims,
    activeClaims: m.activeClaims,
    available: m.available,
    status: m.status,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

export const toReportInView = (r: ReportInRow): MemberDetailView['reportIns'][number] => ({
  communityId: r.communityId,
  reportedAt: r.reportedAt.toISOString(),
  leftAt: iso(r.leftAt),
});

export const toMemberDetail = (
  m: MemberRow,
  reportIns: ReportInRow[],
  reveal: boolean,
): MemberDetailView => ({
  ...toMemberView(m, reveal),
  reportIns: reportIns.map(toReportInView),
});

/**
 * What the audit trail keeps of a member: the masked view. The trail is append-only, so it must never
 * hold what an erasure would have to remove.
 */
export const memberSnapshot = (m: MemberRow): MemberView => toMemberView(m, false);
