import { execFileSync } from 'node:child_process';
import os from 'node:os';
import pg from 'pg';
import { cpuName, probeRoundTrips } from './machine-probe.js';

/** The value at quantile q (0..1) of an ascending array, nearest rank. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** One line of the final table: a figure, its target and whether it was met. */
export interface Row {
  bench: string;
  measure: string;
  value: string;
  target?: string;
  ok?: boolean;
}

export const fmt = {
  rate: (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`,
  ms: (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`,
  mb: (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`,
  ratio: (n: number) => n.toFixed(2),
  int: (n: number) => Math.round(n).toLocaleString('en-US'),
};

export function printTable(rows: Row[]): void {
  const head = ['bench', 'measure', 'value', 'target', 'met'];
  const cells = rows.map((r) => [
    r.bench,
    r.measure,
    r.value,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const c of cells) console.log(line(c));
}

/** Load average over 1, 5 and 15 minutes: other work on the same cores changes every figure. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function versionOf(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** The machine line printed above every table. */
export async function machine(databaseUrl: string, redisUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ v: string }>("select current_setting('server_version') as v");
  await client.end();
  const redisVersion =
    /redis_version:(\S+)/.exec(versionOf('redis-cli', ['-u', redisUrl, 'INFO', 'server']))?.[1] ?? 'unknown';
  return [
    `${new Date().toISOString()}`,
    `${os.cpus().length} cores (${cpuName()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB`,
    `Node ${process.versions.node}, PostgreSQL ${rows[0]!.v.split(' ')[0]}, Redis ${redisVersion}`,
    `load average ${loadAverage()}`,
    await probeRoundTrips(databaseUrl, redisUrl),
  ].join(' · ');
}
