/**
 * `npm run bench:stream`: the event stream under load. Starts the API as it ships (`node dist/…`, see
 * lib/build.ts) on a scratch database, opens BENCH_STREAMS (1,000) event streams of one community
 * staff key, then commits BENCH_RATE (50) events a second in that community, each in a transaction of
 * its own, for BENCH_SECONDS (30) and measures, for every event on every stream, the time from just
 * before its COMMIT to its arrival at the client. Meanwhile a stream of an admin key is opened and
 * never read, and halfway through 50 large events (30 kB) a second go to another community, which
 * only that stream's scope holds: it must be dropped (`event: dropped`, reason slow_reader) without
 * delaying the others. Reported: p50 / p99 / max commit → delivery, deliveries missing, memory per
 * stream (API RSS growth while the streams opened, idle), the API's peak RSS and CPU per event.
 */
import http from 'node:http';
import { generateKey } from '../src/auth/keys.js';
import { apiKeys } from '../src/db/schema/index.js';
import { transaction } from '../src/db/transaction.js';
import { newId } from '../src/lib/ids.js';
import { emitEvents } from '../src/outbox/outbox.repo.js';
import { createCity } from './lib/fixtures.js';
import { isMain, progress, runBenches } from './lib/main.js';
import { cpuMs, rssBytes, startService } from './lib/processes.js';
import { fmt, loadAverage, quantile, type Row } from './lib/report.js';
import { createScratch } from './lib/scratch.js';

const STREAMS = Number(process.env.BENCH_STREAMS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const P99_TARGET_MS = 200;
const MARKER = Buffer.from('data: {"id":"');
const DROPPED = Buffer.from('event: dropped\ndata: {"reason":"slow_reader"');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A stream client that only notes when each event's message arrived (the id is the first field of
 * its data), in an array indexed by the event's number: 1.5 million arrivals without a map entry each.
 */
interface Client {
  arrivals: Float64Array;
  /** Messages received, of any event. */
  count: number;
  res: http.IncomingMessage;
  tail: Buffer;
  /** An `event: dropped` with reason slow_reader came. */
  droppedSlow: boolean;
  ended: Promise<void>;
}

function openStream(
  baseUrl: string,
  key: string,
  agent: http.Agent,
  numberOf: Map<string, number>,
  total: number,
): Promise<Client> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${baseUrl}/v1/events/stream`, {
      agent,
      headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream' },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
      const client: Client = {
        arrivals: new Float64Array(total).fill(Number.NaN),
        count: 0,
        res,
        tail: Buffer.alloc(0),
        droppedSlow: false,
        ended: new Promise((r) => res.once('close', () => r())),
      };
      res.on('data', (chunk: Buffer) => {
        const now = performance.now();
        const buf = client.tail.length > 0 ? Buffer.concat([client.tail, chunk]) : chunk;
        let at = buf.indexOf(MARKER);
        let consumed = 0;
        while (at >= 0 && at + MARKER.length + 36 <= buf.length) {
          const n = numberOf.get(buf.toString('latin1', at + MARKER.length, at + MARKER.length + 36));
          if (n !== undefined) client.arrivals[n] = now;
          client.count += 1;
          consumed = at + MARKER.length + 36;
          at = buf.indexOf(MARKER, consumed);
        }
        client.droppedSlow ||= buf.includes(DROPPED);
        client.tail = Buffer.from(buf.subarray(Math.max(consumed, buf.length - DROPPED.length)));
      });
      res.on('error', () => {});
      resolve(client);
    });
  });
}

export async function benchStream(): Promise<Row[]> {
  const scratch = await createScratch();
  const rows: Row[] = [];
  const bench = `stream (${STREAMS} streams, ${RATE} events/s)`;
  try {
    const city = await createCity(scratch.database, 2);
    const [watched, other] = ['00000000-0000-7000-8000-000000000000', '00000000-0000-7000-8000-000000000001'];
    const pathOf = async (id: string) =>
      (await scratch.database.pool.query('select path from regions where id = $1', [id])).rows[0]
        .path as string;
    const [watchedPath, otherPath] = [await pathOf(watched), await pathOf(other)];
    const staff = generateKey();
    await scratch.database.db.insert(apiKeys).values({
      id: newId(),
      prefix: staff.prefix,
      secretHash: staff.secretHash,
      name: 'bench staff',
      role: 'community_staff',
      scopeRegionId: watched,
    });
    const api = await startService('api', scratch, { vars: { STREAM_MAX_PER_KEY: String(STREAMS + 10) } });
    const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
    await fetch(`${api.baseUrl}/v1/events`, { headers: { authorization: `Bearer ${staff.key}` } });
    await sleep(1000);
    const rssBefore = rssBytes(api.nodePid());
    progress(`stream: opening ${STREAMS} streams (load ${loadAverage()})`);
    const total = RATE * SECONDS;
    const numberOf = new Map<string, number>();
    const commitAt = new Float64Array(total);
    const open = (key: string) => openStream(api.baseUrl, key, agent, numberOf, total);
    const clients: Client[] = [];
    for (let i = 0; i < STREAMS; i += 50)
      clients.push(
        ...(await Promise.all(Array.from({ length: Math.min(50, STREAMS - i) }, () => open(staff.key)))),
      );
    await sleep(2000);
    const rssOpen = rssBytes(api.nodePid());
    const slow = await open(city.adminKey);
    slow.res.pause();

    progress(`stream: ${RATE} events/s for ${SECONDS} s, a stalled admin stream, a burst for it halfway`);
    const cpuBefore = cpuMs(api.nodePid());
    let peakRss = rssOpen;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, rssBytes(api.nodePid()));
    }, 500);
    const start = performance.now();
    const pad = 'x'.repeat(30_000);
    const burst = (async () => {
      await sleep((SECONDS * 1000) / 2);
      for (let s = 0; s < 10; s++) {
        await transaction(scratch.database.db, (tx) =>
          emitEvents(
            tx,
            Array.from({ length: 20 }, () => ({
              type: 'order.updated',
              regionPath: otherPath,
              data: { pad },
            })),
          ),
        );
        await sleep(1000);
      }
    })();
    const writes: Promise<void>[] = [];
    const clientCpuBefore = process.cpuUsage();
    for (let i = 0; i < total; i++) {
      await sleep(start + (i * 1000) / RATE - performance.now());
      writes.push(
        transaction(scratch.database.db, async (tx) => {
          const [id] = await emitEvents(tx, [
            { type: 'order.updated', regionPath: watchedPath, data: { orderId: newId(), i } },
          ]);
          numberOf.set(id!, i);
          commitAt[i] = performance.now();
        }),
      );
    }
    await Promise.all(writes);
    await burst;
    const deadline = performance.now() + 15_000;
    const complete = (c: Client) => c.arrivals.every((t) => !Number.isNaN(t));
    while (performance.now() < deadline && !clients.every(complete)) await sleep(100);
    clearInterval(sampler);
    const cpu = cpuMs(api.nodePid()) - cpuBefore;
    const clientCpu = process.cpuUsage(clientCpuBefore);

    const latencies: number[] = [];
    let missing = 0;
    for (const c of clients)
      for (let n = 0; n < total; n++) {
        const arrived = c.arrivals[n]!;
        if (Number.isNaN(arrived)) missing += 1;
        else latencies.push(arrived - commitAt[n]!);
      }
    latencies.sort((a, b) => a - b);
    slow.res.resume();
    await Promise.race([slow.ended, sleep(20_000)]);
    const dropped = slow.droppedSlow;
    const p99 = quantile(latencies, 0.99);
    rows.push(
      {
        bench,
        measure: 'deliveries (events × streams)',
        value: `${fmt.int(latencies.length)} of ${fmt.int(total * STREAMS)}`,
        ok: missing === 0,
      },
      {
        bench,
        measure: 'commit → delivery p50 / p99 / max',
        value: `${fmt.ms(quantile(latencies, 0.5))} / ${fmt.ms(p99)} / ${fmt.ms(latencies.at(-1) ?? Number.NaN)}`,
        target: `p99 < ${P99_TARGET_MS} ms`,
        ok: p99 < P99_TARGET_MS && missing === 0,
      },
      {
        bench,
        measure: `API RSS: idle / ${fmt.int(STREAMS)} streams open / peak under load`,
        value: `${fmt.mb(rssBefore)} / ${fmt.mb(rssOpen)} / ${fmt.mb(peakRss)}`,
      },
      {
        bench,
        measure: 'memory per open stream (RSS growth / streams)',
        value: `${((rssOpen - rssBefore) / STREAMS / 1024).toFixed(1)} kB`,
      },
      {
        bench,
        measure: `CPU per event: API process / this bench (writer and ${fmt.int(STREAMS)} clients)`,
        value: `${(cpu / total).toFixed(1)} ms / ${((clientCpu.user + clientCpu.system) / 1000 / total).toFixed(1)} ms`,
      },
      {
        bench,
        measure: 'stalled stream: dropped with reason slow_reader, the others on time',
        value: `${dropped ? 'dropped' : 'NOT dropped'}, ${fmt.int(slow.count)} events before`,
        ok: dropped,
      },
    );
    agent.destroy();
    await api.stop();
    return rows;
  } finally {
    await scratch.close();
  }
}

if (isMain(import.meta.url)) await runBenches([benchStream]);
