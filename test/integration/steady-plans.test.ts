import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChainHead, chainedAudit, systemActor } from '../../src/audit/audit.repo.js';
import { newId } from '../../src/lib/ids.js';
import { createTestDatabase } from '../helpers/database.js';

/**
 * The functions every order runs plan their statements once per connection, from the statistics of
 * that moment. Planned while a table was small and analyzed as such (a young database, a new
 * month's partition), they must still find rows by key, not read the table whole on every call.
 * Counted by Postgres's own statistics of one connection: its sequential scans per table.
 */
describe('plans made while tables were small', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  /** Sequential scans of a table so far, this connection's included (its pending counts flushed first). */
  const seqScans = async (table: string): Promise<number> => {
    await client.query('select pg_stat_force_next_flush()');
    await client.query('select pg_stat_clear_snapshot()');
    const { rows } = await client.query<{ n: string }>(
      'select coalesce(sum(seq_scan), 0) as n from pg_stat_user_tables where relname like $1',
      [table],
    );
    return Number(rows[0]!.n);
  };

  it('moves audit chains on through the heads’ key, without reading every head', async () => {
    const heads = new Map<string, ChainHead | null>();
    const append = async (entityId: string) => {
      const chained = chainedAudit(
        [
          {
            entityType: 'order',
            entityId,
            action: 'test.touched',
            actor: systemActor,
            before: null,
            after: null,
          },
        ],
        heads.get(entityId) ?? null,
      );
      await client.query('select audit_append($1::jsonb)', [chained.events]);
      heads.set(entityId, chained.head);
    };
    const entities = Array.from({ length: 5 }, () => newId());
    for (const e of entities) await append(e);
    await client.query('analyze audit_chain_heads');

    const before = await seqScans('audit_chain_heads');
    for (let round = 0; round < 4; round++) for (const e of entities) await append(e);
    expect(await seqScans('audit_chain_heads')).toBe(before);

    const { rows } = await client.query<{ entity_id: string; seq: number }>(
      'select entity_id, seq from audit_chain_heads where entity_id = any($1::uuid[])',
      [entities],
    );
    expect(rows.map((r) => r.seq)).toEqual([5, 5, 5, 5, 5]);
  });

  it('claims unpublished outbox rows through their index, without reading the published ones', async () => {
    const job = JSON.stringify([{ queue: 'sla', job_name: 'plan', payload: {} }]);
    for (let i = 0; i < 3; i++) await client.query('select outbox_enqueue($1::jsonb)', [job]);
    await client.query('analyze outbox');

    const before = await seqScans('outbox%');
    let claimed = 0;
    for (let i = 0; i < 5; i++) {
      await client.query('select outbox_enqueue($1::jsonb)', [job]);
      await client.query('begin');
      const { rowCount } = await client.query('select * from outbox_claim(10)');
      await client.query('commit');
      claimed += rowCount ?? 0;
    }
    expect(await seqScans('outbox%')).toBe(before);
    expect(claimed).toBe(8);
  });
});
