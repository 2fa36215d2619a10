import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { Clock } from '../lib/clock.js';

/**
 * Everything a service may be built from. Each factory takes the part it needs
 * (`Pick<ServiceDeps, 'db' | 'clock'>`); the composition root (`src/services.ts`) passes them.
 */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
  config: Config;
}
