import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';
import { regionLevels } from './enums.js';

/**
 * The region tree: district → street → community → grid. `path` is the chain of ids from the root,
 * each followed by '/', so a subtree is `path LIKE '<path of its root>%'` on an indexed column.
 */
export const regions = pgTable(
  'regions',
  {
    id: id(),
    parentId: uuid('parent_id').references((): AnyPgColumn => regions.id),
    level: text('level', { enum: regionLevels }).notNull(),
    name: text('name').notNull(),
    code: text('code'),
    path: text('path').notNull(),
    centerLat: doublePrecision('center_lat'),
    centerLng: doublePrecision('center_lng'),
    radiusM: doublePrecision('radius_m'),
    /** GeoJSON-like ring: [[lng, lat], ...], used by the Open311 gateway to place a point. */
    polygon: jsonb('polygon').$type<[number, number][]>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('regions_path_idx').on(t.path.op('text_pattern_ops')),
    index('regions_parent_idx').on(t.parentId),
    check('regions_level_check', sql`${t.level} in ('district','street','community','grid')`),
  ],
);

export type { RegionLevel } from './enums.js';
