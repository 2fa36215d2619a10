import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { quantile } from './report.js';

const run = promisify(execFile);

export interface PgbenchResult {
  tps: number;
  transactions: number;
  failed: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Runs a pgbench script (-n, prepared statements) and reads the percentiles from its per-transaction
 * log, which pgbench's summary does not print.
 */
export async function pgbench(opts: {
  databaseUrl: string;
  script: string;
  clients: number;
  threads: number;
  seconds: number;
  vars: Record<string, string>;
}): Promise<PgbenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'wd-pgbench-'));
  try {
    const args = [
      '-n',
      '-M',
      'prepared',
      '-c',
      String(opts.clients),
      '-j',
      String(opts.threads),
      '-T',
      String(opts.seconds),
      '-f',
      opts.script,
      '-l',
      `--log-prefix=${join(dir, 'tx')}`,
      ...Object.entries(opts.vars).flatMap(([k, v]) => ['-D', `${k}=${v}`]),
      opts.databaseUrl,
    ];
    const { stdout } = await run('pgbench', args, { maxBuffer: 16 * 1024 * 1024 });
    const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1]);
    const transactions = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1]);
    const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
    if (!Number.isFinite(tps)) throw new Error(`pgbench printed no tps:\n${stdout}`);
    // Each log line: client_id transaction_no latency_us script_no epoch_s epoch_us.
    const latencies: number[] = [];
    for (const f of readdirSync(dir)) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        const us = Number(line.split(' ')[2]);
        if (Number.isFinite(us) && line) latencies.push(us / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    return { tps, transactions, failed, p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
