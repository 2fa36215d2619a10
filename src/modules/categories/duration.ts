import { parse } from 'tinyduration';
import { z } from 'zod';

const SECONDS = { weeks: 604_800, days: 86_400, hours: 3_600, minutes: 60, seconds: 1 } as const;

/** Seconds in an ISO 8601 duration of fixed length; null for invalid ones (years and months vary in length). */
export function durationSeconds(text: string): number | null {
  let d: ReturnType<typeof parse>;
  try {
    d = parse(text);
  } catch {
    return null;
  }
  if (d.negative || d.years || d.months) return null;
  let total = 0;
  for (const [unit, factor] of Object.entries(SECONDS)) {
    const v = d[unit as keyof typeof SECONDS];
    if (v !== undefined && !Number.isFinite(v)) return null;
    total += (v ?? 0) * factor;
  }
  return Math.round(total);
}

/** The shortest ISO 8601 form of a number of seconds: 86400 → P1D, 5400 → PT1H30M. */
export function isoDuration(totalSeconds: number): string {
  let rest = totalSeconds;
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3_600);
  rest -= hours * 3_600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  if (!days && !time) return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** A positive ISO 8601 duration in the body, handed to the service as seconds. */
export const durationField = (max: { seconds: number; text: string }, description: string) =>
  z
    .string()
    .max(64)
    .transform((text, ctx) => {
      const s = durationSeconds(text);
      if (s === null || s < 60 || s > max.seconds) {
        ctx.addIssue({
          code: 'custom',
          message: `an ISO 8601 duration from PT1M to ${max.text} (no years or months), e.g. PT4H or P2D`,
        });
        return z.NEVER;
      }
      return s;
    })
    .meta({ description: `${description} (ISO 8601 duration, e.g. PT4H or P2D)`, example: 'P2D' });
