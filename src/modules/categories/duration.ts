import { z } from 'zod';
import { durationSeconds, FIXED_DURATION } from '../../domain/sla-clock.js';

/** Durations are read and written by the SLA clock's own rules, so categories and policies agree. */
export { durationSeconds, formatDuration as isoDuration } from '../../domain/sla-clock.js';

/** A positive ISO 8601 duration in the body, handed to the service as seconds. */
export const durationField = (max: { seconds: number; text: string }, description: string) => {
  const rule = `an ISO 8601 duration from PT1M to ${max.text} (no years or months), e.g. PT4H or P2D`;
  return z
    .string()
    .max(64)
    .regex(FIXED_DURATION, rule)
    .transform((text, ctx) => {
      const s = durationSeconds(text);
      if (s === null || s < 60 || s > max.seconds) {
        ctx.addIssue({ code: 'custom', message: rule });
        return z.NEVER;
      }
      return s;
    })
    .meta({ description: `${description} (ISO 8601 duration, e.g. PT4H or P2D)`, example: 'P2D' });
};
