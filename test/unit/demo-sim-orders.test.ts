import { describe, expect, it } from 'vitest';
import type { SimCommunity } from '../../src/cli/demo/sim-city.js';
import { addClaim, heldClaims, openClaimCandidates, type SimOrder } from '../../src/cli/demo/sim-orders.js';
import { whistleKinds } from '../../src/cli/demo/whistles.js';

const community = {
  id: 'c',
  pairedMembers: [
    { id: 'm1', unitId: 'u', skills: [] },
    { id: 'm2', unitId: 'u', skills: ['medical'] },
    { id: 'm3', unitId: 'u', skills: [] },
  ],
} as unknown as SimCommunity;

const order = (claims: SimOrder['claims'], requiredSkills: string[] = []): SimOrder => ({
  id: 'o',
  kind: whistleKinds[0]!,
  community,
  headcount: 2,
  requiredSkills,
  dispatchMode: 'open',
  location: { lat: 0, lng: 0 },
  claimBy: null,
  fate: 'taken',
  rescued: false,
  claims,
  started: false,
  verified: false,
});

describe('the simulation’s open-order claims', () => {
  it('never claims again for a member who claimed the order before, withdrawn or not', () => {
    const o = order([
      { id: 'k1', memberId: 'm1', unitKey: 'key', state: 'withdrawn' },
      { id: 'k3', memberId: 'm3', unitKey: 'key', state: 'held' },
    ]);
    expect(openClaimCandidates(o).map((m) => m.id)).toEqual(['m2']);
    expect(openClaimCandidates(order([], ['medical'])).map((m) => m.id)).toEqual(['m2']);
  });

  it('follows a replayed claim once', () => {
    const o = order([]);
    expect(addClaim(o, { id: 'k1', memberId: 'm1', unitKey: 'key', state: 'held' })).toBe(true);
    expect(addClaim(o, { id: 'k1', memberId: 'm1', unitKey: 'key', state: 'held' })).toBe(false);
    expect(heldClaims(o)).toBe(1);
  });
});
