import { chmod, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import { generateKey } from '../../auth/keys.js';
import type { Db } from '../../db/client.js';
import type { Role } from '../../db/schema/enums.js';
import { transaction } from '../../db/transaction.js';
import { insertNewKeys, keyExists } from '../../modules/api-keys/api-keys.repo.js';
import type { DemoCity } from './build-city.js';
import { demoId } from './ids.js';

/** Where the demo's keys are kept unless DEMO_KEYS_FILE says otherwise (gitignored). */
export const defaultKeysFile = () =>
  resolve(process.env.DEMO_KEYS_FILE ?? join(process.cwd(), '.demo', 'keys.json'));

export interface NamedKey {
  name: string;
  key: string;
}

/** The plaintext keys of the demo, by scope id. Only their hashes are in the database. */
export interface DemoKeys {
  createdAt: string;
  admin: string;
  ops: string;
  streets: Record<string, NamedKey>;
  communities: Record<string, NamedKey>;
  units: Record<string, NamedKey>;
}

export const seedActor: Actor = { type: 'system', id: 'demo-seed' };

interface KeySpec {
  role: Role;
  name: string;
  scopeRegionId?: string;
  scopeUnitId?: string;
}

function keySpecs(city: DemoCity): KeySpec[] {
  return [
    { role: 'admin', name: 'demo admin' },
    { role: 'ops', name: 'demo ops' },
    ...city.regions
      .filter((r) => r.level === 'street')
      .map((r) => ({ role: 'street_officer' as const, name: `demo officer ${r.name}`, scopeRegionId: r.id })),
    ...city.regions
      .filter((r) => r.level === 'community')
      .map((r) => ({ role: 'community_staff' as const, name: `demo staff ${r.name}`, scopeRegionId: r.id })),
    ...city.units.map((u) => ({
      role: 'unit_admin' as const,
      name: `demo unit admin ${u.name}`,
      scopeUnitId: u.id,
    })),
  ];
}

const keyId = (s: KeySpec) => demoId('api-key', s.role, s.scopeRegionId ?? s.scopeUnitId ?? 'global');

export const demoKeyCount = (city: DemoCity) => keySpecs(city).length;

async function writeKeysFile(file: string, keys: DemoKeys): Promise<string> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  await chmod(temp, 0o600);
  return temp;
}

export type KeysOutcome = { created: true; keys: DemoKeys } | { created: false; keys: DemoKeys | null };

/**
 * Creates the demo's keys once: an admin, an ops key, an officer per street, staff per community and
 * an admin per unit. Plaintexts exist only at creation, so they go to `file` (mode 0600) and a later
 * run, finding the keys in the database, creates none and reads the file back if it is there. The
 * file is written before the keys commit and moved into place after, so no key exists unrecorded.
 */
export async function ensureDemoKeys(
  db: Db,
  city: DemoCity,
  file: string,
  onKey: () => void,
): Promise<KeysOutcome> {
  const specs = keySpecs(city);
  if (await keyExists(db, keyId(specs[0]!)))
    return { created: false, keys: await readKeysFile(file).catch(() => null) };

  const keys: DemoKeys = {
    createdAt: new Date().toISOString(),
    admin: '',
    ops: '',
    streets: {},
    communities: {},
    units: {},
  };
  const rows = specs.map((s) => {
    const generated = generateKey();
    const named = { name: s.name.replace(/^demo (officer|staff|unit admin) /, ''), key: generated.key };
    if (s.role === 'admin') keys.admin = generated.key;
    else if (s.role === 'ops') keys.ops = generated.key;
    else if (s.role === 'street_officer') keys.streets[s.scopeRegionId!] = named;
    else if (s.role === 'community_staff') keys.communities[s.scopeRegionId!] = named;
    else keys.units[s.scopeUnitId!] = named;
    return {
      id: keyId(s),
      prefix: generated.prefix,
      secretHash: generated.secretHash,
      name: s.name,
      role: s.role,
      scopeRegionId: s.scopeRegionId ?? null,
      scopeUnitId: s.scopeUnitId ?? null,
    };
  });
  const temp = await writeKeysFile(file, keys);
  try {
    await transaction(db, async (tx) => {
      await insertNewKeys(tx, rows);
      for (const r of rows) {
        const { secretHash: _, ...visible } = r;
        await appendAudit(tx, {
          entityType: 'api_key',
          entityId: r.id,
          action: 'api_key.created',
          actor: seedActor,
          after: visible,
        });
        onKey();
      }
    });
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
  await rename(temp, file);
  return { created: true, keys };
}

export async function readKeysFile(file: string): Promise<DemoKeys> {
  return JSON.parse(await readFile(file, 'utf8')) as DemoKeys;
}
