import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasAtMostTwoDecimals, pointsFor } from '../../src/domain/points.js';

describe('pointsFor', () => {
  it('is hours × base rate × category multiplier', () => {
    expect(pointsFor(2, 10, 1)).toBe(20);
    expect(pointsFor(2.5, 10, 1.5)).toBe(37.5);
    expect(pointsFor(0.25, 10, 1)).toBe(2.5);
    expect(pointsFor(3, 12, 1.25)).toBe(45);
    expect(pointsFor(0, 10, 1.5)).toBe(0);
  });

  it('rounds to 2 decimals without floating-point drift', () => {
    // 0.03 × 10 × 1.65 is 0.49499999999999994 in floating point: naive rounding gives 0.49.
    expect(Math.round(0.03 * 10 * 1.65 * 100) / 100).toBe(0.49);
    expect(pointsFor(0.03, 10, 1.65)).toBe(0.5);
    expect(pointsFor(0.09, 10, 1.35)).toBe(1.22);
    expect(pointsFor(1.15, 10, 1.5)).toBe(17.25);
    expect(pointsFor(0.07, 10, 1.1)).toBe(0.77);
    expect(pointsFor(1.33, 7, 1.5)).toBe(13.97); // 13.965 rounds half up
    expect(pointsFor(0.01, 0.5, 1)).toBe(0.01); // 0.005 rounds half up
  });

  it('refuses amounts no ledger can hold', () => {
    expect(() => pointsFor(-1, 10, 1)).toThrow(RangeError);
    expect(() => pointsFor(1, 0, 1)).toThrow(RangeError);
    expect(() => pointsFor(1, 10, -0.5)).toThrow(RangeError);
    expect(() => pointsFor(Number.NaN, 10, 1)).toThrow(RangeError);
  });

  const hundredths = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 100);

  it('equals the exact decimal product, rounded half up to the cent (property)', () => {
    fc.assert(
      fc.property(
        hundredths(99_999),
        fc.integer({ min: 1, max: 100 }),
        hundredths(1_000),
        (hours, rate, multiplier) => {
          const exact = BigInt(Math.round(hours * 100)) * BigInt(rate) * BigInt(Math.round(multiplier * 100)); // in 1/10,000ths
          const cents = (exact + 50n) / 100n;
          expect(pointsFor(hours, rate, multiplier)).toBe(Number(cents) / 100);
        },
      ),
    );
  });

  it('never falls when the hours rise, and always fits the ledger (property)', () => {
    fc.assert(
      fc.property(
        hundredths(50_000),
        hundredths(50_000),
        fc.integer({ min: 1, max: 50 }),
        hundredths(500),
        (a, b, rate, multiplier) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(pointsFor(lo, rate, multiplier)).toBeLessThanOrEqual(pointsFor(hi, rate, multiplier));
          expect(hasAtMostTwoDecimals(pointsFor(hi, rate, multiplier))).toBe(true);
        },
      ),
    );
  });
});

describe('hasAtMostTwoDecimals', () => {
  it('accepts cents and refuses fractions of a cent', () => {
    for (const v of [0, 1, 0.1, 0.07, 19.99, -20.5, 1_000_000.01]) expect(hasAtMostTwoDecimals(v)).toBe(true);
    for (const v of [0.001, 1.005, 12.345, Number.NaN, Number.POSITIVE_INFINITY])
      expect(hasAtMostTwoDecimals(v)).toBe(false);
  });
});
