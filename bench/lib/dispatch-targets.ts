import os from 'node:os';
import type { Row } from './report.js';
import { type GcFigures, gcText } from './service-figures.js';

/** Every first webhook in p99 under this, in every one-second window too. */
export const P99_TARGET_MS = 250;
/** The service's CPU budget per order: API, worker, Postgres and Redis. */
export const CPU_TARGET_MS = 8;

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '—');

/** The rows of the dispatch targets, from the figures of the stage at the target rate. */
export function stageTargets(s: {
  rate: number;
  seconds: number;
  sent: number;
  got: number;
  p50: number;
  p99: number;
  worstWindow: number;
  /** When the worst window began, UTC (HH:MM:SS). */
  worstWindowAt: string;
  cpu: { api: number; worker: number; postgres: number; redis: number; machine: number };
  gc: [GcFigures, GcFigures];
  vacuum: string;
  /** Commits and rows written per order (lib/service-figures.ts writesPerOrder). */
  writes: string;
  /** Redis commands per order (lib/service-figures.ts redisCallsPerOrder). */
  redisCalls: string;
  /** Delayed jobs left in Redis per order (lib/service-figures.ts delayedPerOrder). */
  delayed: string;
  /** Seconds from the last POST until every first webhook had come (the CPU is read then). */
  drainedS: number;
}): Row[] {
  const bench = `dispatch at ${s.rate} orders/s, ${s.seconds} s`;
  const { cpu } = s;
  const service = cpu.api + cpu.worker + cpu.postgres + cpu.redis;
  return [
    {
      bench,
      measure: 'first offer.created webhooks received',
      value: `${s.got} of ${s.sent}`,
      target: 'all',
      ok: s.got === s.sent,
    },
    {
      bench,
      measure: 'POST answered → first webhook p50 / p99',
      value: `${ms(s.p50)} / ${ms(s.p99)} ms`,
      target: `p99 < ${P99_TARGET_MS} ms`,
      ok: s.p99 < P99_TARGET_MS,
    },
    {
      bench,
      measure: 'worst one-second window p99 (GC, autovacuum spikes)',
      value: `${ms(s.worstWindow)} ms (the second from ${s.worstWindowAt} UTC)`,
      target: `< ${P99_TARGET_MS} ms`,
      ok: s.worstWindow < P99_TARGET_MS,
    },
    {
      bench,
      measure: 'service CPU per order: API + worker + Postgres + Redis',
      value: `${[cpu.api, cpu.worker, cpu.postgres, cpu.redis].map((v) => v.toFixed(1)).join(' + ')} = ${service.toFixed(1)} ms`,
      target: `≤ ${CPU_TARGET_MS} ms`,
      ok: service <= CPU_TARGET_MS,
    },
    {
      bench,
      measure: 'all work done (CPU read), seconds after the last POST',
      value: s.drainedS.toFixed(0),
    },
    {
      bench,
      measure: "Redis's share of the service's CPU",
      value: `${cpu.redis.toFixed(2)} ms per order (${((100 * cpu.redis) / service).toFixed(0)} %)`,
    },
    {
      bench,
      measure: 'machine CPU per order (everything, this bench included)',
      value: `${cpu.machine.toFixed(1)} ms`,
    },
    { bench, measure: 'GC pauses: API; worker', value: `${gcText(s.gc[0])}; ${gcText(s.gc[1])}` },
    { bench, measure: 'autovacuum runs during the stage', value: s.vacuum },
    { bench, measure: 'Postgres work per order', value: s.writes },
    { bench, measure: 'Redis commands per order (the whole server)', value: s.redisCalls },
    { bench, measure: 'delayed jobs (timers) left in Redis per order', value: s.delayed },
    {
      bench,
      measure: 'load average at the end of the stage',
      value: os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' '),
    },
  ];
}
