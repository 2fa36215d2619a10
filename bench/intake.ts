/**
 * `npm run bench:intake`: the SQL of one POST /v1/orders run by pgbench (intake.pgbench.sql), then
 * POST /v1/orders with autocannon against the API process alone, at the same concurrency on the same
 * scratch database (pgbench first, so the service meets the larger tables). No worker runs: outbox
 * rows wait, as they do while workers catch up. The service is then run open loop at
 * BENCH_INTAKE_RATE (200) orders/s, whatever the answers do, for its latency at a given load: the
 * target is p99 < 50 ms there, counted after a warm-up at that rate (its p99 is printed apart).
 * Its CPU per order accepted (the API process's and this database's Postgres processes',
 * lib/service-figures.ts) is what taking an order in costs of the dispatch bench's CPU per order.
 * Before anything, the statements the service sends for one order are compared with the script's,
 * so a drifted script is reported.
 *
 * Env: BENCH_CONNECTIONS (50), BENCH_SECONDS (15), BENCH_INTAKE_RATE (200), BENCH_POOL_SIZE (the
 * API's DATABASE_POOL_SIZE, 10),
 * BENCH_PROFILE=1 writes a CPU profile of the API process and prints its top frames.
 * BENCH_RATE_LIMIT=1 runs the API with its rate limits counted in Redis, as it ships, under a budget
 * the load generator's one key never reaches.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { keyPrefix } from '../src/auth/keys.js';
import { printProfile, summariseProfile } from './lib/cpuprofile.js';
import { categoryCodes, createCity, orderBody } from './lib/fixtures.js';
import { isMain, progress, runBenches } from './lib/main.js';
import { openLoop } from './lib/open-loop.js';
import { pgbench } from './lib/pgbench.js';
import { cpuMs, startService } from './lib/processes.js';
import { fmt, loadAverage, type Row } from './lib/report.js';
import { createScratch, type Scratch } from './lib/scratch.js';
import { postgresOf } from './lib/service-figures.js';
import { scriptSignatures, traceRequest } from './lib/sql-trace.js';

const COMMUNITIES = 20;
const scriptFile = join(dirname(fileURLToPath(import.meta.url)), 'intake.pgbench.sql');

export interface IntakeOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Orders per second of the open-loop run. */
  rate: number;
  poolSize: number;
  profile: boolean;
  rateLimit: boolean;
}

export const intakeDefaults = (): IntakeOptions => ({
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
  seconds: Number(process.env.BENCH_SECONDS ?? 15),
  warmupSeconds: 3,
  rate: Number(process.env.BENCH_INTAKE_RATE ?? 200),
  poolSize: Number(process.env.BENCH_POOL_SIZE ?? 10),
  profile: process.env.BENCH_PROFILE === '1',
  rateLimit: process.env.BENCH_RATE_LIMIT === '1',
});

/** Kernel CPU time of a process so far (stime of /proc/<pid>/stat), in ms. */
function systemMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[12]) * 10;
}

/** Postgres starts each measured phase with no dirty pages of the previous one to write. */
async function settle(scratch: Scratch): Promise<void> {
  await scratch.database.pool.query('vacuum analyze');
  await scratch.database.pool.query('checkpoint');
}

/** Orders are numbered across every phase, so no phase repeats another's locations. */
let posted = 0;

interface CannonOptions {
  url: string;
  key: string;
  connections: number;
  seconds: number;
  onError?: (status: number, body: string) => void;
}

async function cannon(o: CannonOptions) {
  const result = await autocannon({
    url: `${o.url}/v1/orders`,
    connections: o.connections,
    duration: o.seconds,
    method: 'POST',
    headers: { authorization: `Bearer ${o.key}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: JSON.stringify(orderBody(posted++, COMMUNITIES)) }),
        ...(o.onError && {
          onResponse: (status: number, body: string) => status !== 201 && o.onError?.(status, body),
        }),
      },
    ],
  });
  const created = result.statusCodeStats?.['201']?.count ?? 0;
  const other = result.requests.total - created;
  if (other > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(
      `intake: ${other} answers other than 201, ${result.errors} errors, ${result.timeouts} timeouts: ${JSON.stringify(result.statusCodeStats)}`,
    );
  return {
    rate: created / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: created,
  };
}

/**
 * The service's statements for one order against the pgbench script's: a change to the order path
 * that the script does not follow would make the comparison meaningless, so it is caught here. The
 * order traced is the second of its community and category, as nearly every order of the run is:
 * the facts of the first are kept (see src/modules/orders/order-intake.ts).
 */
async function compareStatements(scratch: Scratch, key: string): Promise<{ count: number; same: boolean }> {
  let i = 0;
  const service = await traceRequest(scratch, () => ({
    method: 'POST',
    url: '/v1/orders',
    headers: { authorization: `Bearer ${key}` },
    payload: orderBody(i++ * COMMUNITIES * categoryCodes.length, COMMUNITIES),
  }));
  const script = scriptSignatures(scriptFile);
  const same = service.length === script.length && service.every((s, k) => s === script[k]);
  if (!same) {
    progress('intake: the pgbench script no longer matches the service (service | script):');
    for (let k = 0; k < Math.max(service.length, script.length); k++)
      progress(`  ${(service[k] ?? '').padEnd(30)} | ${script[k] ?? ''}`);
  }
  return { count: service.length, same };
}

export async function benchIntake(opts: IntakeOptions = intakeDefaults()): Promise<Row[]> {
  const scratch = await createScratch();
  try {
    const city = await createCity(scratch.database, COMMUNITIES);
    const sameSql = await compareStatements(scratch, city.officerKey);
    // The service has the officer's key in its key cache after the first request, as pgbench has its id.
    const { rows: keyRows } = await scratch.database.pool.query<{ id: string }>(
      'select id from api_keys where prefix = $1',
      [keyPrefix(city.officerKey)],
    );
    const officerKeyId = keyRows[0]!.id;
    const pgbenchRun = (seconds: number) =>
      pgbench({
        databaseUrl: scratch.databaseUrl,
        script: scriptFile,
        clients: opts.connections,
        threads: 2,
        seconds,
        vars: { communities: String(COMMUNITIES), keyid: officerKeyId },
      });
    progress(`intake: pgbench warm-up ${opts.warmupSeconds} s`);
    await pgbenchRun(opts.warmupSeconds);
    await settle(scratch);
    const loadBefore = loadAverage();
    progress(`intake: pgbench ${opts.connections} clients, ${opts.seconds} s (load ${loadBefore})`);
    const sql = await pgbenchRun(opts.seconds);
    if (sql.failed > 0) throw new Error(`intake: ${sql.failed} pgbench transactions failed`);

    const profileDir = opts.profile ? mkdtempSync(join(tmpdir(), 'wd-bench-prof-')) : null;
    const api = await startService('api', scratch, {
      vars: {
        DATABASE_POOL_SIZE: String(opts.poolSize),
        ...(opts.rateLimit && { RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_STAFF: '100000000' }),
      },
      nodeOptions: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    });
    let service: Awaited<ReturnType<typeof cannon>>;
    let steadyRun: {
      rate: number;
      warmUpP99: number;
      p50: number;
      p99: number;
      cpu: number;
      postgresCpu: number;
    };
    let cpuPerRequest: number;
    const base = { url: api.baseUrl, key: city.officerKey, connections: opts.connections };
    try {
      progress(`intake: service warm-up ${opts.warmupSeconds} s`);
      await cannon({
        ...base,
        seconds: opts.warmupSeconds,
        onError: (status, body) => progress(`intake: ${status} ${body.slice(0, 300)}`),
      });
      await settle(scratch);
      progress(`intake: service ${opts.connections} connections, ${opts.seconds} s (load ${loadAverage()})`);
      const cpuBefore = cpuMs(api.nodePid());
      const systemBefore = systemMs(api.nodePid());
      service = await cannon({ ...base, seconds: opts.seconds });
      // CPU per request does not depend on what else shares the cores, unlike the rate.
      cpuPerRequest = (cpuMs(api.nodePid()) - cpuBefore) / service.total;
      const systemPerRequest = (systemMs(api.nodePid()) - systemBefore) / service.total;
      progress(
        `intake: ${service.total} requests, API CPU ${cpuPerRequest.toFixed(3)} ms per request (kernel ${systemPerRequest.toFixed(3)} ms)`,
      );
      // With 50 connections always busy, latency is queueing (connections / rate); open loop at a
      // fixed rate it is the request's own, plus whatever the machine's other work adds. It starts
      // settled too: the closed loop's writes would otherwise be flushed, and its tables vacuumed,
      // while it runs.
      await settle(scratch);
      const steadyLoad = (seconds: number) =>
        openLoop({
          url: `${api.baseUrl}/v1/orders`,
          rate: opts.rate,
          seconds,
          connections: opts.connections,
          headers: { authorization: `Bearer ${city.officerKey}`, 'content-type': 'application/json' },
          body: () => JSON.stringify(orderBody(posted++, COMMUNITIES)),
        });
      // The first seconds after the settle are not counted: the analyze made every prepared statement
      // be planned again, and after the checkpoint each page's first change writes the whole page to
      // the WAL. Both happen to a running service too (autovacuum, checkpoints every few minutes),
      // spread out; its p99 is reported on its own.
      progress(`intake: open loop warm-up at ${opts.rate} requests/s, ${opts.warmupSeconds} s`);
      const warmUp = await steadyLoad(opts.warmupSeconds);
      progress(
        `intake: service at ${opts.rate} requests/s (open loop), ${opts.seconds} s (load ${loadAverage()})`,
      );
      const postgres = postgresOf(scratch.database.pool);
      const steadyCpu = { api: cpuMs(api.nodePid()), postgres: await postgres.read() };
      const steady = await steadyLoad(opts.seconds);
      if (steady.statuses.get(201) !== steady.sent)
        throw new Error(
          `intake: open loop answers ${JSON.stringify([...steady.statuses])} for ${steady.sent} requests`,
        );
      steadyRun = {
        rate: opts.rate,
        warmUpP99: warmUp.p99,
        p50: steady.p50,
        p99: steady.p99,
        cpu: (cpuMs(api.nodePid()) - steadyCpu.api) / steady.sent,
        postgresCpu: ((await postgres.read()) - steadyCpu.postgres) / steady.sent,
      };
    } finally {
      await api.stop();
    }
    if (profileDir) {
      printProfile(summariseProfile(profileDir));
      console.log(`(the profile stays in ${profileDir}; Chrome DevTools opens it)`);
    }

    const ratio = service.rate / sql.tps;
    const bench = `intake (c=${opts.connections}, ${opts.seconds} s)`;
    return [
      {
        bench,
        measure: 'SQL statements per order, pgbench script the same',
        value: `${sameSql.count}, ${sameSql.same ? 'same' : 'DIFFERENT'}`,
        ok: sameSql.same,
      },
      {
        bench,
        measure: 'pgbench: same SQL transaction',
        value: `${fmt.rate(sql.tps)}, p50 ${fmt.ms(sql.p50Ms)}, p99 ${fmt.ms(sql.p99Ms)}`,
      },
      {
        bench,
        measure: 'POST /v1/orders (API process alone)',
        value: `${fmt.rate(service.rate)}, p50 ${fmt.ms(service.p50)}, p99 ${fmt.ms(service.p99)}`,
      },
      { bench, measure: 'API process CPU per request', value: fmt.ms(cpuPerRequest) },
      {
        bench,
        measure: 'service / pgbench rate',
        value: fmt.ratio(ratio),
        target: '≥ 0.60',
        ok: ratio >= 0.6,
      },
      {
        bench: `intake open loop (${opts.rate}/s, ${opts.seconds} s)`,
        measure: 'POST /v1/orders p50 / p99',
        value: `${fmt.ms(steadyRun.p50)} / ${fmt.ms(steadyRun.p99)}`,
        target: 'p99 < 50 ms',
        ok: steadyRun.p99 < 50,
      },
      {
        bench: `intake open loop (${opts.rate}/s, ${opts.seconds} s)`,
        measure: `POST p99 in the ${opts.warmupSeconds} s before (right after ANALYZE and CHECKPOINT; not counted)`,
        value: fmt.ms(steadyRun.warmUpP99),
      },
      {
        bench: `intake open loop (${opts.rate}/s, ${opts.seconds} s)`,
        measure: 'CPU per order accepted: API + Postgres; load average at the end',
        value: `${fmt.ms(steadyRun.cpu)} + ${fmt.ms(steadyRun.postgresCpu)} = ${fmt.ms(steadyRun.cpu + steadyRun.postgresCpu)}; ${loadAverage()}`,
      },
    ];
  } finally {
    await scratch.close();
  }
}

if (isMain(import.meta.url)) await runBenches([() => benchIntake()]);
