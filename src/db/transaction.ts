import pg from 'pg';
import { type Db, handleOn } from './client.js';

export interface TransactionOptions {
  isolationLevel?: 'read committed' | 'repeatable read' | 'serializable';
  accessMode?: 'read only' | 'read write';
}

let savepoints = 0;

/**
 * Runs `work` in a transaction on one connection of the pool and commits, or rolls back when it
 * throws. Inside, `work` gets a handle on that connection: the query builder and `execute` (named
 * prepared statements) both run on it. Called with a handle that is already a transaction, `work`
 * runs in a savepoint of it. A connection that fails while checked out (a reset, a server restart)
 * is reported as the error of the statement in flight and thrown away, never left to crash the
 * process.
 */
export async function transaction<T>(
  db: Db,
  work: (tx: Db) => Promise<T>,
  opts: TransactionOptions = {},
): Promise<T> {
  const pool = db.$client;
  if (!(pool instanceof pg.Pool)) return inSavepoint(db, work);
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (err: Error) => {
    broken = err;
  };
  client.on('error', onError);
  try {
    const mode = [opts.isolationLevel && `isolation level ${opts.isolationLevel}`, opts.accessMode].filter(
      Boolean,
    );
    await client.query(mode.length ? `begin ${mode.join(' ')}` : 'begin');
    const result = await work(handleOn(client));
    await client.query('commit');
    return result;
  } catch (err) {
    if (!broken) await client.query('rollback').catch((e: Error) => (broken = e));
    throw err;
  } finally {
    client.off('error', onError);
    client.release(broken ?? undefined);
  }
}

async function inSavepoint<T>(tx: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const client = tx.$client;
  const name = `sp_${++savepoints}`;
  await client.query(`savepoint ${name}`);
  try {
    const result = await work(tx);
    await client.query(`release savepoint ${name}`);
    return result;
  } catch (err) {
    await client.query(`rollback to savepoint ${name}`).catch(() => {});
    throw err;
  }
}
