import type { ApiClient } from './api-client.js';

/** A street's row of the three-rates ranking (GET /v1/evaluations/rankings), as the summary shows it. */
export interface RankedStreet {
  rank: number;
  rankChange: number | null;
  name: string;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  overall: number | null;
  counts: { published: number };
}

export interface StreetRanking {
  month: string;
  rows: RankedStreet[];
}

/** The calendar month of an instant in a time zone, as YYYY-MM. */
export function monthIn(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}`;
}

/** The month's ranking of every street the key sees, or why it could not be read. */
export async function streetRanking(
  api: ApiClient,
  key: string,
  month: string,
): Promise<StreetRanking | string> {
  const r = await api.call('GET', `/v1/evaluations/rankings?level=street&month=${month}`, key);
  if (r.status !== 200) return `GET /v1/evaluations/rankings answered ${r.status}`;
  return { month, rows: r.body.rows as RankedStreet[] };
}

/** Columns wide enough for Chinese names: a CJK character takes two columns of a terminal. */
const width = (s: string) => [...s].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
const left = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const right = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;
const rate = (v: number | null) => (v === null ? '–' : `${v.toFixed(1)}%`);
const change = (v: number | null) => (v === null ? 'new' : v > 0 ? `+${v}` : v === 0 ? '=' : String(v));

/** The ranking as a table: rank, change since last month, street, the three rates, overall, orders. */
export function formatRanking(r: StreetRanking, timeZone: string): string[] {
  const nameWidth = Math.max(8, ...r.rows.map((row) => width(row.name)));
  const line = (cells: string[]) =>
    `  ${right(cells[0]!, 4)}  ${right(cells[1]!, 6)}  ${left(cells[2]!, nameWidth)}${cells
      .slice(3)
      .map((c, i) => right(c, [10, 12, 14, 9, 8][i]!))
      .join('')}`;
  return [
    `The month's three rates (三率): streets ranked, ${r.month} (${timeZone})`,
    line(['rank', 'change', 'street', 'response', 'resolution', 'satisfaction', 'overall', 'orders']),
    ...r.rows.map((row) =>
      line([
        String(row.rank),
        change(row.rankChange),
        row.name,
        rate(row.responseRate),
        rate(row.resolutionRate),
        rate(row.satisfactionRate),
        row.overall === null ? '–' : row.overall.toFixed(2),
        String(row.counts.published),
      ]),
    ),
  ];
}
