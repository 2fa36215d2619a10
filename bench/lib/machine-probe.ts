import { fstatSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { Redis } from 'ioredis';
import pg from 'pg';
import { quantile } from './report.js';

/**
 * The CPU as the figures name it: its model name, and on Linux its family, model and clock as
 * /proc/cpuinfo reads them. Virtual machines often report a bare "AMD EPYC" or "Intel Xeon"; the
 * family and model tell the generations apart (an AMD EPYC of family 25 model 17 is not one of
 * family 26 model 2), and the same code's CPU per order differs between them by half or more.
 */
export function cpuName(): string {
  const name = os.cpus()[0]?.model.trim() || 'unknown CPU';
  let info = '';
  try {
    info = readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    return name;
  }
  const field = (key: string) => new RegExp(`^${key}\\s*:\\s*(.+)$`, 'm').exec(info)?.[1]?.trim();
  const family = field('cpu family');
  const model = field('model');
  const mhz = Number(field('cpu MHz'));
  if (family === undefined || model === undefined) return name;
  const clock = Number.isFinite(mhz) && mhz > 0 ? `; ${Math.round(mhz).toLocaleString('en-US')} MHz` : '';
  return `${name} (family ${family}, model ${model}${clock})`;
}

/**
 * What one crossing between processes costs on this machine, which the figures per order add up
 * from: the median of 1,000 sequential `select 1` round trips to Postgres and of 1,000 PINGs to
 * Redis (client, server and kernel), and the mean of a cheap system call (fstat). Machines of the
 * same CPU model differ here several times over (their virtualisation), and so does every figure
 * made of many round trips.
 */
export async function probeRoundTrips(databaseUrl: string, redisUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    const postgres = await medianUs(() => client.query('select 1'));
    const ping = await medianUs(() => redis.ping());
    const n = 100_000;
    const started = performance.now();
    for (let i = 0; i < n; i++) fstatSync(0);
    const syscallUs = ((performance.now() - started) * 1000) / n;
    return `round trips: Postgres select 1 ${postgres.toFixed(0)} µs, Redis PING ${ping.toFixed(0)} µs; fstat ${syscallUs.toFixed(2)} µs`;
  } finally {
    redis.disconnect();
    await client.end();
  }
}

async function medianUs(roundTrip: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 100; i++) await roundTrip();
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t = performance.now();
    await roundTrip();
    times.push((performance.now() - t) * 1000);
  }
  return quantile(
    times.sort((a, b) => a - b),
    0.5,
  );
}
