import type { CategoryRow } from './categories.repo.js';
import type { CategoryView } from './categories.schemas.js';
import { isoDuration } from './duration.js';

export function toCategoryView(c: CategoryRow): CategoryView {
  return {
    code: c.code,
    name: c.name,
    nameZh: c.nameZh,
    description: c.description,
    group: c.group,
    keywords: c.keywords,
    defaultClaimWithin: isoDuration(c.defaultClaimWithinS),
    defaultCompleteWithin: isoDuration(c.defaultCompleteWithinS),
    pointsMultiplier: c.pointsMultiplier,
    createdAt: c.createdAt.toISOString(),
  };
}
