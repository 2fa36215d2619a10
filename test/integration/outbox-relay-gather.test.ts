import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxRelay } from '../../src/jobs/outbox-relay.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The relay's gathering window: rows committed in a burst share claims; rows committed further apart
 * than half the window are each claimed as their NOTIFY comes. A claim marks its rows published at
 * its transaction's time, so the distinct publication times count the claims.
 */
describe('outbox relay: gathering only while NOTIFYs come often', () => {
  let ctx: TestContext;
  let relay: OutboxRelay;
  beforeAll(async () => {
    ctx = await createTestContext();
    relay = new OutboxRelay(ctx.database.db, ctx.database.pool, ctx.queues, pino({ level: 'silent' }), {
      // Only NOTIFYs drive it: the poll comes after the test.
      pollMs: 60_000,
      gatherMs: 600,
    });
    await relay.start();
  });
  afterAll(async () => {
    await relay.stop();
    await ctx.close();
  });

  /** Writes one row in its own transaction (one NOTIFY); returns its id. */
  async function write(kind: string): Promise<string> {
    const { rows } = await ctx.database.pool.query<{ id: string }>(
      `insert into outbox (queue, job_name, payload) values ('sla', 'gather-test', $1) returning id`,
      [JSON.stringify({ kind })],
    );
    return rows[0]!.id;
  }

  async function claims(ids: string[]): Promise<{ unpublished: number; claims: number }> {
    const { rows } = await ctx.database.pool.query<{ unpublished: number; claims: number }>(
      `select count(*) filter (where published_at is null)::int as unpublished,
              count(distinct published_at)::int as claims
         from outbox where id = any($1::bigint[])`,
      [ids],
    );
    return rows[0]!;
  }

  async function published(ids: string[]): Promise<number> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const c = await claims(ids);
      if (c.unpublished === 0 || Date.now() > deadline) return c.claims;
      await sleep(50);
    }
  }

  it('claims rows written further apart than half the window one by one, and a burst in a few claims', async () => {
    const spaced: string[] = [];
    // 350 ms apart: more than half the window, and less than the window (a wait would merge some).
    for (let i = 0; i < 6; i++) {
      spaced.push(await write('spaced'));
      await sleep(350);
    }
    expect(await published(spaced)).toBe(6);

    const burst: string[] = [];
    for (let i = 0; i < 40; i++) burst.push(await write('burst'));
    const burstClaims = await published(burst);
    expect((await claims(burst)).unpublished).toBe(0);
    expect(burstClaims).toBeLessThanOrEqual(10);
  }, 60_000);
});
