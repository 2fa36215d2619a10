import type { Database } from '../../db/client.js';
import { buildDemoCity } from './build-city.js';
import { type DemoKeys, demoKeyCount, ensureDemoKeys } from './keys.js';
import { insertNewRows } from './seed.repo.js';
import { applyDemoPolicies, demoPolicies } from './sla-policies.js';

/** How the seed reports progress: a bar on a terminal, nothing in a test. */
export interface SeedProgress {
  start(total: number): void;
  advance(rows: number, stage: string): void;
  stop(): void;
}

const silent: SeedProgress = { start() {}, advance() {}, stop() {} };

export interface SeedOptions {
  /** Where the plaintext keys go on the first run (and are read back from on later ones). */
  keysFile: string;
  progress?: SeedProgress;
}

export interface SeedReport {
  /** Rows this run added (or policies it changed); all zero on a second run. */
  inserted: {
    regions: number;
    units: number;
    pairings: number;
    members: number;
    reportIns: number;
    households: number;
    householdPairings: number;
    resources: number;
    slaPolicies: number;
    apiKeys: number;
  };
  /** Rows the demo city has in all. */
  city: {
    districts: number;
    streets: number;
    communities: number;
    grids: number;
    units: number;
    pairings: number;
    members: number;
    households: number;
    resources: number;
  };
  keys: { created: boolean; file: string; keys: DemoKeys | null };
  elapsedMs: number;
}

/**
 * Builds the demo city (Dongfang and Xunyang, after the spec's real figures) in Postgres, with its
 * demo SLA policies and API keys, its paired households and the resources its units open.
 * Idempotent: ids are derived from names, every insert skips rows that exist, policies are written
 * only when they differ and keys only on the first run. Household pairings are written as the
 * pairings service writes one made now: visits publish from this moment on, and the visit sweep
 * publishes them (each as an order offered to the paired member), as for any pairing.
 */
export async function seedDemoCity(database: Database, opts: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const progress = opts.progress ?? silent;
  const { db } = database;
  const city = buildDemoCity();
  progress.start(
    city.regions.length +
      city.units.length +
      city.pairings.length +
      city.members.length +
      city.reportIns.length +
      city.households.length +
      city.householdPairings.length +
      city.resources.length +
      demoPolicies.length +
      demoKeyCount(city),
  );

  const tick = (stage: string) => (rows: number) => progress.advance(rows, stage);
  const now = new Date();
  const inserted = {
    regions: await insertNewRows(db, 'regions', city.regions, tick('regions')),
    units: await insertNewRows(db, 'units', city.units, tick('units')),
    pairings: await insertNewRows(db, 'pairings', city.pairings, tick('pairings')),
    members: await insertNewRows(db, 'members', city.members, tick('members')),
    reportIns: await insertNewRows(db, 'reportIns', city.reportIns, tick('report-ins')),
    households: await insertNewRows(db, 'households', city.households, tick('households')),
    householdPairings: await insertNewRows(
      db,
      'householdPairings',
      city.householdPairings.map((p) => ({ ...p, publishFrom: now, createdAt: now, updatedAt: now })),
      tick('household pairings'),
    ),
    resources: await insertNewRows(db, 'resources', city.resources, tick('resources')),
    slaPolicies: await applyDemoPolicies(db, () => progress.advance(1, 'SLA policies')),
    apiKeys: 0,
  };
  const keys = await ensureDemoKeys(db, city, opts.keysFile, () => progress.advance(1, 'API keys'));
  if (keys.created) inserted.apiKeys = demoKeyCount(city);
  else progress.advance(demoKeyCount(city), 'API keys');
  progress.stop();

  const level = (l: string) => city.regions.filter((r) => r.level === l).length;
  return {
    inserted,
    city: {
      districts: level('district'),
      streets: level('street'),
      communities: level('community'),
      grids: level('grid'),
      units: city.units.length,
      pairings: city.pairings.length,
      members: city.members.length,
      households: city.households.length,
      resources: city.resources.length,
    },
    keys: { created: keys.created, file: opts.keysFile, keys: keys.keys },
    elapsedMs: Math.round(performance.now() - started),
  };
}
