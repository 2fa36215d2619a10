/** A small JSON client for the simulation: fetch, one retry after a 429 or a dropped connection. */
export interface ApiResult {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the simulation reads the few fields it needs
  body: any;
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

/** `/v1/orders/<uuid>/claims?x=1` → `/v1/orders/:id/claims`, so answers are counted per route. */
const routeOf = (path: string) =>
  path.split('?')[0]!.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createApiClient(baseUrl: string, timeoutMs = 15_000): ApiClient {
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
    return { status: res.status, body, retryAfter: Number(res.headers.get('retry-after') ?? 1) };
  }

  return {
    outcomes,
    async call(method, path, key, opts = {}) {
      for (let attempt = 0; ; attempt++) {
        try {
          const r = await once(method, path, key, opts);
          // Retrying is safe: creating calls carry an Idempotency-Key, the others are reads or state checks.
          if (r.status === 429 && attempt === 0) {
            count(`${method} ${routeOf(path)} 429 (retried)`);
            await sleep(Math.min(r.retryAfter, 5) * 1000);
            continue;
          }
          const code =
            r.status >= 400 && r.body && typeof r.body === 'object'
              ? ` ${(r.body as { code?: string }).code ?? ''}`
              : '';
          count(`${method} ${routeOf(path)} ${r.status}${code}`.trim());
          return { status: r.status, body: r.body };
        } catch (err) {
          if (attempt > 0) {
            count(`${method} ${routeOf(path)} network error`);
            return { status: 0, body: { code: 'network_error', detail: (err as Error).message } };
          }
          await sleep(500);
        }
      }
    },
  };
}
