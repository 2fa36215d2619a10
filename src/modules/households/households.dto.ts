import type { HouseholdTag } from '../../db/schema/enums.js';
import { maskName, maskPhone } from '../../lib/personal.js';
import type { Reveal } from './households.access.js';
import type { HouseholdRow, PairingRow } from './households.repo.js';
import type { HouseholdView, PairingView } from './households.schemas.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

// Two decimals of a degree is about 1 km: enough to plan, too coarse to find a door.
const coarse = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** A household as the API shows it, at the caller's level of detail (see revealOf). */
export function toHouseholdView(h: HouseholdRow, reveal: Reveal): HouseholdView {
  const full = reveal === 'full';
  const visits = reveal !== 'masked';
  return {
    id: h.id,
    communityId: h.communityId,
    name: full ? h.name : (maskName(h.name) ?? ''),
    phone: full ? h.phone : maskPhone(h.phone),
    address: visits ? h.address : null,
    lat: visits ? h.lat : coarse(h.lat),
    lng: visits ? h.lng : coarse(h.lng),
    needs: visits ? h.needs : null,
    tags: h.tags as HouseholdTag[],
    personalDataMasked: !full,
    erasedAt: iso(h.erasedAt),
    createdAt: h.createdAt.toISOString(),
    updatedAt: h.updatedAt.toISOString(),
  };
}

/**
 * What the audit trail and events keep of a household: the masked view. The trail is append-only, so
 * it must never hold what an erasure would have to remove.
 */
export const householdSnapshot = (h: HouseholdRow): HouseholdView => toHouseholdView(h, 'masked');

export function toPairingView(p: PairingRow, nextVisitAt: Date | null): PairingView {
  return {
    id: p.id,
    householdId: p.householdId,
    memberId: p.memberId,
    communityId: p.communityId,
    rrule: p.rrule,
    startsAt: p.startsAt.toISOString(),
    visitMinutes: Math.round(p.visitDurationS / 60),
    categoryCode: p.categoryCode,
    status: p.status,
    publishFrom: p.publishFrom.toISOString(),
    replacesId: p.replacesId,
    nextVisitAt: iso(nextVisitAt),
    endedAt: iso(p.endedAt),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps of a pairing: ids, rhythm and status (nothing personal). */
export const pairingSnapshot = (p: PairingRow) => toPairingView(p, null);
