/**
 * `npm run bench`: intake, claim race and memory, one after the other in one run on one machine,
 * printed as one table under the machine line (cores, versions, load average at the end).
 * Progress goes to stderr; the table to stdout.
 */
import { benchClaimRace } from './claim-race.js';
import { benchIntake } from './intake.js';
import { runBenches } from './lib/main.js';
import { benchMemory } from './memory.js';

await runBenches([() => benchIntake(), () => benchClaimRace(), () => benchMemory()]);
