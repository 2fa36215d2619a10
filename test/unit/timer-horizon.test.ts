import { describe, expect, it } from 'vitest';
import {
  planWindow,
  TIMER_HORIZON_MS,
  TIMER_PLAN_EVERY_MS,
  timersDueSoon,
} from '../../src/outbox/timer-horizon.js';

const now = new Date('2026-12-07T08:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);
const MINUTE = 60_000;

describe('the timer horizon', () => {
  it('writes with its deadline only a timer due within the horizon', () => {
    const timer = (delayMs: number) => ({
      queue: 'offers' as const,
      name: 'expire',
      payload: { orderId: 'o', wave: 1 },
      delayMs,
    });
    const jobs = [timer(0), timer(TIMER_HORIZON_MS), timer(TIMER_HORIZON_MS + 1), timer(30 * 86_400_000)];
    expect(timersDueSoon(jobs).map((j) => j.delayMs)).toEqual([0, TIMER_HORIZON_MS]);
  });

  it('the planner runs at least twice within the horizon', () => {
    expect(2 * TIMER_PLAN_EVERY_MS).toBeLessThanOrEqual(TIMER_HORIZON_MS);
  });

  it('plans the whole horizon when no last run is known', () => {
    expect(planWindow(now, null)).toEqual({ from: now, until: at(TIMER_HORIZON_MS) });
  });

  it('plans from where the last run stopped, less one interval, up to the horizon', () => {
    const last = at(TIMER_HORIZON_MS - TIMER_PLAN_EVERY_MS);
    expect(planWindow(now, last)).toEqual({
      from: at(TIMER_HORIZON_MS - 2 * TIMER_PLAN_EVERY_MS),
      until: at(TIMER_HORIZON_MS),
    });
  });

  it('after a pause longer than the horizon, plans all of it', () => {
    expect(planWindow(now, at(-60 * MINUTE))).toEqual({ from: now, until: at(TIMER_HORIZON_MS) });
  });

  it('when the clock moved back past the last run, plans the whole horizon', () => {
    expect(planWindow(now, at(TIMER_HORIZON_MS + 5 * MINUTE))).toEqual({
      from: now,
      until: at(TIMER_HORIZON_MS),
    });
  });

  it('consecutive runs leave no deadline out', () => {
    // Runs every interval, each from the last one's mark: the windows overlap and cover every moment.
    let last: Date | null = null;
    let covered = now.getTime();
    for (let k = 0; k < 30; k += 1) {
      const window = planWindow(at(k * TIMER_PLAN_EVERY_MS), last);
      expect(window.from.getTime()).toBeLessThanOrEqual(covered);
      covered = window.until.getTime();
      last = window.until;
    }
  });
});
