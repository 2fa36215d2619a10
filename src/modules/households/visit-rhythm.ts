import rrule from 'rrule';
import { Errors } from '../../errors.js';

const { RRule, rrulestr } = rrule;

/** A visit rhythm: an RRULE read by the rrule library, anchored at the pairing's start. */
export type Rhythm = InstanceType<typeof RRule>;

/** Rules more frequent than daily are not a visit rhythm. */
const tooFrequent = new Set<number>([RRule.HOURLY, RRule.MINUTELY, RRule.SECONDLY]);

const refuse = (detail: string) => Errors.invalidRrule(detail, { field: 'rrule' });

/**
 * Reads an RRULE (with or without the `RRULE:` prefix) anchored at `startsAt`. Anything the library
 * cannot read, a DTSTART or other property lines of its own, and rules more frequent than daily are
 * refused with 422 invalid_rrule.
 */
export function parseRhythm(text: string, startsAt: Date): Rhythm {
  const line = text.trim().replace(/^RRULE:/i, '');
  if (/[\r\n]/.test(line) || /(^|;)DTSTART|(^|;)TZID/i.test(line))
    throw refuse('give a single RRULE line without DTSTART or TZID: startsAt anchors the rhythm');
  let rule: Rhythm;
  try {
    const parsed = rrulestr(`RRULE:${line}`, { dtstart: startsAt });
    if (!(parsed instanceof RRule)) throw new Error('not a single rule');
    rule = parsed;
  } catch (err) {
    throw refuse(`the rrule cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (tooFrequent.has(rule.options.freq)) throw refuse('visits may recur at most daily');
  // A rule the library reads but that yields no occurrence at all (e.g. BYMONTHDAY=31;BYMONTH=2).
  if (rule.after(startsAt, true) === null) throw refuse('the rrule yields no visit from startsAt on');
  return rule;
}

/** The rule as stored: its RRULE line without the prefix, as the library writes it. */
export const ruleText = (rule: Rhythm): string =>
  (
    rule
      .toString()
      .split('\n')
      .find((l) => l.startsWith('RRULE:')) ?? ''
  ).slice('RRULE:'.length);

/** Occurrences in [from, to], oldest first, at most `limit`. */
export function occurrencesBetween(rule: Rhythm, from: Date, to: Date, limit: number): Date[] {
  if (to < from) return [];
  const out: Date[] = [];
  rule.between(from, to, true, (d) => {
    out.push(d);
    return out.length < limit;
  });
  return out;
}

/** The first occurrence at or after `from`, or null when the rule has ended. */
export const nextOccurrence = (rule: Rhythm, from: Date): Date | null => rule.after(from, true);
