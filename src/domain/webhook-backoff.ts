/**
 * Delay before a webhook delivery's next attempt. The ceiling doubles with every failed attempt from
 * `baseMs` up to `capMs`; the delay is drawn between half the ceiling and the ceiling ("equal
 * jitter"). Jitter spreads the retries of many deliveries that failed together (a receiver that
 * was down), and the fixed half keeps every gap at least as long as the one before, so a
 * recovering receiver is never hit sooner than on the previous round.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

/** The ceiling for the retry after `failedAttempts` failures (1 after the first failure). */
export function backoffCeilingMs(failedAttempts: number, policy: BackoffPolicy): number {
  const n = Math.max(1, Math.floor(failedAttempts));
  // 2^(n-1) overflows to Infinity for large n, which the cap absorbs.
  return Math.min(policy.capMs, policy.baseMs * 2 ** (n - 1));
}

/** `random` returns a number in [0, 1), like Math.random, which is the default. */
export function webhookBackoffMs(
  failedAttempts: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = backoffCeilingMs(failedAttempts, policy);
  const half = ceiling / 2;
  return Math.round(half + random() * half);
}
