import pg from 'pg';

/** Why start-up cannot go on by waiting: the configuration is wrong, not the moment. */
export class StartupMisconfiguration extends Error {}

/** SQLSTATEs that waiting will not cure: bad credentials, a role that may not log in. */
const MISCONFIGURED = new Set(['28P01', '28000']);
const NO_DATABASE = '3D000';

async function probe(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Creates the database of `url` when it does not exist and the role may create databases (a first
 * run); otherwise says the exact command to run.
 */
async function createDatabase(url: string, log: (msg: string) => void): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query(`create database ${pg.escapeIdentifier(name)}`);
    log(`created database ${name}`);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === '42P04') return; // created meanwhile by another replica
    const user = decodeURIComponent(target.username) || 'postgres';
    throw new StartupMisconfiguration(
      `database "${name}" does not exist and could not be created (${(err as Error).message}); create it with: ` +
        `createdb -h ${target.hostname} -p ${target.port || 5432} -U ${user} ${name}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Waits until Postgres at `url` answers, with backoff (0.25 s doubling to 5 s), at most `timeoutMs`.
 * Creates the database on a first run. Bad credentials stop at once (StartupMisconfiguration);
 * anything else (refused, reset, starting up, unknown host) is waited out, reported through `onWait`.
 */
export async function waitForPostgres(
  url: string,
  opts: { timeoutMs: number; onWait: (reason: string) => void; log: (msg: string) => void },
): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 5_000)) {
    try {
      await probe(url);
      return;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code && MISCONFIGURED.has(code)) throw new StartupMisconfiguration((err as Error).message);
      if (code === NO_DATABASE) {
        await createDatabase(url, opts.log);
        continue;
      }
      if (Date.now() + delay > deadline)
        throw new Error(
          `postgres did not answer within ${Math.round(opts.timeoutMs / 1000)} s: ${(err as Error).message}`,
        );
      opts.onWait(`postgres: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
