import type { RegionRow } from './regions.repo.js';
import type { RegionView } from './regions.schemas.js';

export function toRegionView(r: RegionRow): RegionView {
  return {
    id: r.id,
    parentId: r.parentId,
    level: r.level,
    name: r.name,
    code: r.code,
    path: r.path,
    centerLat: r.centerLat,
    centerLng: r.centerLng,
    radiusM: r.radiusM,
    polygon: r.polygon,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
