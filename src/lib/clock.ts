/** The clock is a dependency so SLA and expiry logic can be tested without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A pairing or report-in is judged by calendar day; days are counted in UTC. */
export const todayOf = (clock: Clock): string => clock.now().toISOString().slice(0, 10);
