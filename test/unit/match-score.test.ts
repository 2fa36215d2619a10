import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CandidateFeatures,
  distancePart,
  fairnessPart,
  type OrderFeatures,
  PENALTY_WEIGHTS,
  pendingElsewherePart,
  rankCandidates,
  reliabilityPart,
  SCORE_WEIGHTS,
  scoreOf,
  scoreParts,
  skillFitPart,
} from '../../src/domain/match-score.js';

const order: OrderFeatures = {
  requiredSkills: ['medical'],
  location: { lat: 29.7, lng: 116 },
  gridId: 'grid-1',
};

const candidate = (o: Partial<CandidateFeatures> = {}): CandidateFeatures => ({
  memberId: 'm-0',
  skills: ['medical'],
  home: { lat: 29.7, lng: 116 },
  gridId: null,
  recentHours: 0,
  completions: 0,
  withdrawals: 0,
  noShows: 0,
  pendingElsewhere: 0,
  ...o,
});

/** A point `metres` north of the order (1° of latitude is about 111.2 km). */
const north = (metres: number) => ({ lat: 29.7 + metres / 111_195, lng: 116 });

const arbCandidate = fc.record({
  memberId: fc.uuid(),
  skills: fc.subarray(['medical', 'legal', 'driving', 'repair', 'it'], { minLength: 1 }),
  home: fc.option(
    fc.record({
      lat: fc.double({ min: 29.6, max: 29.8, noNaN: true }),
      lng: fc.double({ min: 115.9, max: 116.1, noNaN: true }),
    }),
    { nil: null },
  ),
  gridId: fc.constantFrom(null, 'grid-1', 'grid-2'),
  recentHours: fc.integer({ min: 0, max: 200 }),
  completions: fc.nat(50),
  withdrawals: fc.nat(50),
  noShows: fc.nat(50),
  pendingElsewhere: fc.nat(20),
});

describe('match score parts', () => {
  it('fits skills: exact fit first, then the share of the member skills the order needs', () => {
    expect(skillFitPart(['medical'], ['medical'])).toBe(1);
    expect(skillFitPart(['medical', 'driving'], ['driving', 'medical'])).toBe(1);
    expect(skillFitPart(['medical'], ['medical', 'driving'])).toBeCloseTo(0.4);
    expect(skillFitPart(['medical'], ['medical', 'driving', 'legal', 'it'])).toBeCloseTo(0.2);
    expect(skillFitPart([], ['medical'])).toBe(0.5);
    expect(skillFitPart([], [])).toBe(0.5);
  });

  it('halves the distance part at 2 km and counts an unknown distance as 2 km', () => {
    expect(distancePart(0)).toBe(1);
    expect(distancePart(2000)).toBe(0.5);
    expect(distancePart(6000)).toBe(0.25);
    expect(distancePart(null)).toBe(0.5);
    expect(scoreParts({ ...order, location: null }, candidate()).distance).toBe(0.5);
    expect(scoreParts(order, candidate({ home: null })).distance).toBe(0.5);
  });

  it('halves fairness at 8 recent hours', () => {
    expect(fairnessPart(0)).toBe(1);
    expect(fairnessPart(8)).toBe(0.5);
    expect(fairnessPart(24)).toBe(0.25);
  });

  it('gives newcomers a prior of 0.75 and weighs a no-show as two withdrawals', () => {
    expect(reliabilityPart(0, 0, 0)).toBe(0.75);
    expect(reliabilityPart(0, 2, 0)).toBe(reliabilityPart(0, 0, 1));
    expect(reliabilityPart(10, 0, 0)).toBeGreaterThan(0.9);
    expect(reliabilityPart(0, 1, 0)).toBeCloseTo(0.6);
  });

  it('counts the same grid only when the order has one', () => {
    expect(scoreParts(order, candidate({ gridId: 'grid-1' })).sameGrid).toBe(1);
    expect(scoreParts(order, candidate({ gridId: 'grid-2' })).sameGrid).toBe(0);
    expect(scoreParts({ ...order, gridId: null }, candidate({ gridId: null })).sameGrid).toBe(0);
  });

  it('counts pending offers on other orders against the member: none is 0, one is a half', () => {
    expect(pendingElsewherePart(0)).toBe(0);
    expect(pendingElsewherePart(1)).toBe(0.5);
    expect(pendingElsewherePart(3)).toBe(0.75);
    expect(scoreParts(order, candidate({ pendingElsewhere: 2 })).pendingElsewhere).toBeCloseTo(2 / 3, 12);
  });

  it('is the weighted sum of its parts, with weights summing to 1, less the weighted penalty', () => {
    expect(Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const parts = scoreParts(order, candidate({ gridId: 'grid-1', recentHours: 8, completions: 1 }));
    expect(parts).toEqual({
      skillFit: 1,
      distance: 1,
      fairness: 0.5,
      reliability: 0.8,
      sameGrid: 1,
      pendingElsewhere: 0,
    });
    expect(scoreOf(parts)).toBeCloseTo(0.2 + 0.3 + 0.125 + 0.12 + 0.1, 12);
    const asked = scoreParts(
      order,
      candidate({ gridId: 'grid-1', recentHours: 8, completions: 1, pendingElsewhere: 1 }),
    );
    expect(scoreOf(asked)).toBeCloseTo(
      0.2 + 0.3 + 0.125 + 0.12 + 0.1 - PENALTY_WEIGHTS.pendingElsewhere * 0.5,
      12,
    );
  });
});

describe('rankCandidates', () => {
  it('ranks by score and breaks ties by member id', () => {
    const ranked = rankCandidates(order, [
      candidate({ memberId: 'c', home: north(500) }),
      candidate({ memberId: 'b', home: north(100) }),
      candidate({ memberId: 'a', home: north(500) }),
      candidate({ memberId: 'd', home: north(100), recentHours: 16 }),
    ]);
    expect(ranked.map((r) => r.candidate.memberId)).toEqual(['b', 'a', 'c', 'd']);
    expect(ranked[0]!.score).toBe(scoreOf(ranked[0]!.parts));
  });

  it('every part stays within [0, 1], the score within [-0.3, 1] and within [0, 1] without pending offers elsewhere', () => {
    fc.assert(
      fc.property(arbCandidate, (c) => {
        const [r] = rankCandidates(order, [c]);
        for (const v of Object.values(r!.parts)) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
        expect(r!.score).toBeGreaterThanOrEqual(-PENALTY_WEIGHTS.pendingElsewhere);
        expect(r!.score).toBeLessThanOrEqual(1);
        const [free] = rankCandidates(order, [{ ...c, pendingElsewhere: 0 }]);
        expect(free!.parts.pendingElsewhere).toBe(0);
        expect(free!.score).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('without pending offers elsewhere, the score is the weighted sum of the five parts, as before the penalty', () => {
    fc.assert(
      fc.property(arbCandidate, (c) => {
        const [r] = rankCandidates(order, [{ ...c, pendingElsewhere: 0 }]);
        const { pendingElsewhere, ...five } = r!.parts;
        expect(pendingElsewhere).toBe(0);
        let sum = 0;
        for (const [part, w] of Object.entries(SCORE_WEIGHTS)) sum += w * five[part as keyof typeof five];
        expect(r!.score).toBe(sum);
      }),
    );
  });

  it('all else equal, more pending offers on other orders rank lower', () => {
    fc.assert(
      fc.property(arbCandidate, fc.uuid(), fc.integer({ min: 1, max: 20 }), (base, otherId, more) => {
        fc.pre(otherId !== base.memberId);
        const asked = { ...base, memberId: otherId, pendingElsewhere: base.pendingElsewhere + more };
        const ranked = rankCandidates(order, [asked, base]);
        expect(ranked[0]!.candidate).toBe(base);
        expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
      }),
    );
  });

  it('with the pendingElsewhere weight set to 0, pending offers elsewhere change no score and no rank', () => {
    fc.assert(
      fc.property(fc.array(arbCandidate, { minLength: 1, maxLength: 8 }), (candidates) => {
        const none = candidates.map((c) => ({ ...c, pendingElsewhere: 0 }));
        const ranked = rankCandidates(order, candidates, { pendingElsewhere: 0 });
        const alone = rankCandidates(order, none, { pendingElsewhere: 0 });
        expect(ranked.map((r) => [r.candidate.memberId, r.score])).toEqual(
          alone.map((r) => [r.candidate.memberId, r.score]),
        );
      }),
    );
  });

  it('all else equal, the closer member ranks higher', () => {
    fc.assert(
      fc.property(
        arbCandidate,
        fc.uuid(),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 1, max: 50_000 }),
        (base, otherId, near, extra) => {
          fc.pre(otherId !== base.memberId);
          const close = { ...base, home: north(near) };
          const far = { ...base, memberId: otherId, home: north(near + extra) };
          const ranked = rankCandidates(order, [far, close]);
          expect(ranked[0]!.candidate).toBe(close);
        },
      ),
    );
  });

  it('all else equal, more recent hours rank lower', () => {
    fc.assert(
      fc.property(
        arbCandidate,
        fc.uuid(),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        (base, otherId, hours, more) => {
          fc.pre(otherId !== base.memberId);
          const rested = { ...base, recentHours: hours };
          const busy = { ...base, memberId: otherId, recentHours: hours + more };
          expect(rankCandidates(order, [busy, rested])[0]!.candidate).toBe(rested);
        },
      ),
    );
  });

  it('all else equal, a withdrawal or a no-show ranks lower', () => {
    fc.assert(
      fc.property(
        arbCandidate,
        fc.uuid(),
        fc.constantFrom('withdrawals', 'noShows') as fc.Arbitrary<'withdrawals' | 'noShows'>,
        (base, otherId, kind) => {
          fc.pre(otherId !== base.memberId);
          const flaky = { ...base, memberId: otherId, [kind]: base[kind] + 1 };
          expect(rankCandidates(order, [flaky, base])[0]!.candidate).toBe(base);
        },
      ),
    );
  });

  it('is deterministic: any input order gives the same ranking', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(arbCandidate, { selector: (c) => c.memberId, maxLength: 12 })
          .chain((cs) =>
            fc.tuple(
              fc.constant(cs),
              fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }),
            ),
          ),
        ([cs, shuffled]) => {
          const ids = (list: CandidateFeatures[]) =>
            rankCandidates(order, list).map((r) => r.candidate.memberId);
          expect(ids(shuffled)).toEqual(ids(cs));
        },
      ),
    );
  });
});
