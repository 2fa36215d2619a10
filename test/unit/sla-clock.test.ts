import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../src/domain/order-state.js';
import {
  breachAction,
  claimDeadlineApplies,
  completeDeadlineApplies,
  deadlineVerdict,
  durationSeconds,
  extensionProblem,
  formatDuration,
  ladderRegion,
  lateMs,
  whistleLevel,
} from '../../src/domain/sla-clock.js';

const at = (s: string) => new Date(`2025-03-01T${s}Z`);

describe('ISO 8601 durations', () => {
  it('reads the forms policies use, down to seconds', () => {
    expect(durationSeconds('PT5S')).toBe(5);
    expect(durationSeconds('PT2H')).toBe(7_200);
    expect(durationSeconds('P1D')).toBe(86_400);
    expect(durationSeconds('P1DT2H30M')).toBe(95_400);
    expect(durationSeconds('P1W')).toBe(604_800);
    expect(durationSeconds('PT1.5H')).toBe(5_400);
  });

  it('refuses what is not a fixed whole number of seconds', () => {
    for (const bad of ['', 'P', 'PT', '5s', 'PT-5S', '-PT5S', 'P1M', 'P1Y', 'PT0.5S', 'PT5', '2 hours'])
      expect(durationSeconds(bad), bad).toBeNull();
  });

  it('writes the shortest form, and reading it back gives the same seconds', () => {
    expect(formatDuration(5)).toBe('PT5S');
    expect(formatDuration(86_400)).toBe('P1D');
    expect(formatDuration(5_400)).toBe('PT1H30M');
    expect(formatDuration(0)).toBe('PT0S');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 366 * 86_400 }), (s) => durationSeconds(formatDuration(s)) === s),
    );
  });
});

describe('lateness', () => {
  it('is the time from the deadline to detection, never negative, capped to the column', () => {
    expect(lateMs(at('10:00:00'), at('10:00:01.250'))).toBe(1_250);
    expect(lateMs(at('10:00:00'), at('09:59:59'))).toBe(0);
    expect(lateMs(new Date(0), new Date(90 * 86_400_000))).toBe(2_147_483_647);
  });
});

describe('when a deadline applies', () => {
  const o = (status: OrderStatus, slotsHeld = 0, headcount = 2) => ({ status, slotsHeld, headcount });

  it('claim-by: only an open order with free slots', () => {
    expect(claimDeadlineApplies(o('open', 1))).toBe(true);
    for (const s of [
      'draft',
      'filled',
      'in_progress',
      'completed',
      'verified',
      'cancelled',
      'expired',
    ] as const)
      expect(claimDeadlineApplies(o(s, s === 'filled' ? 2 : 0)), s).toBe(false);
    expect(claimDeadlineApplies(o('open', 2))).toBe(false);
  });

  it('complete-by: until the work is completed or the order ends', () => {
    for (const s of ['open', 'filled', 'in_progress'] as const)
      expect(completeDeadlineApplies(o(s)), s).toBe(true);
    for (const s of ['draft', 'completed', 'verified', 'cancelled', 'expired'] as const)
      expect(completeDeadlineApplies(o(s)), s).toBe(false);
  });
});

describe('what a fired timer does', () => {
  const planned = at('10:00:00');
  it('nothing when the deadline moved, was met, or is not reached yet; else it is due', () => {
    expect(deadlineVerdict({ planned, current: at('11:00:00'), applies: true, now: at('10:00:05') })).toBe(
      'moved',
    );
    expect(deadlineVerdict({ planned, current: null, applies: true, now: at('10:00:05') })).toBe('moved');
    expect(deadlineVerdict({ planned, current: planned, applies: false, now: at('10:00:05') })).toBe('met');
    expect(deadlineVerdict({ planned, current: planned, applies: true, now: at('09:59:59.990') })).toBe(
      'early',
    );
    expect(deadlineVerdict({ planned, current: planned, applies: true, now: planned })).toBe('due');
  });
});

describe('the ladder', () => {
  it('climbs one level below the policy top; at the top an unfilled claim breach expires, the rest is recorded', () => {
    expect(breachAction({ kind: 'claim', level: 0, maxLevel: 2, unfilled: true })).toBe('escalate');
    expect(breachAction({ kind: 'claim', level: 1, maxLevel: 2, unfilled: true })).toBe('escalate');
    expect(breachAction({ kind: 'claim', level: 2, maxLevel: 2, unfilled: true })).toBe('expire');
    expect(breachAction({ kind: 'claim', level: 0, maxLevel: 0, unfilled: true })).toBe('expire');
    expect(breachAction({ kind: 'complete', level: 2, maxLevel: 2, unfilled: false })).toBe('record');
    expect(breachAction({ kind: 'response', level: 1, maxLevel: 1, unfilled: true })).toBe('record');
    // A manual whistle may have gone above the policy's top: nothing climbs further.
    expect(breachAction({ kind: 'complete', level: 2, maxLevel: 1, unfilled: false })).toBe('record');
  });

  it('a whistle only goes up, by default one level, at most to the district', () => {
    expect(whistleLevel(0)).toEqual({ level: 1, ok: true });
    expect(whistleLevel(0, 2)).toEqual({ level: 2, ok: true });
    expect(whistleLevel(1, 1).ok).toBe(false);
    expect(whistleLevel(2).ok).toBe(false);
    expect(whistleLevel(2, 1).ok).toBe(false);
  });

  it('level 1 is the street above the community, level 2 the district', () => {
    const path = 'd0/s1/c2/';
    expect(ladderRegion(path, 1)).toEqual({ regionId: 's1', regionPath: 'd0/s1/' });
    expect(ladderRegion(path, 2)).toEqual({ regionId: 'd0', regionPath: 'd0/' });
    expect(() => ladderRegion('s1/c2/', 2)).toThrow(RangeError);
    expect(() => ladderRegion(path, 0)).toThrow(RangeError);
  });
});

describe('extensions', () => {
  it('must be in the future and later than the current deadline', () => {
    const now = at('10:00:00');
    expect(extensionProblem(at('11:00:00'), at('12:00:00'), now)).toBeNull();
    expect(extensionProblem(at('09:00:00'), at('10:30:00'), now)).toBeNull();
    expect(extensionProblem(at('11:00:00'), at('10:30:00'), now)).toMatch(/not later/);
    expect(extensionProblem(at('09:00:00'), at('09:30:00'), now)).toMatch(/future/);
    expect(extensionProblem(at('11:00:00'), at('11:00:00'), now)).toMatch(/not later/);
  });
});
