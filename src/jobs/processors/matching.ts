import { UnrecoverableError } from 'bullmq';
import type { Processor } from '../job-deps.js';

export const processMatching: Processor<'matching'> = async (job) => {
  throw new UnrecoverableError(`no handler for ${job.name}`);
};
