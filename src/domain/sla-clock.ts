import { parse } from 'tinyduration';
import type { OrderStatus } from './order-state.js';

/**
 * SLA arithmetic without I/O: ISO 8601 durations, lateness, when a deadline still applies, what a
 * breach does on the escalation ladder (0 = community, 1 = street, 2 = district).
 */
export type DeadlineKind = 'claim' | 'complete' | 'response';
export type OrderDeadlineKind = Exclude<DeadlineKind, 'response'>;

export const TOP_LEVEL = 2;
/**
 * The text of an ISO 8601 duration of fixed length: weeks, days, hours, minutes and seconds, each
 * optional but at least one (years and months vary in length). The parser alone would also read a
 * duration out of longer text ("xP1D"); bodies are held to this pattern first, which the OpenAPI
 * description states too.
 */
export const FIXED_DURATION =
  /^P(?!$)(\d*[.,]?\d+W)?(\d*[.,]?\d+D)?(T(?=[\d.,])(\d*[.,]?\d+H)?(\d*[.,]?\d+M)?(\d*[.,]?\d+S)?)?$/;

/** Durations of a policy: one second (tests and demos use PT5S) to a leap year. */
export const MIN_DURATION_S = 1;
export const MAX_DURATION_S = 366 * 86_400;
/** sla_breaches.late_ms is a 32-bit integer: a breach found weeks late (after an outage) is capped. */
const MAX_LATE_MS = 2_147_483_647;

const UNIT_SECONDS = { weeks: 604_800, days: 86_400, hours: 3_600, minutes: 60, seconds: 1 } as const;

/**
 * Whole seconds in an ISO 8601 duration of fixed length (PT5S, PT2H, P1D, P1DT12H, PT1.5H); null when
 * it is not one: invalid text, negative, years or months (their length varies), or a fraction of a second.
 */
export function durationSeconds(text: string): number | null {
  let d: ReturnType<typeof parse>;
  try {
    d = parse(text);
  } catch {
    return null;
  }
  if (d.negative || d.years || d.months) return null;
  let total = 0;
  for (const [unit, factor] of Object.entries(UNIT_SECONDS)) {
    const v = d[unit as keyof typeof UNIT_SECONDS] ?? 0;
    if (!Number.isFinite(v) || v < 0) return null;
    total += v * factor;
  }
  const rounded = Math.round(total * 1000) / 1000;
  return Number.isInteger(rounded) ? rounded : null;
}

/** The shortest ISO 8601 form of whole seconds: 5 → PT5S, 86400 → P1D, 5400 → PT1H30M. */
export function formatDuration(totalSeconds: number): string {
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3_600);
  const minutes = Math.floor((totalSeconds % 3_600) / 60);
  const seconds = totalSeconds % 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  if (!days && !time) return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

export const addSeconds = (at: Date, seconds: number): Date => new Date(at.getTime() + seconds * 1000);

/** How late a breach was found; never negative, capped to what the column holds. */
export const lateMs = (deadline: Date, detectedAt: Date): number =>
  Math.min(Math.max(detectedAt.getTime() - deadline.getTime(), 0), MAX_LATE_MS);

export interface OrderSlaState {
  status: OrderStatus;
  headcount: number;
  slotsHeld: number;
}

/**
 * The claim-by deadline is met once every slot is held or the work has moved on (in progress,
 * completed, verified) or ended (cancelled, expired). A draft has no deadlines yet.
 */
export const claimDeadlineApplies = (o: OrderSlaState): boolean =>
  o.status === 'open' && o.slotsHeld < o.headcount;

/** The complete-by deadline is met once the work is completed (or verified), or the order ended. */
export const completeDeadlineApplies = (o: OrderSlaState): boolean =>
  ['open', 'filled', 'in_progress'].includes(o.status);

/** Orders that can still be escalated, whistled or answered: published and not yet done. */
export const orderIsActive = (o: OrderSlaState): boolean => completeDeadlineApplies(o);

export type DeadlineVerdict = 'moved' | 'met' | 'early' | 'due';

/**
 * What a fired timer (or the reconciler) should do about one deadline: nothing when the order's
 * deadline is no longer the one the timer was planned for (extended, re-armed), nothing when it
 * was met, nothing yet when the clock has not reached it (the reconciler will), else act.
 */
export function deadlineVerdict(o: {
  planned: Date;
  current: Date | null;
  applies: boolean;
  now: Date;
}): DeadlineVerdict {
  if (!o.current || o.current.getTime() !== o.planned.getTime()) return 'moved';
  if (!o.applies) return 'met';
  if (o.now.getTime() < o.planned.getTime()) return 'early';
  return 'due';
}

export type BreachAction = 'escalate' | 'expire' | 'record';

/**
 * A breach climbs one level while the policy's ladder allows. At the top, a claim-by breach of an
 * order still unfilled ends it (expired); anything else is recorded and stays where it is.
 */
export function breachAction(o: {
  kind: DeadlineKind;
  level: number;
  maxLevel: number;
  unfilled: boolean;
}): BreachAction {
  if (o.level < Math.min(o.maxLevel, TOP_LEVEL)) return 'escalate';
  if (o.kind === 'claim' && o.unfilled) return 'expire';
  return 'record';
}

/** A manual whistle goes to the requested level, by default one above the current; only upwards, at most 2. */
export function whistleLevel(current: number, requested?: number): { level: number; ok: boolean } {
  const level = requested ?? current + 1;
  return { level, ok: level > current && level <= TOP_LEVEL };
}

/**
 * The region of an escalation level, from the community's path (ids from the root, each followed by
 * '/'): level 1 is the community's street (its parent), level 2 the district (the street's parent).
 */
export function ladderRegion(communityPath: string, level: number): { regionId: string; regionPath: string } {
  const ids = communityPath.split('/').filter(Boolean);
  const at = ids.length - 1 - level;
  if (level < 1 || level > TOP_LEVEL || at < 0)
    throw new RangeError(`no level-${level} region above ${communityPath}`);
  return { regionId: ids[at]!, regionPath: `${ids.slice(0, at + 1).join('/')}/` };
}

/** Why an extension is refused, or null: the new deadline must be in the future and later than the current one. */
export function extensionProblem(current: Date, until: Date, now: Date): string | null {
  if (until.getTime() <= now.getTime()) return 'the new deadline is not in the future';
  if (until.getTime() <= current.getTime())
    return `the new deadline is not later than the current one (${current.toISOString()})`;
  return null;
}
