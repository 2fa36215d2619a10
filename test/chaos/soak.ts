import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { buildDist } from '../../bench/lib/build.js';
import { freePort } from '../../bench/lib/processes.js';
import { createScratch } from '../../bench/lib/scratch.js';
import { createRandom } from '../../src/cli/demo/random.js';
import { seedDemoCity } from '../../src/cli/demo/seed.js';
import { runSimulation } from '../../src/cli/demo/simulation.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';
import { startBalancer } from './balancer.js';
import { runFaults } from './faults.js';
import { checkInvariants } from './invariants.js';
import { ordersByStatus } from './invariants.repo.js';
import { formatReport } from './report.js';
import { createSupervisor } from './supervisor.js';

/**
 * `npm run test:chaos`: two API and two worker processes behind a balancer, Postgres and Redis
 * through proxies that faults cut, processes killed and stopped at random while the demo simulator
 * drives a city; then a quiet period and the invariants. Exits 1 when any invariant broke.
 * Settings by environment (see test/chaos/README.md).
 */
const env = z
  .object({
    CHAOS_DURATION_S: z.coerce.number().int().min(30).default(480),
    CHAOS_QUIET_S: z.coerce.number().int().min(0).default(180),
    /** Orders the simulator posts; default 75 per minute of load. */
    CHAOS_ORDERS: z.coerce.number().int().min(1).optional(),
    CHAOS_FAULT_MIN_S: z.coerce.number().min(1).default(20),
    CHAOS_FAULT_MAX_S: z.coerce.number().min(1).default(40),
    CHAOS_CUT_S: z.coerce.number().min(1).default(10),
    CHAOS_SEED: z.coerce.number().int().optional(),
    /** A live deadline passed longer ago than this without its breach breaks the invariant. */
    CHAOS_DEADLINE_GRACE_S: z.coerce.number().int().min(1).default(60),
    /** Keep the process logs (always kept when an invariant broke). */
    CHAOS_KEEP_LOGS: z.enum(['0', '1']).default('0'),
  })
  .parse(process.env);

const say = (line: string) =>
  process.stderr.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const seed = env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31);
const random = createRandom(seed);
const orders = env.CHAOS_ORDERS ?? Math.round((75 * env.CHAOS_DURATION_S) / 60);
const startedAt = new Date();
const loadAtStart = loadavg();
const logDir = mkdtempSync(join(tmpdir(), 'wd-chaos-'));

say(
  `seed ${seed}; ${env.CHAOS_DURATION_S} s of faults and ${orders} orders, then ${env.CHAOS_QUIET_S} s quiet`,
);
const scratch = await createScratch(5);
const build = await buildDist();
const cleanups: (() => Promise<unknown> | unknown)[] = [build.remove, () => scratch.close()];
let exitCode = 1;
try {
  const { keys } = await seedDemoCity(scratch.database, { keysFile: join(logDir, 'keys.json') });
  if (!keys.keys) throw new Error('the demo seed made no keys');
  const pgTarget = new URL(scratch.databaseUrl);
  const redisTarget = new URL(scratch.redisUrl);
  const postgres = await startTcpProxy({ host: pgTarget.hostname, port: Number(pgTarget.port || 5432) });
  const redis = await startTcpProxy({ host: redisTarget.hostname, port: Number(redisTarget.port || 6379) });
  cleanups.unshift(
    () => postgres.close(),
    () => redis.close(),
  );

  const apis = [
    { name: 'api-1', port: await freePort() },
    { name: 'api-2', port: await freePort() },
  ];
  const supervisor = createSupervisor({
    buildDir: build.dir,
    logDir,
    apis,
    workers: ['worker-1', 'worker-2'],
    restartDelayMs: 1_000,
    readyTimeoutMs: 60_000,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      DATABASE_URL: postgres.urlFor(scratch.databaseUrl),
      REDIS_URL: redis.urlFor(scratch.redisUrl),
      REDIS_PREFIX: scratch.redisPrefix,
      BOOTSTRAP_ADMIN_KEY: scratch.adminKey,
      LOG_LEVEL: 'info',
    },
  });
  cleanups.unshift(() => supervisor.stopAll(30_000));
  await supervisor.start();
  const balancer = await startBalancer(apis.map((a) => a.port));
  cleanups.unshift(() => balancer.close());
  say(`2 API + 2 workers ready behind ${balancer.url}; logs in ${logDir}`);

  const loadStart = Date.now();
  const faults = runFaults(
    {
      durationMs: env.CHAOS_DURATION_S * 1000,
      minGapMs: env.CHAOS_FAULT_MIN_S * 1000,
      maxGapMs: env.CHAOS_FAULT_MAX_S * 1000,
      cutMs: env.CHAOS_CUT_S * 1000,
      stopMs: 30_000,
    },
    { postgres, redis, supervisor },
    random,
    loadStart,
    (f) => say(`fault at ${f.atS} s: ${f.kind} ${f.target}: ${f.outcome}`),
  );
  let lastTick = -1;
  const run = await runSimulation({
    baseUrl: balancer.url,
    keys: keys.keys,
    db: scratch.database.db,
    orders,
    minutes: env.CHAOS_DURATION_S / 60,
    rate: 20,
    // Orders keep coming through three quarters of the run, so the later faults meet work in flight.
    postingShare: 0.75,
    seed,
    onTick: (ms, t) => {
      const minute = Math.floor(ms / 60_000);
      if (minute === lastTick) return;
      lastTick = minute;
      say(
        `${minute} min: ${t.posted} posted, ${t.accepted + t.openClaims} claimed, ${t.completed} done, ${t.verified} verified`,
      );
    },
  });
  const faultLog = await faults;
  say(`load done (${run.tally.posted} orders); ${env.CHAOS_QUIET_S} s quiet`);
  await sleep(env.CHAOS_QUIET_S * 1000);

  const invariants = await checkInvariants({
    pool: scratch.database.pool,
    baseUrl: balancer.url,
    adminKey: keys.keys.admin,
    answered: run.orders.map((o) => o.id),
    deadlineGraceS: env.CHAOS_DEADLINE_GRACE_S,
    exits: supervisor.exits,
    faults: faultLog,
    outcomes: run.outcomes,
  });
  for (const f of run.failures) say(`simulation action failed: ${f.message}`);
  const report = formatReport({
    startedAt,
    seed,
    durationS: env.CHAOS_DURATION_S,
    quietS: env.CHAOS_QUIET_S,
    loadAtStart,
    requested: orders,
    answered201: run.orders.length,
    ordersByStatus: await ordersByStatus(scratch.database.pool),
    outcomes: run.outcomes,
    faults: faultLog,
    invariants,
    logDir,
  });
  for (const e of supervisor.exits.filter((x) => x.sent === null))
    say(
      `unplanned exit of ${e.name} (${e.code ?? e.signal}), last lines of ${e.logFile}:\n${e.tail.join('\n')}`,
    );
  process.stdout.write(`${report}\n`);
  exitCode = invariants.every((i) => i.held) ? 0 : 1;
} catch (err) {
  say(`the soak could not run: ${(err as Error).stack ?? err}`);
  exitCode = 2;
} finally {
  for (const cleanup of cleanups) await Promise.resolve(cleanup()).catch((e) => say(`cleanup: ${e}`));
  if (exitCode === 0 && env.CHAOS_KEEP_LOGS === '0') rmSync(logDir, { recursive: true, force: true });
  else say(`process logs kept in ${logDir}`);
}
process.exit(exitCode);
