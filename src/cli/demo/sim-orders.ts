import { distanceM } from '../../domain/geo.js';
import { flatAddress, personName } from './people.js';
import type { Random } from './random.js';
import type { SimCommunity, SimMember } from './sim-city.js';
import type { WhistleKind } from './whistles.js';

/** An order the simulation posted (or a household visit it learnt of), and what it has seen of it since. */
export interface SimOrder {
  id: string;
  kind: WhistleKind;
  community: SimCommunity;
  headcount: number;
  requiredSkills: string[];
  dispatchMode: 'auto' | 'open';
  location: { lat: number; lng: number };
  claimBy: number | null;
  /** taken: responders answer as usual; whistle: nobody answers before the claim deadline. */
  fate: 'taken' | 'whistle';
  /** A whistle order that someone takes once it has escalated. */
  rescued: boolean;
  claims: SimClaim[];
  started: boolean;
  verified: boolean;
  /** A household visit the visit sweep published: when it starts and ends, and the paired member. */
  visit?: { at: number; endsAt: number; memberId: string };
}

export interface SimClaim {
  id: string;
  memberId: string;
  unitKey: string;
  state: 'held' | 'checked_in' | 'completed' | 'withdrawn';
}

export const heldClaims = (o: SimOrder) => o.claims.filter((c) => c.state !== 'withdrawn').length;

/**
 * Whom a unit admin may claim an open order for: members of units paired with its community who have
 * the skills it needs and have not claimed it before. A member who withdrew does not come back, and
 * so each claim the simulation makes has an Idempotency-Key of its own (a key sent again would
 * replay the first, withdrawn claim).
 */
export function openClaimCandidates(o: SimOrder): SimMember[] {
  const claimed = new Set(o.claims.map((c) => c.memberId));
  return o.community.pairedMembers.filter(
    (m) => !claimed.has(m.id) && o.requiredSkills.every((s) => m.skills.includes(s)),
  );
}

/** Records a claim the API answered; false when the simulation already has it (a replayed answer). */
export function addClaim(o: SimOrder, claim: SimClaim): boolean {
  if (o.claims.some((c) => c.id === claim.id)) return false;
  o.claims.push(claim);
  return true;
}

function nearestGrid(c: SimCommunity, at: { lat: number; lng: number }): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const g of c.grids) {
    const d = distanceM(at, g);
    if (!best || d < best.d) best = { id: g.id, d };
  }
  return best?.id;
}

/** The body of POST /v1/orders for one whistle: a place in the community, a resident, maybe a window. */
export function orderBody(kind: WhistleKind, community: SimCommunity, random: Random, now: Date) {
  const location = random.pointNear(community, community.radiusM * 0.9);
  const headcount = random.int(kind.headcount[0], kind.headcount[1]);
  const requiredSkills = kind.skills.filter(([, p]) => random.chance(p)).map(([s]) => s);
  const dispatchMode = random.chance(kind.openShare) ? ('open' as const) : ('auto' as const);
  const building = flatAddress(random);
  // Events start a little later today; the check-in window allows for the compressed demo day.
  const startsAt = new Date(now.getTime() + random.int(1, 20) * 60_000);
  const body = {
    communityId: community.id,
    gridId: nearestGrid(community, location),
    categoryCode: kind.category,
    title: random.pick(kind.titles),
    description: random.pick(kind.descriptions),
    priority: random.weighted(kind.priorities),
    headcount,
    requiredSkills,
    location: {
      ...location,
      address: kind.event ? `${community.name}党群服务中心` : `${community.name}${building}`,
    },
    ...(kind.event && {
      window: {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      },
    }),
    ...(kind.beneficiary && {
      beneficiary: {
        name: personName(random, community.lat < 25 ? 'hainan' : 'jiangxi'),
        phone: `1${random.int(30, 99)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      },
    }),
    source: random.weighted(kind.sources),
    dispatchMode,
  };
  return { body, headcount, requiredSkills, dispatchMode, location };
}
