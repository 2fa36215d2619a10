import type { Db } from '../../db/client.js';
import type { Priority } from '../../db/schema/enums.js';
import { durationSeconds } from '../../domain/sla-clock.js';
import { systemClock } from '../../lib/clock.js';
import { createSlaService } from '../../modules/sla/sla.service.js';
import { seedActor } from './keys.js';
import { findPolicy } from './seed.repo.js';

/**
 * SLA policies in seconds, so that a two-minute simulation sees deadlines pass: an urgent or
 * emergency home visit, needy-household visit, errand or mediation that nobody takes escalates to
 * the street after claimWithin, to the district after responseWithin (or another claimWithin), and
 * expires at the top of the ladder. Routine orders keep the default policies of days.
 */
export const demoPolicies: {
  categoryCode: string;
  priority: Priority;
  claimWithin: string;
  completeWithin: string;
  responseWithin: string;
}[] = [
  {
    categoryCode: 'errand',
    priority: 'urgent',
    claimWithin: 'PT30S',
    completeWithin: 'PT10M',
    responseWithin: 'PT30S',
  },
  {
    categoryCode: 'errand',
    priority: 'emergency',
    claimWithin: 'PT20S',
    completeWithin: 'PT5M',
    responseWithin: 'PT20S',
  },
  {
    categoryCode: 'home_visit',
    priority: 'urgent',
    claimWithin: 'PT45S',
    completeWithin: 'PT15M',
    responseWithin: 'PT45S',
  },
  {
    categoryCode: 'home_visit',
    priority: 'emergency',
    claimWithin: 'PT20S',
    completeWithin: 'PT10M',
    responseWithin: 'PT30S',
  },
  {
    categoryCode: 'poverty_pairing',
    priority: 'urgent',
    claimWithin: 'PT60S',
    completeWithin: 'PT30M',
    responseWithin: 'PT60S',
  },
  {
    categoryCode: 'dispute_mediation',
    priority: 'urgent',
    claimWithin: 'PT40S',
    completeWithin: 'PT20M',
    responseWithin: 'PT40S',
  },
  {
    categoryCode: 'dispute_mediation',
    priority: 'emergency',
    claimWithin: 'PT20S',
    completeWithin: 'PT10M',
    responseWithin: 'PT30S',
  },
];

const MAX_LEVEL = 2;

/**
 * Puts each demo policy through the SLA service (so the change is in the audit trail), and only
 * when it differs from the stored one: a second seed run changes nothing.
 */
export async function applyDemoPolicies(db: Db, onPolicy: () => void): Promise<number> {
  const sla = createSlaService({ db, clock: systemClock });
  const auth = {
    keyId: 'demo-seed',
    role: 'admin' as const,
    regionId: null,
    regionPath: null,
    unitId: null,
    memberId: null,
  };
  let changed = 0;
  for (const p of demoPolicies) {
    const body = {
      claimWithin: durationSeconds(p.claimWithin)!,
      completeWithin: durationSeconds(p.completeWithin)!,
      responseWithin: durationSeconds(p.responseWithin)!,
      maxLevel: MAX_LEVEL,
    };
    const current = await findPolicy(db, p.categoryCode, p.priority);
    const same =
      current?.claimWithinS === body.claimWithin &&
      current.completeWithinS === body.completeWithin &&
      current.responseWithinS === body.responseWithin &&
      current.maxLevel === body.maxLevel;
    if (!same) {
      await sla.putPolicy({ auth, actor: seedActor }, p.categoryCode, p.priority, body);
      changed++;
    }
    onPolicy();
  }
  return changed;
}
