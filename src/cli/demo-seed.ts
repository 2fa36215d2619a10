import { SingleBar } from 'cli-progress';
import { directUrl } from '../config.js';
import { createDatabase } from '../db/client.js';
import { runMigrationsAt } from '../db/migrate.js';
import { configOrExit } from '../runtime.js';
import { defaultKeysFile } from './demo/keys.js';
import { type SeedProgress, seedDemoCity } from './demo/seed.js';
import { demoPolicies } from './demo/sla-policies.js';

/** `npm run demo:seed`: builds the demo city in the database of DATABASE_URL; safe to run again. */
const config = configOrExit();
const database = createDatabase(config.DATABASE_URL, {
  max: 4,
  preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
});
const bar = new SingleBar({
  format: 'demo city [{bar}] {percentage}% | {value}/{total} rows | {stage}',
  stream: process.stderr,
  hideCursor: true,
  barsize: 30,
});
const progress: SeedProgress = {
  start: (total) => bar.start(total, 0, { stage: 'regions' }),
  advance: (rows, stage) => bar.increment(rows, { stage }),
  stop: () => bar.stop(),
};

try {
  await runMigrationsAt(directUrl(config));
  const report = await seedDemoCity(database, { keysFile: defaultKeysFile(), progress });
  const c = report.city;
  const added = Object.entries(report.inserted)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
  const out = [
    `demo city: ${c.districts} districts, ${c.streets} streets, ${c.communities} communities, ${c.grids} grids, ${c.units} units (${c.pairings} pairings), ${c.members} members, ${c.households} households paired for monthly visits, ${c.resources} resources`,
    `added this run: ${added} (${(report.elapsedMs / 1000).toFixed(1)} s)`,
    `demo SLA policies: ${demoPolicies.map((p) => `${p.categoryCode}/${p.priority} claim ${p.claimWithin}`).join(', ')}`,
  ];
  if (report.keys.created) {
    out.push(
      `API keys written to ${report.keys.file} (keep it private)`,
      `admin key: ${report.keys.keys!.admin}`,
    );
  } else if (report.keys.keys) {
    out.push(`API keys unchanged, in ${report.keys.file}`, `admin key: ${report.keys.keys.admin}`);
  } else {
    out.push(
      `the demo keys exist but ${report.keys.file} is missing: their plaintexts are gone.`,
      'Create an admin key with `npm run key:create`, or seed a fresh database to get a new keys file.',
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
} catch (err) {
  bar.stop();
  process.stderr.write(`demo seed failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
