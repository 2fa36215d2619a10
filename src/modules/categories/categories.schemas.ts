import { z } from 'zod';
import { cursorField, pageQuery } from '../../lib/pagination.js';
import { durationField } from './duration.js';

const oneYear = { seconds: 366 * 86_400, text: 'P366D' };
const CODE = /^[a-z][a-z0-9_]{1,63}$/;

export const createCategoryBody = z.strictObject({
  code: z
    .string()
    .regex(CODE, 'lower-case letters, digits and _, starting with a letter (2 to 64 characters)'),
  name: z.string().trim().min(1).max(100),
  nameZh: z.string().trim().min(1).max(100),
  description: z.string().trim().max(2000).default(''),
  group: z.string().trim().min(1).max(64).default('community'),
  keywords: z.array(z.string().trim().min(1).max(64)).max(50).default([]),
  defaultClaimWithin: durationField(oneYear, 'How long a routine order may wait to be claimed'),
  defaultCompleteWithin: durationField(oneYear, 'How long routine work may take once published'),
  pointsMultiplier: z.number().positive().max(100).multipleOf(0.01).default(1),
});
export type CreateCategoryBody = z.infer<typeof createCategoryBody>;

/** Categories are listed by code: the cursor is the last code of the page. */
export const listCategoriesQuery = pageQuery.extend({
  cursor: cursorField(/^[A-Za-z0-9_-]{3,86}$/, (key) => CODE.test(key), 'code'),
});

export const categorySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    nameZh: z.string(),
    description: z.string(),
    group: z.string(),
    keywords: z.array(z.string()),
    defaultClaimWithin: z.string().meta({ description: 'ISO 8601 duration' }),
    defaultCompleteWithin: z.string().meta({ description: 'ISO 8601 duration' }),
    pointsMultiplier: z.number(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Category' });
export type CategoryView = z.infer<typeof categorySchema>;
