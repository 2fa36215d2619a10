import { z } from 'zod';
import { regionLevels } from '../../db/schema/enums.js';
import { changingSomething, givenTogether } from '../../http/schema-rules.js';
import { pageQuery } from '../../lib/pagination.js';

const lat = z.number().min(-90).max(90);
const lng = z.number().min(-180).max(180);
const polygon = z
  .array(z.tuple([lng, lat]))
  .min(3)
  .max(10_000)
  .meta({ description: 'Outline as [[lng, lat], ...] (GeoJSON order); used to place Open311 reports' });

export const createRegionBody = givenTogether(
  z.strictObject({
    name: z.string().trim().min(1).max(200),
    level: z.enum(regionLevels),
    parentId: z
      .uuid()
      .optional()
      .meta({ description: 'Required except for a district; exactly one level above' }),
    code: z.string().trim().min(1).max(64).optional(),
    centerLat: lat.optional(),
    centerLng: lng.optional(),
    radiusM: z.number().positive().max(100_000).optional(),
    polygon: polygon.optional(),
  }),
  'centerLat',
  'centerLng',
).superRefine((v, ctx) => {
  if (v.level === 'district' && v.parentId) {
    ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'a district has no parent' });
  }
  if (v.level !== 'district' && !v.parentId) {
    ctx.addIssue({ code: 'custom', path: ['parentId'], message: `a ${v.level} needs its parent` });
  }
});
export type CreateRegionBody = z.infer<typeof createRegionBody>;

export const patchRegionBody = changingSomething(
  givenTogether(
    z.strictObject({
      name: z.string().trim().min(1).max(200).optional(),
      code: z.string().trim().min(1).max(64).nullable().optional(),
      centerLat: lat.nullable().optional(),
      centerLng: lng.nullable().optional(),
      radiusM: z.number().positive().max(100_000).nullable().optional(),
      polygon: polygon.nullable().optional(),
    }),
    'centerLat',
    'centerLng',
  ),
);
export type PatchRegionBody = z.infer<typeof patchRegionBody>;

export const listRegionsQuery = pageQuery.extend({
  parentId: z.uuid().optional(),
  level: z.enum(regionLevels).optional(),
});
export type ListRegionsQuery = z.infer<typeof listRegionsQuery>;

export const regionSchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    level: z.enum(regionLevels),
    name: z.string(),
    code: z.string().nullable(),
    path: z.string().meta({ description: 'Ids from the root, each followed by "/"' }),
    centerLat: z.number().nullable(),
    centerLng: z.number().nullable(),
    radiusM: z.number().nullable(),
    polygon: z.array(z.tuple([z.number(), z.number()])).nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Region' });
export type RegionView = z.infer<typeof regionSchema>;
