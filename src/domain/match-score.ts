import { distanceM } from './geo.js';

/**
 * The matching score: who is asked first when an auto order goes out. Every part lies in [0, 1];
 * the score is the weighted sum of the first five (in [0, 1]) less the weighted penalty
 * (so in [-0.3, 1]); every part is stored on the offer, so staff can see why someone was asked.
 *
 * | part             | weight | value                                                                        | why |
 * | ---------------- | ------ | ---------------------------------------------------------------------------- | --- |
 * | skillFit         | 0.20   | 1 when the member's skills are exactly the required ones; otherwise 0.8 × the | a specialist is asked before a generalist, who stays free for work only they can do |
 * |                  |        | share of the member's skills the order requires; 0.5 when nothing is required |     |
 * | distance         | 0.30   | 1 / (1 + metres / 2000) from the order's location to the member's home        | closer people arrive sooner; 0.5 (= 2 km) when either place is unknown |
 * | fairness         | 0.25   | 1 / (1 + approved hours in the last 30 days / 8)                              | fewer recent hours first, so the work is shared |
 * | reliability      | 0.15   | (completions + 3) / (completions + withdrawals + 2 × no-shows + 4)           | a Beta(3, 1) prior: a newcomer starts at 0.75, not at 0 |
 * | sameGrid         | 0.10   | 1 when the member lives in the order's grid, else 0                           | grid neighbours know the household |
 * | pendingElsewhere | −0.30  | n / (n + 1) for the member's n offers pending (not yet due) on other orders, counted up to 3; | orders posted at the same time spread over more members instead of all |
 * |                  |        | 0 with none, 0.5 with one                                                     | waiting on the same few, who can take only so many |
 *
 * Ties are broken by member id (ascending), so the same inputs always give the same ranking.
 */
export const SCORE_WEIGHTS = {
  skillFit: 0.2,
  distance: 0.3,
  fairness: 0.25,
  reliability: 0.15,
  sameGrid: 0.1,
} as const;

/** Parts that lower the score: weight × part is subtracted. */
export const PENALTY_WEIGHTS = {
  pendingElsewhere: 0.3,
} as const;

export type ScorePart = keyof typeof SCORE_WEIGHTS;
export type PenaltyPart = keyof typeof PENALTY_WEIGHTS;
export type ScoreParts = Record<ScorePart | PenaltyPart, number>;

/** Distance at which the distance part is one half (and what an unknown distance counts as). */
export const DISTANCE_HALF_M = 2000;
/** Recent approved hours at which the fairness part is one half. */
export const FAIRNESS_HALF_HOURS = 8;
/** Pending offers elsewhere at which the pendingElsewhere part is one half. */
export const PENDING_HALF_OFFERS = 1;
const EXACT_FIT = 1;
const PARTIAL_FIT_CAP = 0.8;
const NOTHING_REQUIRED = 0.5;
const PRIOR_SUCCESSES = 3;
const PRIOR_FAILURES = 1;
const NO_SHOW_WEIGHT = 2;

export interface Point {
  lat: number;
  lng: number;
}

/** What the matcher knows about the order. */
export interface OrderFeatures {
  requiredSkills: readonly string[];
  location: Point | null;
  gridId: string | null;
}

/** What the matcher knows about one eligible member (counted from its claims). */
export interface CandidateFeatures {
  memberId: string;
  skills: readonly string[];
  home: Point | null;
  gridId: string | null;
  /** Approved hours of work completed in the last 30 days. */
  recentHours: number;
  completions: number;
  withdrawals: number;
  noShows: number;
  /** Offers to the member still pending (not yet due) on other orders. */
  pendingElsewhere: number;
}

export interface RankedCandidate<C extends CandidateFeatures = CandidateFeatures> {
  candidate: C;
  score: number;
  parts: ScoreParts;
}

export function skillFitPart(required: readonly string[], memberSkills: readonly string[]): number {
  const need = new Set(required);
  if (need.size === 0) return NOTHING_REQUIRED;
  const own = new Set(memberSkills);
  if (own.size === need.size && [...need].every((s) => own.has(s))) return EXACT_FIT;
  if (own.size === 0) return 0;
  const shared = [...own].filter((s) => need.has(s)).length;
  return (PARTIAL_FIT_CAP * shared) / own.size;
}

export function distancePart(metres: number | null): number {
  if (metres === null || !Number.isFinite(metres)) return 1 / 2;
  return 1 / (1 + Math.max(0, metres) / DISTANCE_HALF_M);
}

export function fairnessPart(recentHours: number): number {
  return 1 / (1 + Math.max(0, recentHours) / FAIRNESS_HALF_HOURS);
}

export function reliabilityPart(completions: number, withdrawals: number, noShows: number): number {
  const good = Math.max(0, completions) + PRIOR_SUCCESSES;
  const bad = Math.max(0, withdrawals) + NO_SHOW_WEIGHT * Math.max(0, noShows) + PRIOR_FAILURES;
  return good / (good + bad);
}

export function pendingElsewherePart(pending: number): number {
  const n = Math.max(0, pending);
  return n / (n + PENDING_HALF_OFFERS);
}

export function scoreParts(order: OrderFeatures, c: CandidateFeatures): ScoreParts {
  return {
    skillFit: skillFitPart(order.requiredSkills, c.skills),
    distance: distancePart(order.location && c.home ? distanceM(order.location, c.home) : null),
    fairness: fairnessPart(c.recentHours),
    reliability: reliabilityPart(c.completions, c.withdrawals, c.noShows),
    sameGrid: order.gridId !== null && c.gridId === order.gridId ? 1 : 0,
    pendingElsewhere: pendingElsewherePart(c.pendingElsewhere),
  };
}

export type PenaltyWeights = Record<PenaltyPart, number>;

/** The score of parts; penalty weights default to PENALTY_WEIGHTS (a deployment may set its own). */
export function scoreOf(parts: ScoreParts, penalties: PenaltyWeights = PENALTY_WEIGHTS): number {
  let total = 0;
  for (const part of Object.keys(SCORE_WEIGHTS) as ScorePart[]) total += SCORE_WEIGHTS[part] * parts[part];
  for (const part of Object.keys(PENALTY_WEIGHTS) as PenaltyPart[]) total -= penalties[part] * parts[part];
  return total;
}

/** Best first: by score, then by member id, so a re-run ranks the same candidates the same way. */
export function rankCandidates<C extends CandidateFeatures>(
  order: OrderFeatures,
  candidates: readonly C[],
  penalties: PenaltyWeights = PENALTY_WEIGHTS,
): RankedCandidate<C>[] {
  return candidates
    .map((candidate) => {
      const parts = scoreParts(order, candidate);
      return { candidate, parts, score: scoreOf(parts, penalties) };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.candidate.memberId < b.candidate.memberId
          ? -1
          : a.candidate.memberId > b.candidate.memberId
            ? 1
            : 0),
    );
}
