/**
 * The timer horizon. A timer is a delayed job with a deterministic id that looks its deadline up in
 * Postgres when it fires (an order's claim-by and complete-by, an escalation's respond-by, a wave's
 * offer expiry). One due within TIMER_HORIZON_MS is written to the outbox with the change that sets
 * its deadline; one due later is not: the timer planner (the SLA queue's `plan` job, every
 * TIMER_PLAN_EVERY_MS) adds it straight to its queue once its deadline comes within the horizon.
 * Most deadlines are met long before they come due (an order claimed, an offer answered), so most
 * never become a delayed job in Redis, and a deadline that is moved leaves no stale timer behind.
 *
 * The planner runs at least twice within the horizon, so a deadline is planned minutes before it
 * comes due even when one run is missed; the reconciler (SLA_RECONCILE_EVERY_MS) and the offer sweep
 * catch what a stopped worker left unplanned.
 */
import type { OutboxJob } from './jobs.js';

/** How far ahead a timer is written with its deadline, and how far ahead the planner looks. */
export const TIMER_HORIZON_MS = 10 * 60_000;
/** How often the planner adds the timers coming within the horizon. */
export const TIMER_PLAN_EVERY_MS = 60_000;

/** The timers among `jobs` to write now: those due within the horizon of the moment they were planned at. */
export const timersDueSoon = <J extends OutboxJob>(jobs: J[]): J[] =>
  jobs.filter((job) => (job.delayMs ?? 0) <= TIMER_HORIZON_MS);
