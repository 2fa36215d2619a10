import type { QueueName } from '../../outbox/jobs.js';
import type { Processor } from '../job-deps.js';
import { processBookings } from './bookings.js';
import { processMaintenance } from './maintenance.js';
import { processMatching } from './matching.js';
import { processOfferExpiry } from './offers.js';
import { processSla } from './sla.js';
import { processWebhook } from './webhooks.js';

export const processors: { [Q in QueueName]: Processor<Q> } = {
  matching: processMatching,
  offers: processOfferExpiry,
  webhooks: processWebhook,
  sla: processSla,
  maintenance: processMaintenance,
  bookings: processBookings,
};
