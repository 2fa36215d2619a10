import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffCeilingMs, webhookBackoffMs } from '../../src/domain/webhook-backoff.js';

const policy = { baseMs: 5_000, capMs: 3_600_000 };

describe('webhook backoff', () => {
  it('doubles the ceiling from the base after each failure, up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffCeilingMs(n, policy))).toEqual([
      5_000, 10_000, 20_000, 40_000, 80_000,
    ]);
    expect(backoffCeilingMs(10, policy)).toBe(2_560_000);
    expect(backoffCeilingMs(11, policy)).toBe(3_600_000);
    expect(backoffCeilingMs(1_000, policy)).toBe(3_600_000);
  });

  it('draws the delay between half the ceiling and the ceiling', () => {
    expect(webhookBackoffMs(3, policy, () => 0)).toBe(10_000);
    expect(webhookBackoffMs(3, policy, () => 0.5)).toBe(15_000);
    expect(webhookBackoffMs(3, policy, () => 0.999_999)).toBe(20_000);
  });

  it('stays inside its window and finite for any attempt and any random draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const ceiling = backoffCeilingMs(n, policy);
          const delay = webhookBackoffMs(n, policy, () => r);
          expect(Number.isFinite(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
          expect(delay).toBeLessThanOrEqual(ceiling);
          expect(delay).toBeLessThanOrEqual(policy.capMs);
        },
      ),
    );
  });

  it('never waits less than the previous gap before the cap, whatever the jitter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r1, r2) => {
          expect(webhookBackoffMs(n + 1, policy, () => r2)).toBeGreaterThanOrEqual(
            webhookBackoffMs(n, policy, () => r1),
          );
        },
      ),
    );
  });

  it('spreads retries of deliveries that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => webhookBackoffMs(4, policy)));
    expect(delays.size).toBeGreaterThan(10);
  });
});
