import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { type FaultRecord, faultKinds } from './faults.js';
import type { InvariantResult } from './invariants.js';

export interface SoakFacts {
  startedAt: Date;
  seed: number;
  durationS: number;
  quietS: number;
  loadAtStart: number[];
  /** Orders the simulator was asked to post. */
  requested: number;
  answered201: number;
  ordersByStatus: Record<string, number>;
  outcomes: Map<string, number>;
  faults: FaultRecord[];
  invariants: InvariantResult[];
  logDir: string;
}

export function cpuModel(): string {
  const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
  const cores = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor\s*:/gm)?.length ?? 0;
  return `${m?.[1] ?? 'unknown CPU'} × ${cores}`;
}

const levels: Record<number, string> = { 40: 'warn', 50: 'error', 60: 'fatal' };

/** Warnings and errors the processes logged, by level and message, most frequent first. */
export function logSummary(logDir: string, top = 6): string {
  const counts = new Map<string, number>();
  for (const file of readdirSync(logDir).filter((f) => f.endsWith('.log'))) {
    for (const line of readFileSync(join(logDir, file), 'utf8').split('\n')) {
      if (!line.startsWith('{')) continue;
      let entry: { level?: number; msg?: string };
      try {
        entry = JSON.parse(line);
      } catch {
        continue; // a line cut by a kill
      }
      const level = levels[entry.level ?? 0];
      if (!level) continue;
      const msg = (entry.msg ?? '').replace(
        /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
        ':id',
      );
      const key = `${level} "${msg}"`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 0) return 'no warning or error';
  const shown = sorted.slice(0, top).map(([k, n]) => `${n} × ${k}`);
  return sorted.length > top
    ? `${shown.join(', ')}, and ${sorted.length - top} other messages`
    : shown.join(', ');
}

const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');

/** The soak's report as Markdown: what ran, the fault log, its summary, and every invariant. */
export function formatReport(f: SoakFacts): string {
  const sum = (re: RegExp) => [...f.outcomes].filter(([l]) => re.test(l)).reduce((n, [, c]) => n + c, 0);
  const answers = sum(/^(?!.*\((retried|gave up)\)$)/);
  const retried = sum(/\(retried\)$/);
  const gaveUp = [...f.outcomes].filter(([l]) => l.endsWith('(gave up)'));
  const out = [
    `### Chaos soak ${f.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC (seed ${f.seed})`,
    '',
    `- ${f.durationS} s of load and faults, then ${f.quietS} s quiet; 2 API + 2 worker processes (\`node dist/…\`) behind a round-robin TCP balancer, Postgres and Redis through cut-able TCP proxies`,
    `- machine: ${cpuModel()}; load average ${fmtLoad(f.loadAtStart)} at the start, ${fmtLoad(loadavg())} at the end`,
    `- simulator: ${f.requested} orders to post, ${f.answered201} answered 201, ${answers} answers, ${retried} attempts retried, ${gaveUp.length ? gaveUp.map(([l, c]) => `${l} ×${c}`).join(', ') : 'no call given up'}`,
    `- orders at the end: ${Object.entries(f.ordersByStatus)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
    `- process logs: ${logSummary(f.logDir)}`,
    '',
    '| # | at (s) | fault | target | outcome |',
    '| -: | -: | --- | --- | --- |',
    ...f.faults.map(
      (x, i) =>
        `| ${i + 1} | ${x.atS} | ${x.kind} | ${x.target} | ${x.outcome}${x.clean ? '' : ' **(unclean)**'} |`,
    ),
    '',
    `Faults: ${faultKinds.map((k) => `${k} ×${f.faults.filter((x) => x.kind === k).length}`).join(', ')}`,
    '',
    '| invariant | result | detail |',
    '| --- | --- | --- |',
    ...f.invariants.map(
      (i) => `| ${i.name} | ${i.held ? 'held' : '**BROKEN**'} | ${i.detail.replaceAll('|', '\\|')} |`,
    ),
    '',
    f.invariants.every((i) => i.held)
      ? 'Every invariant held.'
      : `${f.invariants.filter((i) => !i.held).length} invariant(s) broken; process logs kept in ${f.logDir}`,
  ];
  return out.join('\n');
}
