import { fanOutEvent } from '../../modules/webhooks/fan-out.js';
import type { Processor } from '../job-deps.js';

/** Fans a domain event out to webhook deliveries; safe to run twice for one event. */
export const processEvent: Processor<'events'> = async (job, deps) => ({
  deliveries: await fanOutEvent(deps.database.db, job.data.eventId),
});
