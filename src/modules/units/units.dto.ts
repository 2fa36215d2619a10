import type { PairingRow, UnitRow } from './units.repo.js';
import type { PairingView, UnitView } from './units.schemas.js';

export function toUnitView(u: UnitRow): UnitView {
  return {
    id: u.id,
    name: u.name,
    kind: u.kind,
    partyOrganisation: u.partyOrganisation,
    regionId: u.regionId,
    expectedMembers: u.expectedMembers,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}

export function toPairingView(p: PairingRow): PairingView {
  return {
    id: p.id,
    unitId: p.unitId,
    communityId: p.communityId,
    validFrom: p.validFrom,
    validTo: p.validTo,
    createdAt: p.createdAt.toISOString(),
  };
}
