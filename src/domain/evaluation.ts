/**
 * Evaluation arithmetic (考核), without I/O: the three rates (三率) from their counts, ranking with
 * the change against the previous period, and the weighted unit score.
 */

/** A share in %, to 2 decimals; null without a denominator. */
export const percent = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null;

export interface RateInputs {
  responseDue: number;
  responded: number;
  resolutionDue: number;
  resolved: number;
  rated: number;
  satisfied: number;
}

export interface ThreeRates {
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  /** The mean of the rates that have a denominator; null when none has. */
  overall: number | null;
}

export function threeRates(c: RateInputs): ThreeRates {
  const rates = {
    responseRate: percent(c.responded, c.responseDue),
    resolutionRate: percent(c.resolved, c.resolutionDue),
    satisfactionRate: percent(c.satisfied, c.rated),
  };
  const known = Object.values(rates).filter((r): r is number => r !== null);
  const overall = known.length
    ? Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 100) / 100
    : null;
  return { ...rates, overall };
}

export interface Rankable {
  id: string;
  name: string;
  overall: number | null;
  /** Orders behind the figures: more orders rank first among equal rates. */
  weight: number;
}

/**
 * Ranks 1..n: higher overall first, those without any rate last, then more orders, then name and
 * id (so a ranking is the same every time it is read).
 */
export function rankOrder<T extends Rankable>(rows: T[]): (T & { rank: number })[] {
  return [...rows]
    .sort(
      (a, b) =>
        (b.overall ?? -1) - (a.overall ?? -1) ||
        b.weight - a.weight ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    )
    .map((row, i) => ({ ...row, rank: i + 1 }));
}

/** Rank in the previous period, and previousRank − rank (positive: moved up), for one id. */
export function rankChange(rank: number, previousRank: number | undefined) {
  return previousRank === undefined
    ? { previousRank: null, rankChange: null }
    : { previousRank, rankChange: previousRank - rank };
}

export const scoreParts = ['reportIn', 'ordersTaken', 'hours', 'onTime', 'rating', 'resources'] as const;
export type ScorePart = (typeof scoreParts)[number];
export type ScoreParts = Record<ScorePart, number | null>;

/**
 * A unit's parts on a 0–100 scale: rates as they are, the mean rating × 20, counts (orders, hours,
 * resources opened) relative to the largest among the units evaluated together (that unit has 100).
 */
export function unitParts(
  f: {
    reportInPct: number | null;
    ordersTaken: number;
    hours: number;
    onTimePct: number | null;
    rating: number | null;
    resourcesOpened: number;
  },
  max: { ordersTaken: number; hours: number; resourcesOpened: number },
): ScoreParts {
  const relative = (v: number, top: number) => (top > 0 ? Math.round((v / top) * 10_000) / 100 : null);
  return {
    reportIn: f.reportInPct === null ? null : Math.min(f.reportInPct, 100),
    ordersTaken: relative(f.ordersTaken, max.ordersTaken),
    hours: relative(f.hours, max.hours),
    onTime: f.onTimePct,
    rating: f.rating === null ? null : Math.round(f.rating * 20 * 100) / 100,
    resources: relative(f.resourcesOpened, max.resourcesOpened),
  };
}

/** Σ weight × part / Σ weights, to 2 decimals; a part without data counts 0. */
export function weightedScore(parts: ScoreParts, weights: Record<ScorePart, number>): number {
  let total = 0;
  let sum = 0;
  for (const p of scoreParts) {
    total += weights[p];
    sum += weights[p] * (parts[p] ?? 0);
  }
  return total > 0 ? Math.round((sum / total) * 100) / 100 : 0;
}

/** A calendar month `YYYY-MM` as local dates: its first day, the next month's, the previous month's. */
export function monthDates(month: string): { previousStart: string; start: string; end: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const iso = (year: number, mon: number) => {
    const d = new Date(Date.UTC(year, mon - 1, 1));
    return d.toISOString().slice(0, 10);
  };
  return { previousStart: iso(y, m - 1), start: iso(y, m), end: iso(y, m + 1) };
}
