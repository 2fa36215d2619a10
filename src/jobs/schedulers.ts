import type { Config } from '../config.js';
import type { Queues } from './connection.js';

/**
 * Repeating jobs, installed idempotently by every worker (BullMQ job schedulers are keyed by id,
 * so many workers installing them still yield one schedule, and one run at a time).
 */
export async function installSchedulers(queues: Queues, config: Config): Promise<void> {
  await queues.get('maintenance').upsertJobScheduler('no-shows', { every: 60_000 }, { name: 'no_shows', data: { kind: 'no_shows' } });
  void config;
}
