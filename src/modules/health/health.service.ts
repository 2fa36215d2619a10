import type { ServiceDeps } from '../deps.js';
import { pingDatabase } from './health.repo.js';

/** What readiness asks of the database. */
export function createHealthService(deps: Pick<ServiceDeps, 'db'>) {
  return {
    pingDatabase: () => pingDatabase(deps.db),
  };
}
