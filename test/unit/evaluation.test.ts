import { describe, expect, it } from 'vitest';
import {
  monthDates,
  percent,
  rankChange,
  rankOrder,
  threeRates,
  unitParts,
  weightedScore,
} from '../../src/domain/evaluation.js';

describe('evaluation arithmetic', () => {
  it('computes each rate over its own denominator, null without one, and the mean of those known', () => {
    expect(
      threeRates({ responseDue: 4, responded: 3, resolutionDue: 4, resolved: 2, rated: 3, satisfied: 3 }),
    ).toEqual({ responseRate: 75, resolutionRate: 50, satisfactionRate: 100, overall: 75 });
    expect(
      threeRates({ responseDue: 3, responded: 1, resolutionDue: 0, resolved: 0, rated: 0, satisfied: 0 }),
    ).toEqual({ responseRate: 33.33, resolutionRate: null, satisfactionRate: null, overall: 33.33 });
    expect(
      threeRates({ responseDue: 0, responded: 0, resolutionDue: 0, resolved: 0, rated: 0, satisfied: 0 })
        .overall,
    ).toBeNull();
    expect(percent(2, 3)).toBe(66.67);
  });

  it('ranks by overall, then more orders, then name; those without rates last', () => {
    const ranked = rankOrder([
      { id: 'a', name: 'Beta', overall: 80, weight: 5 },
      { id: 'b', name: 'Alpha', overall: 80, weight: 5 },
      { id: 'c', name: 'Gamma', overall: null, weight: 0 },
      { id: 'd', name: 'Delta', overall: 80, weight: 9 },
      { id: 'e', name: 'Eps', overall: 90, weight: 1 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['e', 1],
      ['d', 2],
      ['b', 3],
      ['a', 4],
      ['c', 5],
    ]);
    expect(rankChange(2, 5)).toEqual({ previousRank: 5, rankChange: 3 });
    expect(rankChange(2, undefined)).toEqual({ previousRank: null, rankChange: null });
  });

  it('puts every unit part on 0–100 and weighs them, a part without data counting 0', () => {
    const parts = unitParts(
      { reportInPct: 120, ordersTaken: 5, hours: 0, onTimePct: 50, rating: 4.5, resourcesOpened: 1 },
      { ordersTaken: 10, hours: 0, resourcesOpened: 4 },
    );
    expect(parts).toEqual({
      reportIn: 100,
      ordersTaken: 50,
      hours: null,
      onTime: 50,
      rating: 90,
      resources: 25,
    });
    const equal = { reportIn: 1, ordersTaken: 1, hours: 1, onTime: 1, rating: 1, resources: 1 };
    expect(weightedScore(parts, equal)).toBe(52.5);
    expect(
      weightedScore(parts, {
        ...equal,
        reportIn: 0,
        ordersTaken: 0,
        onTime: 0,
        hours: 0,
        resources: 0,
        rating: 3,
      }),
    ).toBe(90);
  });

  it('names a month, the next and the previous, across years', () => {
    expect(monthDates('2026-11')).toEqual({
      previousStart: '2026-10-01',
      start: '2026-11-01',
      end: '2026-12-01',
    });
    expect(monthDates('2027-01')).toEqual({
      previousStart: '2026-12-01',
      start: '2027-01-01',
      end: '2027-02-01',
    });
    expect(monthDates('2026-12').end).toBe('2027-01-01');
  });
});
