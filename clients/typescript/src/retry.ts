/** How the client retries an answer of 429 or 503. */
export interface RetryOptions {
  /** Retries after the first attempt (0 turns retrying off). Default 3. */
  retries: number;
  /** First wait when the answer has no Retry-After; it doubles with each retry. Default 500 ms. */
  baseDelayMs: number;
  /**
   * Longest wait, for backoff and Retry-After alike. An answer asking for a longer wait is given to
   * the caller at once instead (as an ApiProblem). Default 30 s.
   */
  maxDelayMs: number;
}

export const defaultRetry: RetryOptions = { retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 };

const RETRY_STATUSES = new Set([429, 503]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * A request may be sent again when doing it twice does what doing it once does: an idempotent
 * method, or a POST carrying an Idempotency-Key (the API replays the first answer).
 */
export const mayRetry = (request: Request): boolean =>
  IDEMPOTENT_METHODS.has(request.method) || request.headers.has('idempotency-key');

/** Retry-After as milliseconds: delay-seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with equal jitter: between half and all of base × 2^retry, capped. */
export function backoffMs(retry: number, base: number, cap: number): number {
  const ceiling = Math.min(cap, base * 2 ** retry);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Wraps fetch so that a 429 or 503 answer to a request that may be retried is retried after the
 * answer's Retry-After (or a backoff when it has none), at most `retries` times and never waiting
 * longer than `maxDelayMs`. Each attempt sends a clone of the request, so a POST sends the same
 * body and the same Idempotency-Key.
 */
export function retrying(
  fetchImpl: (request: Request) => Promise<Response>,
  options: RetryOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const retryable = mayRetry(request);
    for (let retry = 0; ; retry++) {
      const last = !retryable || retry >= options.retries;
      const response = await fetchImpl(last ? request : request.clone());
      if (last || !RETRY_STATUSES.has(response.status)) return response;
      const asked = retryAfterMs(response.headers.get('retry-after'));
      const wait = asked ?? backoffMs(retry, options.baseDelayMs, options.maxDelayMs);
      if (wait > options.maxDelayMs) return response;
      await response.body?.cancel();
      await sleep(wait, request.signal);
    }
  };
}
