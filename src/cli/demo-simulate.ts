import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase } from '../db/client.js';
import { configOrExit } from '../runtime.js';
import { defaultKeysFile, readKeysFile } from './demo/keys.js';
import { formatSummary, summarise } from './demo/sim-summary.js';
import { runSimulation } from './demo/simulation.js';

/**
 * `npm run demo:simulate -- --orders 500 [--bookings 63] [--minutes 2] [--rate 20] [--base-url http://127.0.0.1:3000]`:
 * a compressed day of whistles, household visits and resource bookings against a running service
 * seeded with `npm run demo:seed`.
 */
const { values: args } = parseArgs({
  options: {
    orders: { type: 'string', default: '500' },
    bookings: { type: 'string' },
    minutes: { type: 'string', default: '2' },
    rate: { type: 'string', default: '20' },
    'base-url': { type: 'string' },
    keys: { type: 'string' },
    seed: { type: 'string' },
  },
});
const number = (name: string, v: string | undefined, min: number) => {
  const x = Number(v);
  if (!Number.isFinite(x) || x < min) {
    process.stderr.write(`--${name} must be a number of at least ${min}\n`);
    process.exit(2);
  }
  return x;
};
const orders = Math.floor(number('orders', args.orders, 1));
const bookings = args.bookings === undefined ? undefined : Math.floor(number('bookings', args.bookings, 0));
const minutes = number('minutes', args.minutes, 0.1);
const rate = number('rate', args.rate, 0.1);
const config = configOrExit();
const baseUrl = (args['base-url'] ?? `http://127.0.0.1:${config.PORT}`).replace(/\/$/, '');
const keysFile = args.keys ? resolve(args.keys) : defaultKeysFile();
const keys = await readKeysFile(keysFile).catch(() => {
  process.stderr.write(`no demo keys at ${keysFile}: run \`npm run demo:seed\` first\n`);
  process.exit(2);
});
const database = createDatabase(config.DATABASE_URL, {
  max: 4,
  preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
});

let lastTick = 0;
try {
  process.stderr.write(`simulating ${orders} orders over ${minutes} min against ${baseUrl} ...\n`);
  const run = await runSimulation({
    baseUrl,
    keys,
    db: database.db,
    orders,
    bookings,
    minutes,
    rate,
    seed: args.seed === undefined ? undefined : Math.floor(number('seed', args.seed, 0)),
    onTick: (ms, t) => {
      const tens = Math.floor(ms / 10_000);
      if (tens === lastTick) return;
      lastTick = tens;
      process.stderr.write(
        `  ${tens * 10} s: ${t.posted} posted, ${t.accepted + t.openClaims} claimed, ${t.completed} done, ${t.verified} verified; ${t.visitsRecorded} visits recorded, ${t.bookingsMade} bookings, ${t.answersRated} answers rated\n`,
      );
    },
  });
  const summary = await summarise(database.db, baseUrl, keys.admin, run);
  process.stdout.write(`${formatSummary(summary, run, { baseUrl, keysFile, minutes, requested: orders })}\n`);
} catch (err) {
  process.stderr.write(`demo simulation failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
