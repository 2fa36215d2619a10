import type { City } from './index.js';

/** A valid order body for community A1; override any field. */
export function orderBody(city: City, extra: Record<string, unknown> = {}) {
  return {
    communityId: city.communityA1.id,
    categoryCode: 'home_visit',
    title: 'Visit Grandma Li',
    description: 'Lives alone on the 5th floor; needs a weekly visit.',
    priority: 'routine',
    headcount: 2,
    requiredSkills: [],
    source: 'grid_patrol',
    dispatchMode: 'open',
    ...extra,
  };
}
