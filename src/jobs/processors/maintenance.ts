import { UnrecoverableError } from 'bullmq';
import type { Processor } from '../job-deps.js';

export const processMaintenance: Processor<'maintenance'> = async (job) => {
  throw new UnrecoverableError(`no handler for ${job.name}`);
};
