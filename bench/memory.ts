/**
 * `npm run bench:memory`: resident memory (VmRSS, sampled every second) of an API process and a worker
 * process while 100,000 orders are posted through the API (50 connections; every 10th order in auto
 * dispatch, so the worker matches it and sends offers) and the worker drains everything they cause:
 * the outbox relay, matching, event fan-out and a webhook delivery of every event to a receiver on
 * loopback. RSS at start, at its peak and after the orders (everything drained, then 30 s idle) is
 * reported for both processes; the target applies to the last. The peak is transient: garbage V8 has
 * not collected yet.
 *
 * Env: BENCH_MEMORY_ORDERS (100000), BENCH_POOL_SIZE (DATABASE_POOL_SIZE of both processes, 10),
 * BENCH_SERVICE_NODE_OPTIONS (NODE_OPTIONS of both, e.g. --max-old-space-size=128).
 */
import autocannon from 'autocannon';
import { producerRedis, Queues } from '../src/outbox/queues.js';
import { createCity, createMembers, orderBody } from './lib/fixtures.js';
import { postJson } from './lib/http.js';
import { isMain, progress, runBenches } from './lib/main.js';
import { freePort, rssBytes, type Service, startService } from './lib/processes.js';
import { startReceiver } from './lib/receiver.js';
import { fmt, loadAverage, type Row } from './lib/report.js';
import { createScratch, type Scratch } from './lib/scratch.js';

const COMMUNITIES = 20;
const LIMIT_BYTES = 200 * 1_048_576;
const DRAIN_TIMEOUT_MS = 60 * 60_000;
const SETTLE_MS = 30_000;

export interface MemoryOptions {
  orders: number;
  connections: number;
  poolSize: number;
}

export const memoryDefaults = (): MemoryOptions => ({
  orders: Number(process.env.BENCH_MEMORY_ORDERS ?? 100_000),
  connections: 50,
  poolSize: Number(process.env.BENCH_POOL_SIZE ?? 10),
});

class RssSampler {
  readonly peak = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly procs: Record<string, Service>) {
    this.timer = setInterval(() => this.sample(), 1000);
    this.sample();
  }

  sample(): Record<string, number> {
    const now: Record<string, number> = {};
    for (const [name, proc] of Object.entries(this.procs)) {
      const rss = rssBytes(proc.nodePid());
      now[name] = rss;
      this.peak.set(name, Math.max(this.peak.get(name) ?? 0, rss));
    }
    return now;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** V8 heap figures from a process's metrics listener: where the resident memory is. */
async function heapOf(port: string): Promise<string> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const figure = (name: string) =>
    Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1]);
  return `heap ${fmt.mb(figure('nodejs_heap_size_used_bytes'))} used of ${fmt.mb(figure('nodejs_heap_size_total_bytes'))}, external ${fmt.mb(figure('nodejs_external_memory_bytes'))}`;
}

/** Work still to do: outbox rows not yet relayed, and jobs waiting or running (delayed timers do not count). */
async function backlog(scratch: Scratch, queues: Queues): Promise<number> {
  const { rows } = await scratch.database.pool.query<{ n: number }>(
    'select count(*)::int as n from outbox where published_at is null',
  );
  let jobs = 0;
  for (const q of queues.all()) {
    const c = await q.getJobCounts('wait', 'active', 'prioritized');
    jobs += (c.wait ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0);
  }
  return rows[0]!.n + jobs;
}

export async function benchMemory(opts: MemoryOptions = memoryDefaults()): Promise<Row[]> {
  const scratch = await createScratch();
  const receiver = await startReceiver();
  const redis = producerRedis(scratch.redisUrl);
  const queues = new Queues(redis, scratch.redisPrefix);
  try {
    const city = await createCity(scratch.database, COMMUNITIES);
    await createMembers(scratch.database, city, COMMUNITIES * 20, { community: (i) => i % COMMUNITIES });
    const vars = { DATABASE_POOL_SIZE: String(opts.poolSize) };
    const metricsPorts = { api: String(await freePort()), worker: String(await freePort()) };
    const worker = await startService('worker', scratch, {
      vars: { ...vars, METRICS_PORT: metricsPorts.worker },
    });
    const api = await startService('api', scratch, { vars: { ...vars, METRICS_PORT: metricsPorts.api } });
    const heaps = async () =>
      `API ${await heapOf(metricsPorts.api)}; worker ${await heapOf(metricsPorts.worker)}`;
    try {
      await postJson(api.baseUrl, '/v1/webhook-endpoints', city.adminKey, {
        url: receiver.url,
        events: ['*'],
      });
      const sampler = new RssSampler({ api, worker });
      const atStart = sampler.sample();
      progress(
        `memory: posting ${opts.orders.toLocaleString('en-US')} orders, ${opts.connections} connections, worker consuming (load ${loadAverage()})`,
      );
      let i = 0;
      const started = Date.now();
      const result = await autocannon({
        url: `${api.baseUrl}/v1/orders`,
        connections: opts.connections,
        amount: opts.orders,
        timeout: 30,
        method: 'POST',
        headers: { authorization: `Bearer ${city.officerKey}`, 'content-type': 'application/json' },
        requests: [
          {
            setupRequest: (req) => {
              const n = i++;
              return {
                ...req,
                body: JSON.stringify(orderBody(n, COMMUNITIES, n % 10 === 9 ? { dispatchMode: 'auto' } : {})),
              };
            },
          },
        ],
      });
      const posted = result.statusCodeStats?.['201']?.count ?? 0;
      if (posted !== opts.orders)
        throw new Error(
          `memory: ${posted} of ${opts.orders} orders accepted: ${JSON.stringify(result.statusCodeStats)}, ${result.errors} errors`,
        );
      const intakeS = (Date.now() - started) / 1000;
      const afterIntake = sampler.sample();
      progress(
        `memory: posted in ${intakeS.toFixed(0)} s; RSS API ${fmt.mb(afterIntake.api!)}, worker ${fmt.mb(afterIntake.worker!)}; ${await heaps()}; draining`,
      );

      const drainStarted = Date.now();
      let quiet = 0;
      let reported = drainStarted;
      // Empty three times in a row: a job that just finished may still be writing the next outbox row.
      while (quiet < 3) {
        if (Date.now() - drainStarted > DRAIN_TIMEOUT_MS)
          throw new Error('memory: the worker did not drain the backlog within an hour');
        await new Promise((r) => setTimeout(r, 2000));
        const left = await backlog(scratch, queues);
        quiet = left === 0 ? quiet + 1 : 0;
        if (left > 0 && Date.now() - reported > 30_000) {
          reported = Date.now();
          progress(
            `memory: ${left.toLocaleString('en-US')} outbox rows and jobs left; API ${fmt.mb(sampler.peak.get('api')!)} peak, worker ${fmt.mb(sampler.peak.get('worker')!)} peak`,
          );
        }
      }
      const drainS = (Date.now() - drainStarted) / 1000;
      // V8's memory reducer shrinks an idle heap within seconds; what stays is what the process keeps.
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const final = sampler.sample();
      sampler.stop();
      progress(
        `memory: drained; RSS API ${fmt.mb(final.api!)}, worker ${fmt.mb(final.worker!)}; ${await heaps()}`,
      );
      const { rows } = await scratch.database.pool.query<{
        offers: number;
        deliveries: number;
        delivered: number;
      }>(
        `select (select count(*)::int from offers) as offers, (select count(*)::int from webhook_deliveries) as deliveries,
                (select count(*)::int from webhook_deliveries where status = 'succeeded') as delivered`,
      );
      const work = rows[0]!;
      progress(
        `memory: drained in ${drainS.toFixed(0)} s; ${work.offers} offers, ${work.deliveries} deliveries (${work.delivered} succeeded, ${receiver.received()} received)`,
      );
      const bench = `memory (${opts.orders.toLocaleString('en-US')} orders)`;
      const peakApi = sampler.peak.get('api')!;
      const peakWorker = sampler.peak.get('worker')!;
      return [
        {
          bench,
          measure: 'work done',
          value: `${fmt.int(posted)} orders in ${intakeS.toFixed(0)} s (${fmt.rate(posted / intakeS)}), drained ${drainS.toFixed(0)} s later; ${fmt.int(work.offers)} offers, ${fmt.int(work.delivered)} webhooks delivered`,
        },
        { bench, measure: 'API RSS at start / peak', value: `${fmt.mb(atStart.api!)} / ${fmt.mb(peakApi)}` },
        {
          bench,
          measure: 'API RSS after the orders',
          value: fmt.mb(final.api!),
          target: '< 200 MB',
          ok: final.api! < LIMIT_BYTES,
        },
        {
          bench,
          measure: 'worker RSS at start / peak',
          value: `${fmt.mb(atStart.worker!)} / ${fmt.mb(peakWorker)}`,
        },
        {
          bench,
          measure: 'worker RSS after the orders',
          value: fmt.mb(final.worker!),
          target: '< 200 MB',
          ok: final.worker! < LIMIT_BYTES,
        },
      ];
    } finally {
      await Promise.all([api.stop(), worker.stop()]);
    }
  } finally {
    await queues.close();
    redis.disconnect();
    await receiver.close();
    await scratch.close();
  }
}

if (isMain(import.meta.url)) await runBenches([() => benchMemory()]);
