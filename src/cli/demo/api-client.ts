import pRetry from 'p-retry';

/**
 * A small JSON client for the simulation. A call whose answer says "try again" (429, 502, 503, 504,
 * 409 idempotency_in_progress), a dropped connection and a timeout are retried with exponential
 * backoff and jitter until `maxRetryMs` has passed, so a service restarting or waiting for its
 * database costs the simulation time, never an order.
 */
export interface ApiResult {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the simulation reads the few fields it needs
  body: any;
  /**
   * True when an earlier attempt may have reached the service (a dropped connection, a timeout or a
   * 5xx): a write without Idempotency-Key may have taken effect, so a 409 is worth a second look.
   */
  retried: boolean;
}

export interface ApiClient {
  call(
    method: string,
    path: string,
    key: string,
    opts?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<ApiResult>;
  /** Answers by route, status and problem code (`POST /v1/offers/:id/accept 409 order_full`): what the run met. */
  readonly outcomes: Map<string, number>;
}

export interface ApiClientOptions {
  /** One attempt's limit. */
  timeoutMs?: number;
  /** How long a call keeps retrying before it gives up and answers status 0. */
  maxRetryMs?: number;
  /** The first backoff; each next one doubles (with jitter), up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

/** `/v1/orders/<uuid>/claims?x=1` → `/v1/orders/:id/claims`, so answers are counted per route. */
const routeOf = (path: string) =>
  path.split('?')[0]!.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const problemCode = (body: unknown) =>
  body && typeof body === 'object' ? (body as { code?: string }).code : undefined;

/** An answer worth asking again: the service or a balancer says it cannot answer now. */
function isTransient(status: number, body: unknown): boolean {
  if (status === 429 || status === 502 || status === 503 || status === 504) return true;
  return status === 409 && problemCode(body) === 'idempotency_in_progress';
}

class TransientAnswer extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly retryAfterS: number,
  ) {
    super(`answered ${status}`);
  }
}

export function createApiClient(baseUrl: string, options: ApiClientOptions = {}): ApiClient {
  const { timeoutMs = 15_000, maxRetryMs = 180_000, minDelayMs = 250, maxDelayMs = 8_000 } = options;
  const outcomes = new Map<string, number>();
  const count = (label: string) => outcomes.set(label, (outcomes.get(label) ?? 0) + 1);

  async function once(
    method: string,
    path: string,
    key: string,
    opts: { body?: unknown; headers?: Record<string, string> },
  ) {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...opts.headers,
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (an HTML error page from a proxy): kept as text.
    }
    const retryAfterS = Number(res.headers.get('retry-after') ?? 0);
    return { status: res.status, body, retryAfterS: Number.isFinite(retryAfterS) ? retryAfterS : 0 };
  }

  return {
    outcomes,
    async call(method, path, key, opts = {}) {
      const label = `${method} ${routeOf(path)}`;
      let retried = false;
      try {
        const r = await pRetry(
          async () => {
            let r: Awaited<ReturnType<typeof once>>;
            try {
              r = await once(method, path, key, opts);
            } catch (err) {
              // Whether the request reached the service is unknown. Wrapped: a fetch failure is a
              // TypeError, which p-retry would take for a bug and not retry.
              retried = true;
              throw new Error((err as Error).message, { cause: err });
            }
            if (!isTransient(r.status, r.body)) return r;
            if (r.status >= 500) retried = true;
            throw new TransientAnswer(r.status, r.body, r.retryAfterS);
          },
          {
            // Retrying is safe: creating calls carry an Idempotency-Key, the others are reads or
            // state changes whose 409 after a retry the caller checks against the state it reads.
            retries: Number.POSITIVE_INFINITY,
            maxRetryTime: maxRetryMs,
            factor: 2,
            minTimeout: minDelayMs,
            maxTimeout: maxDelayMs,
            randomize: true,
            async onFailedAttempt({ error }) {
              if (error instanceof TransientAnswer) {
                const code = problemCode(error.body);
                count(`${label} ${error.status}${code ? ` ${code}` : ''} (retried)`);
                // The service's own estimate of when to come back, within the backoff's bounds.
                if (error.retryAfterS > 0) await sleep(Math.min(error.retryAfterS * 1000, maxDelayMs));
              } else count(`${label} network error (retried)`);
            },
          },
        );
        const code = r.status >= 400 ? problemCode(r.body) : undefined;
        count(`${label} ${r.status}${code ? ` ${code}` : ''}`);
        return { status: r.status, body: r.body, retried };
      } catch (err) {
        if (err instanceof TransientAnswer) {
          count(`${label} ${err.status} (gave up)`);
          return { status: err.status, body: err.body, retried };
        }
        count(`${label} network error (gave up)`);
        return { status: 0, body: { code: 'network_error', detail: (err as Error).message }, retried };
      }
    },
  };
}
