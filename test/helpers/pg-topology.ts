import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Postgres servers and a PgBouncer of the test's own, on the ports it names, in directories under
 * /tmp owned by the postgres user (neither may run as root). Each directory is named after its
 * port, so what a killed run left behind is found and stopped by the next one (`clearPort`).
 */

const PG_BIN = (() => {
  const versions = existsSync('/usr/lib/postgresql')
    ? execFileSync('ls', ['/usr/lib/postgresql']).toString().split('\n').filter(Boolean).sort()
    : [];
  const last = versions.at(-1);
  return last ? `/usr/lib/postgresql/${last}/bin` : null;
})();
const PGBOUNCER = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((p) => existsSync(p)) ?? null;

/** Why the servers cannot be started here, or null when they can. */
export function topologyMissing(what: 'postgres' | 'pgbouncer'): string | null {
  if (process.getuid?.() !== 0) return 'these tests start servers as the postgres user and must run as root';
  if (!PG_BIN) return 'the Postgres server binaries (/usr/lib/postgresql/*/bin) are not installed';
  if (what === 'pgbouncer' && !PGBOUNCER) return 'pgbouncer is not installed (apt-get install -y pgbouncer)';
  return null;
}

const dirOf = (port: number) => `/tmp/wd-pgtopo-${port}`;

function asPostgres(cmd: string, args: string[]): string {
  return execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString();
}

function killPidFile(file: string): void {
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!pid) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}

/** Stops whatever an earlier run left on `port` (its server or bouncer) and removes its directory. */
export function clearPort(port: number): void {
  const dir = dirOf(port);
  killPidFile(join(dir, 'data', 'postmaster.pid'));
  killPidFile(join(dir, 'pgbouncer.pid'));
  rmSync(dir, { recursive: true, force: true });
}

function freshDir(port: number): string {
  clearPort(port);
  const dir = dirOf(port);
  mkdirSync(dir, { mode: 0o700 });
  chownSync(dir, uidOf('postgres'), gidOf('postgres'));
  return dir;
}

const uidOf = (user: string) => Number(execFileSync('id', ['-u', user]).toString().trim());
const gidOf = (user: string) => Number(execFileSync('id', ['-g', user]).toString().trim());

export interface PgServer {
  port: number;
  /** A URL of a database on this server (user postgres, trust). */
  url(database?: string): string;
  /** One statement on a connection of its own, in `database` (default postgres). */
  query<T extends pg.QueryResultRow = Record<string, unknown>>(
    sql: string,
    values?: unknown[],
    database?: string,
  ): Promise<T[]>;
  stop(): void;
  start(): void;
}

function server(port: number, data: string): PgServer {
  const ctl = (action: string, extra: string[] = []) =>
    asPostgres(`${PG_BIN}/pg_ctl`, [action, '-D', data, '-w', '-t', '60', ...extra]);
  const self: PgServer = {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async query(sql, values, database) {
      const client = new pg.Client({ connectionString: self.url(database), connectionTimeoutMillis: 5_000 });
      client.on('error', () => {});
      await client.connect();
      try {
        return (await client.query(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
    start: () => {
      ctl('start', ['-l', join(data, '..', `server.log`)]);
    },
    stop: () => {
      if (existsSync(join(data, 'postmaster.pid'))) ctl('stop', ['-m', 'fast']);
    },
  };
  return self;
}

const SERVER_SETTINGS = (port: number) => `
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = ''
max_connections = 60
shared_buffers = 32MB
fsync = off
full_page_writes = off
wal_level = replica
max_wal_senders = 4
hot_standby = on
hot_standby_feedback = on
`;

/** A fresh primary (initdb, trust for local TCP and replication) on `port`. */
export function startPrimary(port: number): PgServer {
  const dir = freshDir(port);
  const data = join(dir, 'data');
  asPostgres(`${PG_BIN}/initdb`, ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  writeFileSync(join(data, 'postgresql.auto.conf'), SERVER_SETTINGS(port));
  writeFileSync(
    join(data, 'pg_hba.conf'),
    'host all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n',
  );
  const s = server(port, data);
  s.start();
  return s;
}

/** A streaming replica of `primary` on `port` (pg_basebackup -R: standby.signal and primary_conninfo). */
export function startReplica(primary: PgServer, port: number): PgServer {
  const dir = freshDir(port);
  const data = join(dir, 'data');
  asPostgres(`${PG_BIN}/pg_basebackup`, [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    data,
    '-R',
    '-X',
    'stream',
    '--no-sync',
  ]);
  const auto = readFileSync(join(data, 'postgresql.auto.conf'), 'utf8');
  writeFileSync(join(data, 'postgresql.auto.conf'), auto.replace(/^port = .*$/m, `port = ${port}`));
  const s = server(port, data);
  s.start();
  return s;
}

/** Removes a server's directory after it was stopped. */
export const removeServer = (port: number) => clearPort(port);

/** Waits until the replica has replayed everything the primary had written when this was called. */
export async function waitForReplay(primary: PgServer, replica: PgServer, timeoutMs = 30_000): Promise<void> {
  const [head] = await primary.query<{ lsn: string }>('select pg_current_wal_insert_lsn()::text as lsn');
  const lsn = head?.lsn;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await replica.query<{ ok: boolean }>(
      'select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok',
      [lsn],
    );
    if (row?.ok) return;
    if (Date.now() > deadline) throw new Error(`the replica did not replay ${lsn} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface Bouncer {
  port: number;
  /** The bouncer's URL for `database` on the target server. */
  url(database: string, params?: Record<string, string>): string;
  /** The bouncer's log, for assertion messages. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * PgBouncer on `port` in front of the server at 127.0.0.1:`targetPort`, in transaction pooling with
 * `poolSize` server connections per database (every database: `* =`), users trusted from an auth file.
 */
export async function startPgBouncer(opts: {
  port: number;
  targetPort: number;
  poolSize: number;
}): Promise<Bouncer> {
  const dir = freshDir(opts.port);
  const file = (name: string) => join(dir, name);
  writeFileSync(file('users.txt'), '"postgres" ""\n');
  writeFileSync(
    file('pgbouncer.ini'),
    `[databases]
* = host=127.0.0.1 port=${opts.targetPort}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${opts.port}
unix_socket_dir =
auth_type = trust
auth_file = ${file('users.txt')}
pool_mode = transaction
default_pool_size = ${opts.poolSize}
max_client_conn = 500
ignore_startup_parameters = extra_float_digits
pidfile = ${file('pgbouncer.pid')}
logfile = ${file('pgbouncer.log')}
`,
  );
  execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  // -u drops to the postgres user itself; the child is pgbouncer, so stopping it is one signal.
  const child: ChildProcess = spawn(PGBOUNCER!, ['-u', 'postgres', file('pgbouncer.ini')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const exited = once(child, 'exit');
  const log = () =>
    `${existsSync(file('pgbouncer.log')) ? readFileSync(file('pgbouncer.log'), 'utf8') : ''}${stderr}`;
  const url = (database: string, params: Record<string, string> = {}) => {
    const u = new URL(`postgres://postgres@127.0.0.1:${opts.port}/${database}`);
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    return u.toString();
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url('postgres'), connectionTimeoutMillis: 2_000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      break;
    } catch (err) {
      await client.end().catch(() => {});
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`pgbouncer did not start: ${(err as Error).message}\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    port: opts.port,
    url,
    log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      clearPort(opts.port);
    },
  };
}
