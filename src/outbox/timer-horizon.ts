/**
 * The timer horizon. A timer is a delayed job with a deterministic id that looks its deadline up in
 * Postgres when it fires (an order's claim-by and complete-by, an escalation's respond-by, a wave's
 * offer expiry, a request for a claim's auto-accept). One due within TIMER_HORIZON_MS is written
 * to the outbox with the change that sets its deadline; one due later is not: the timer planner
 * (the SLA queue's `plan` job, every TIMER_PLAN_EVERY_MS) adds it straight to its queue once its
 * deadline comes within the horizon.
 * Most deadlines are met long before they come due (an order claimed, an offer answered), so most
 * never become a delayed job in Redis, and a deadline moved while still far ahead leaves no stale
 * timer behind.
 *
 * Each run adds the deadlines that came within the horizon since the last one (planWindow), so a
 * deadline is planned minutes before it comes due, once or twice; a run after workers were stopped
 * catches up. The reconciler (SLA_RECONCILE_EVERY_MS) and the offer sweep catch what was missed.
 */
import type { OutboxJob } from './jobs.js';

/** How far ahead a timer is written with its deadline, and how far ahead the planner looks. */
export const TIMER_HORIZON_MS = 10 * 60_000;
/** How often the planner adds the timers coming within the horizon. */
export const TIMER_PLAN_EVERY_MS = 60_000;

/** Deadlines a planner run adds the timers of: after `from`, by `until`. */
export interface PlanWindow {
  from: Date;
  until: Date;
}

/**
 * The window of one planner run at `now`, given where the last run planned to (null: no run known,
 * as at the first or after Redis lost its data). A run plans from where the last one stopped, less
 * one interval (a deadline written by a transaction that committed across the last run), up to the
 * horizon: each deadline is added once or twice as it comes within the horizon, however many lie
 * ahead, and a run after a pause catches up on everything the pause left. With no last run, or one
 * that does not fit the clock (it moved back), the run plans the whole horizon.
 */
export function planWindow(now: Date, lastUntil: Date | null): PlanWindow {
  const until = new Date(now.getTime() + TIMER_HORIZON_MS);
  if (lastUntil === null || lastUntil > until) return { from: now, until };
  const resume = lastUntil.getTime() - TIMER_PLAN_EVERY_MS;
  return { from: new Date(Math.max(now.getTime(), resume)), until };
}

/** The timers among `jobs` to write now: those due within the horizon of the moment they were planned at. */
export const timersDueSoon = <J extends OutboxJob>(jobs: J[]): J[] =>
  jobs.filter((job) => (job.delayMs ?? 0) <= TIMER_HORIZON_MS);
