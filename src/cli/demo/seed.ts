import { sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Database, Db } from '../../db/client.js';
import { memberReportIns, members, pairings, regions, units } from '../../db/schema/index.js';
import { buildDemoCity } from './build-city.js';
import { type DemoKeys, demoKeyCount, ensureDemoKeys } from './keys.js';
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
  };
  keys: { created: boolean; file: string; keys: DemoKeys | null };
  elapsedMs: number;
}

const BATCH = 1_000;

/** Inserts rows in batches; rows already there (same deterministic id) are left as they are. */
async function insertNew<T extends PgTable>(
  db: Db,
  table: T,
  rows: PgInsertValue<T>[],
  progress: SeedProgress,
  stage: string,
): Promise<number> {
  let added = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const inserted = await db
      .insert(table)
      .values(batch)
      .onConflictDoNothing()
      .returning({ one: sql<number>`1` });
    added += inserted.length;
    progress.advance(batch.length, stage);
  }
  return added;
}

/**
 * Builds the demo city (Dongfang and Xunyang, after the spec's real figures) in Postgres, with its
 * demo SLA policies and API keys. Idempotent: ids are derived from names, every insert skips rows
 * that exist, policies are written only when they differ and keys only on the first run.
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
      demoPolicies.length +
      demoKeyCount(city),
  );

  const inserted = {
    regions: await insertNew(db, regions, city.regions, progress, 'regions'),
    units: await insertNew(db, units, city.units, progress, 'units'),
    pairings: await insertNew(db, pairings, city.pairings, progress, 'pairings'),
    members: await insertNew(db, members, city.members, progress, 'members'),
    reportIns: await insertNew(db, memberReportIns, city.reportIns, progress, 'report-ins'),
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
    },
    keys: { created: keys.created, file: opts.keysFile, keys: keys.keys },
    elapsedMs: Math.round(performance.now() - started),
  };
}
