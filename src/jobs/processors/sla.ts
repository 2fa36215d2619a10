import { UnrecoverableError } from 'bullmq';
import type { Processor } from '../job-deps.js';

export const processSla: Processor<'sla'> = async (job) => {
  throw new UnrecoverableError(`no handler for ${job.name}`);
};
