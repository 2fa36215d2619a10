import type { z } from 'zod';

/**
 * Rules on a whole body that zod checks with a refinement, which JSON Schema cannot see: each is
 * written once here, with the keyword that states it in the OpenAPI description.
 */

/** A PATCH body changes something: an empty one is refused (`minProperties: 1`). */
export const changingSomething = <T extends z.ZodObject>(body: T) =>
  body
    .superRefine((v, ctx) => {
      if (Object.keys(v).length === 0)
        ctx.addIssue({ code: 'custom', path: [], message: 'nothing to change' });
    })
    .meta({ minProperties: 1 });

/**
 * Two fields (a latitude and its longitude) are given together or not at all (`dependentRequired`),
 * and null together.
 */
export const givenTogether = <T extends z.ZodObject>(body: T, a: string, b: string) =>
  body
    .superRefine((v: Record<string, unknown>, ctx) => {
      if ((v[a] === undefined) !== (v[b] === undefined) || (v[a] === null) !== (v[b] === null)) {
        ctx.addIssue({ code: 'custom', path: [b], message: `${a} and ${b} are given together` });
      }
    })
    .meta({ dependentRequired: { [a]: [b], [b]: [a] } });
