import type pg from 'pg';
import type { FaultRecord } from './faults.js';
import {
  capacityCounters,
  creditedOnce,
  deadlinesBreached,
  ledgerBalanced,
  noNegativeBalance,
  ordersAnswered,
  outboxDrained,
  type SqlInvariant,
  slotsOnce,
  violations,
} from './invariants.repo.js';
import type { ExitRecord } from './supervisor.js';

export interface InvariantResult {
  name: string;
  held: boolean;
  /** A count or the first examples of what broke it. */
  detail: string;
}

export interface CheckInput {
  pool: pg.Pool;
  baseUrl: string;
  adminKey: string;
  /** Ids of the orders the API answered 201. */
  answered: string[];
  deadlineGraceS: number;
  exits: ExitRecord[];
  faults: FaultRecord[];
  /** The simulator's answers by route and status. */
  outcomes: Map<string, number>;
}

const examples = (rows: Record<string, unknown>[]) =>
  rows
    .slice(0, 3)
    .map((r) => JSON.stringify(r))
    .join('; ');

async function sqlCheck(pool: pg.Pool, check: SqlInvariant, params: unknown[], held: string) {
  const rows = await violations(pool, check, params);
  return {
    name: check.name,
    held: rows.length === 0,
    detail: rows.length === 0 ? held : `${rows.length}${rows.length === 20 ? '+' : ''}: ${examples(rows)}`,
  };
}

async function getJson(baseUrl: string, path: string, key: string) {
  const res = await fetch(`${baseUrl}${path}`, {
    headers: { authorization: `Bearer ${key}` },
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Every invariant of the soak, in the order the report shows them. */
export async function checkInvariants(input: CheckInput): Promise<InvariantResult[]> {
  const { pool } = input;
  const results: InvariantResult[] = [
    await sqlCheck(pool, ordersAnswered, [input.answered], `${input.answered.length} orders`),
    await sqlCheck(pool, slotsOnce, [], 'every order'),
    await sqlCheck(pool, capacityCounters, [], 'every member'),
    await sqlCheck(pool, creditedOnce, [], 'every credit'),
    await sqlCheck(pool, ledgerBalanced, [], 'every transaction and balance'),
    await sqlCheck(pool, noNegativeBalance, [], 'every member and unit account'),
    await sqlCheck(
      pool,
      deadlinesBreached,
      [input.deadlineGraceS],
      `every deadline passed ${input.deadlineGraceS} s ago`,
    ),
    await sqlCheck(pool, outboxDrained, [], 'no unpublished row'),
  ];

  const audit = await getJson(input.baseUrl, '/v1/audit/verify', input.adminKey);
  results.push({
    name: 'GET /v1/audit/verify ok',
    held: audit.status === 200 && audit.body.ok === true,
    detail:
      audit.status === 200
        ? `${audit.body.chains} chains, ${audit.body.events} events${audit.body.ok ? '' : `, broken: ${JSON.stringify(audit.body.broken).slice(0, 300)}`}`
        : `answered ${audit.status}`,
  });

  const failed = await getJson(input.baseUrl, '/v1/ops/failed-jobs?limit=5', input.adminKey);
  const failedItems = (failed.body.items ?? []) as { id: string; failedReason: string }[];
  results.push({
    name: 'no failed jobs (GET /v1/ops/failed-jobs)',
    held: failed.status === 200 && failed.body.total === 0,
    detail:
      failed.status === 200
        ? `${failed.body.total} failed${failedItems.length ? `: ${failedItems.map((j) => `${j.id} ${j.failedReason}`).join('; ')}` : ''}`
        : `answered ${failed.status}`,
  });

  const unplanned = input.exits.filter((e) => e.sent === null);
  results.push({
    name: "zero unplanned exits (an exit the soak's signal did not cause)",
    held: unplanned.length === 0,
    detail:
      unplanned.length === 0
        ? `${input.exits.length} exits, all signalled`
        : unplanned
            .map((e) => `${e.name} ${e.code ?? e.signal}: ${e.tail.slice(-2).join(' | ').slice(0, 300)}`)
            .join('; '),
  });

  const unclean = input.faults.filter((f) => !f.clean);
  results.push({
    name: 'every SIGTERM drains and exits 0',
    held: unclean.length === 0,
    detail:
      unclean.length === 0
        ? `${input.faults.filter((f) => f.kind === 'api SIGTERM').length} SIGTERMs`
        : unclean.map((f) => `${f.target}: ${f.outcome}`).join('; '),
  });

  const fiveHundreds = [...input.outcomes].filter(([label]) => /\s500(\s|$)/.test(label));
  const count500 = fiveHundreds.reduce((n, [, c]) => n + c, 0);
  const calls = [...input.outcomes.values()].reduce((a, b) => a + b, 0);
  results.push({
    name: 'zero HTTP 500s answered to the simulator',
    held: count500 === 0,
    detail: count500 === 0 ? `${calls} answers` : fiveHundreds.map(([l, c]) => `${l} ×${c}`).join('; '),
  });
  return results;
}
