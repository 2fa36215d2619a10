import { fstatSync } from 'node:fs';
import { Redis } from 'ioredis';
import pg from 'pg';
import { quantile } from './report.js';

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
