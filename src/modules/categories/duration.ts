import { z } from 'zod';
import { durationSeconds } from '../../domain/sla-clock.js';

/** Durations are read and written by the SLA clock's own rules, so categories and policies agree. */
export { durationSeconds, formatDuration as isoDuration } from '../../domain/sla-clock.js';

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
