import { pathToFileURL } from 'node:url';
import { machine, printTable, type Row } from './report.js';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0';

/** True when the module at `moduleUrl` is the script node was started with (not imported by run-all). */
export const isMain = (moduleUrl: string) =>
  process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href;

/** Runs benches in sequence and prints one table under the machine line; a broken invariant exits 1. */
export async function runBenches(benches: (() => Promise<Row[]>)[]): Promise<void> {
  const rows: Row[] = [];
  try {
    for (const bench of benches) rows.push(...(await bench()));
  } catch (err) {
    if (rows.length) printTable(rows);
    console.error(`\nbench failed: ${(err as Error).stack ?? err}`);
    process.exit(1);
  }
  console.log(`\n${await machine(databaseUrl, redisUrl)}\n`);
  printTable(rows);
  process.exit(0);
}

/** Progress lines go to stderr, so stdout is the table alone. */
export const progress = (msg: string) =>
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
