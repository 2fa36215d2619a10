import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appendAuditEvents, chainedAudit, systemActor } from '../../src/audit/audit.repo.js';
import { verifyChain } from '../../src/audit/chain.js';
import { createDatabase, type Database } from '../../src/db/client.js';
import { migrationsFolder, runMigrations } from '../../src/db/migrate.js';
import { partitionsOf } from '../../src/db/partitions.js';
import { transaction } from '../../src/db/transaction.js';
import { newId } from '../../src/lib/ids.js';
import { chainOf } from '../../src/modules/audit/chains.repo.js';
import { createCheckpointsService } from '../../src/modules/audit/checkpoints.service.js';
import { TestClock } from '../helpers/clock.js';
import { monthOfRows, monthsAgo, partitionOf } from './partition-fixtures.js';

/** The tag of the migration that partitions the tables. */
const PARTITIONED = /_partitions$/;
const tables = ['audit_events', 'outbox', 'webhook_deliveries', 'idempotency_keys'] as const;

/** The migrations before the one whose tag matches, as a folder of their own. */
function migrationsBefore(tag: RegExp): string {
  const dir = mkdtempSync(join(tmpdir(), 'wd-migrations-'));
  cpSync(migrationsFolder(), dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  const entries: { idx: number; tag: string }[] = journal.entries;
  const idx = entries.find((e) => tag.test(e.tag))!.idx;
  journal.entries = entries.filter((e) => e.idx < idx);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe('upgrading a database with rows to monthly partitions', () => {
  const name = `wd_t_${inject('runId')}_upgrade_${newId().slice(-8)}`;
  const adminUrl = inject('pgAdminUrl');
  let database: Database;
  let url: string;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    database = createDatabase(url, 4);
  });
  afterAll(async () => {
    await database.close();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  it('keeps every row and every audit chain valid, in a partition per month', async () => {
    const folder = migrationsBefore(PARTITIONED);
    const client = await database.pool.connect();
    try {
      await migrate(drizzle(client), { migrationsFolder: folder });
    } finally {
      client.release();
      rmSync(folder, { recursive: true, force: true });
    }
    const pool = database.pool;
    expect((await pool.query("select to_regclass('audit_chain_heads') as t")).rows[0].t).toBeNull();

    // Three chains of five events, one a month; outbox rows, deliveries and stored answers as old.
    const months = [4, 3, 2, 1, 0].map((n) => monthsAgo(n));
    const entities = [newId(), newId(), newId()];
    for (const entityId of entities) {
      const { events } = chainedAudit(
        months.map((at, i) => ({
          entityType: 'test',
          entityId,
          action: `test.step${i}`,
          actor: systemActor,
          after: { i },
          at,
        })),
        null,
      );
      await pool.query('select audit_append($1::jsonb)', [events]);
    }
    const endpointId = newId();
    await pool.query(
      `insert into webhook_endpoints (id, url, events, secret) values ($1, 'https://example.org/hook', '{*}', 'whsec_x')`,
      [endpointId],
    );
    for (const at of months) await monthOfRows(pool, at, endpointId, endpointId);
    await pool.query(`insert into outbox (queue, job_name, payload) values ('maintenance', 'pending', '{}')`);
    const count = async () => {
      const out: Record<string, unknown[]> = {};
      for (const t of tables) out[t] = (await pool.query(`select * from ${t} order by 1, 2`)).rows;
      return out;
    };
    const before = await count();
    const lastOutboxId = Math.max(...before.outbox!.map((r) => Number((r as { id: string }).id)));

    await runMigrations(pool);

    // Every row as it was, in the columns it had (later migrations add columns of their own).
    const after = await count();
    const asBefore = Object.fromEntries(
      Object.entries(after).map(([t, rows]) => {
        const columns = Object.keys((before[t]?.[0] ?? {}) as object);
        return [
          t,
          rows.map((r) => Object.fromEntries(columns.map((c) => [c, (r as Record<string, unknown>)[c]]))),
        ];
      }),
    );
    expect(asBefore).toEqual(before);
    for (const table of tables) {
      const parts = await partitionsOf(database.db, table);
      expect(parts.defaultRows).toBe(0);
      for (const at of months) expect(parts.live).toContain(partitionOf(table, at));
      expect(parts.live).toContain(partitionOf(table, monthsAgo(-1)));
    }
    for (const entityId of entities) {
      const chain = await chainOf(database.db, entityId);
      expect(chain).toHaveLength(5);
      expect(verifyChain(chain)).toMatchObject({ ok: true, events: 5 });
    }
    const { rows: heads } = await pool.query('select seq from audit_chain_heads where entity_id = any($1)', [
      entities,
    ]);
    expect(heads.map((h) => h.seq)).toEqual([5, 5, 5]);

    // Chains go on from their heads, the outbox's ids from its sequence, and checkpoints verify.
    await transaction(database.db, (tx) =>
      appendAuditEvents(tx, [
        { entityType: 'test', entityId: entities[0]!, action: 'test.after', actor: systemActor },
      ]),
    );
    const longer = await chainOf(database.db, entities[0]!);
    expect(verifyChain(longer)).toMatchObject({ ok: true, events: 6 });
    const { rows: next } = await pool.query(
      `insert into outbox (queue, job_name, payload) values ('maintenance', 'after', '{}') returning id`,
    );
    expect(Number(next[0].id)).toBeGreaterThan(lastOutboxId);
    const clock = new TestClock(new Date(Date.now() + 60_000));
    const checkpoints = createCheckpointsService({
      db: database.db,
      clock,
      hmacKey: 'upgrade-test-key-0123456789',
    });
    const checkpoint = await checkpoints.create();
    expect(checkpoint.chainCount).toBe(3);
    const admin = {
      auth: {
        keyId: newId(),
        role: 'admin' as const,
        regionId: null,
        regionPath: null,
        unitId: null,
        memberId: null,
      },
      actor: systemActor,
    };
    expect(await checkpoints.verify(admin, checkpoint.id)).toMatchObject({ ok: true, headsMatch: true });
  });
});
