import { UnrecoverableError } from 'bullmq';
import type { Processor } from '../job-deps.js';

export const processOfferExpiry: Processor<'offers'> = async (job) => {
  throw new UnrecoverableError(`no handler for ${job.name}`);
};
