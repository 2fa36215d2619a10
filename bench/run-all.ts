/**
 * `npm run bench`: intake, claim race and memory, one after the other in one run on one machine,
 * printed as one table under the machine line (cores, versions, load average at the end).
 * Progress goes to stderr; the table to stdout. BENCH_ONLY=intake,claims runs a subset.
 */
import { benchClaimRace } from './claim-race.js';
import { benchIntake } from './intake.js';
import { runBenches } from './lib/main.js';
import { benchMemory } from './memory.js';

const benches = { intake: benchIntake, claims: benchClaimRace, memory: benchMemory };
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()) ?? Object.keys(benches);
const unknown = only.filter((name) => !(name in benches));
if (unknown.length)
  throw new Error(
    `BENCH_ONLY: unknown bench ${unknown.join(', ')} (known: ${Object.keys(benches).join(', ')})`,
  );

await runBenches(only.map((name) => () => benches[name as keyof typeof benches]()));
