import { type Counter, Gauge, type Registry } from 'prom-client';

export interface Sample<L extends string> {
  labels?: Partial<Record<L, string | number>>;
  value: number;
}

/** Coalesces concurrent calls into one: the gauges fed by one query share it within a scrape. */
export function shared<T>(read: () => Promise<T>): () => Promise<T> {
  let inflight: Promise<T> | null = null;
  return () => {
    inflight ??= read().finally(() => {
      inflight = null;
    });
    return inflight;
  };
}

async function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const SCRAPE_BUDGET_MS = 3_000;

/**
 * A gauge computed when Prometheus scrapes, from Postgres or Redis, so every API process reports the
 * same shared truth. When its source does not answer, the gauge publishes no samples (NaN when it has
 * no labels), since a stale figure would look healthy, and the failure is counted; the scrape itself
 * still succeeds.
 */
export function scrapeGauge<L extends string>(
  registry: Registry,
  errors: Counter<'metric'>,
  opts: { name: string; help: string; labelNames?: readonly L[] },
  read: () => Promise<Sample<L>[]>,
): Gauge<L> {
  return new Gauge<L>({
    name: opts.name,
    help: opts.help,
    labelNames: opts.labelNames ?? [],
    registers: [registry],
    async collect() {
      try {
        const samples = await within(SCRAPE_BUDGET_MS, read());
        this.reset();
        for (const s of samples) {
          if (s.labels) this.set(s.labels, s.value);
          else this.set(s.value);
        }
      } catch {
        this.reset();
        // prom-client always keeps a sample for a gauge without labels; NaN says "unknown", 0 would say "fine".
        if (!opts.labelNames?.length) this.set(Number.NaN);
        errors.inc({ metric: opts.name });
      }
    },
  });
}
