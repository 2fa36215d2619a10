import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface BotConfig {
  baseUrl: string;
  apiKey: string;
  unitId: string;
  unitName: string;
  /** Where the id of the last event handled is kept between runs. */
  cursorFile: string;
}

/** The unit the demo's bot serves unless told otherwise: a hospital, so medical work comes its way. */
const DEMO_UNIT = '东方市中医院';

const usage = `usage: npm start -- [--unit <id or part of its name>] [--base-url <url>] [--keys <keys.json>]
   or: WHISTLE_API_KEY=<unit admin key> WHISTLE_UNIT_ID=<its unit id> npm start -- [--base-url <url>]`;

interface DemoKeys {
  units: Record<string, { name: string; key: string }>;
}

/** Paths given by the person running `npm start` are relative to where they typed it. */
const fromCaller = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

function pickUnit(keys: DemoKeys, wanted: string): [string, { name: string; key: string }] {
  const units = Object.entries(keys.units);
  const found = units.find(([id]) => id === wanted) ?? units.find(([, u]) => u.name.includes(wanted));
  if (!found) throw new Error(`no unit "${wanted}" in the demo keys`);
  return found;
}

export function loadConfig(argv = process.argv.slice(2)): BotConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      unit: { type: 'string' },
      'base-url': { type: 'string' },
      keys: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const baseUrl =
    values['base-url'] ?? process.env.WHISTLE_BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
  // The repository's .demo folder, where `npm run demo:seed` writes the keys.
  const stateDir = fileURLToPath(new URL('../../../.demo', import.meta.url));
  if (process.env.WHISTLE_API_KEY && process.env.WHISTLE_UNIT_ID) {
    const unitId = process.env.WHISTLE_UNIT_ID;
    return {
      baseUrl,
      apiKey: process.env.WHISTLE_API_KEY,
      unitId,
      unitName: unitId,
      cursorFile: resolve(stateDir, `unit-branch-bot-${unitId}.cursor`),
    };
  }
  const keysFile = fromCaller(values.keys ?? process.env.DEMO_KEYS_FILE ?? resolve(stateDir, 'keys.json'));
  if (!existsSync(keysFile))
    throw new Error(`no demo keys at ${keysFile}: run \`npm run demo:seed\` first\n${usage}`);
  const keys = JSON.parse(readFileSync(keysFile, 'utf8')) as DemoKeys;
  const [unitId, unit] = pickUnit(keys, values.unit ?? DEMO_UNIT);
  return {
    baseUrl,
    apiKey: unit.key,
    unitId,
    unitName: unit.name,
    cursorFile: resolve(stateDir, `unit-branch-bot-${unitId}.cursor`),
  };
}
