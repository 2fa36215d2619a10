import { generateKey } from '../auth/keys.js';
import { directUrl } from '../config.js';
import { createDatabase } from '../db/client.js';
import { runMigrationsAt } from '../db/migrate.js';
import { ensureAdminKey } from '../modules/api-keys/bootstrap.js';
import { configOrExit } from '../runtime.js';

/** `npm run key:create`: prints a new admin key once. Keep it; only its hash is stored. */
const config = configOrExit();
const database = createDatabase(config.DATABASE_URL, {
  max: 2,
  preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
});
await runMigrationsAt(directUrl(config));
const { key } = generateKey();
const name = process.argv[2] ?? 'cli admin';
await ensureAdminKey(database.db, key, name);
process.stdout.write(`${key}\n`);
await database.close();
