import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../src/lib/ids.js';
import { FirstReads } from '../../src/modules/offers/first-reads.js';
import { readForMatching } from '../../src/modules/offers/matching.repo.js';
import { type MatchingDeps, matchOrder } from '../../src/modules/offers/matching.service.js';
import { WaveWrites } from '../../src/modules/offers/wave-writes.js';
import { type City, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { createCrowd, offersOf, postCrowdOrders } from './matching-fixtures.js';

/**
 * The first reads of several passes made in one statement (src/modules/offers/first-reads.ts): each
 * pass gets its own order as a read of it alone would, an order that does not exist leaves the
 * others alone, and passes of one order share its read without offering it twice.
 */
describe('first reads made together', () => {
  let ctx: TestContext;
  let city: City;

  beforeAll(async () => {
    // No workers: the orders stay at their first wave until a test runs their passes.
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    await createCrowd(ctx, city, city.communityA1.id, city.gridA1.id);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  const postOrders = (n: number) => postCrowdOrders(ctx, city, n);

  const deps = (): MatchingDeps => ({
    db: ctx.database.db,
    clock: ctx.clock,
    config: ctx.config,
    waves: new WaveWrites(ctx.database.db),
    reads: new FirstReads(ctx.database.db, ctx.clock, {
      pendingWeight: ctx.config.MATCH_PENDING_WEIGHT,
      fanout: ctx.config.MATCH_FANOUT,
    }),
  });

  /** Counts the statements that read orders for their passes while `run` runs. */
  async function readStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const spy = vi.spyOn(ctx.database.pool, 'query');
    try {
      const result = await run();
      const statements = spy.mock.calls.filter(([q]) =>
        JSON.stringify(q).includes('from orders where id = i.order_id'),
      ).length;
      return { result, statements };
    } finally {
      spy.mockRestore();
    }
  }

  it('reads the passes’ orders in one statement, each as a read of it alone', async () => {
    const orderIds = await postOrders(3);
    const at = {
      now: ctx.clock.now(),
      pendingWeight: ctx.config.MATCH_PENDING_WEIGHT,
      fanout: ctx.config.MATCH_FANOUT,
    };
    const alone = await Promise.all(orderIds.map((id) => readForMatching(ctx.database.db, id, at)));
    const reads = deps().reads!;

    const { result: together, statements } = await readStatements(() =>
      Promise.all(orderIds.map((id) => reads.read(id))),
    );

    expect(statements).toBe(1);
    for (const [i, read] of together.entries()) {
      expect(read!.order).toEqual(alone[i]!.order);
      expect(read!.head).toEqual(alone[i]!.head);
      expect(read!.candidates!.map((c) => [c.memberId, c.sqlScore])).toEqual(
        alone[i]!.candidates!.map((c) => [c.memberId, c.sqlScore]),
      );
      expect(read!.candidates!.length).toBeGreaterThanOrEqual(3);
      expect(read!.now).toEqual(ctx.clock.now());
    }
  });

  it('sends each order its wave when one of the orders read together does not exist', async () => {
    const orderIds = await postOrders(2);
    const missing = newId();
    const d = deps();

    const { result, statements } = await readStatements(() =>
      Promise.all([orderIds[0]!, missing, orderIds[1]!].map((id) => matchOrder(d, id, 'published'))),
    );

    expect(statements).toBe(1);
    expect(result.map((r) => [r.orderId, r.wave, r.offers, r.skipped])).toEqual([
      [orderIds[0], 1, 3, undefined],
      [missing, null, 0, 'order_not_found'],
      [orderIds[1], 1, 3, undefined],
    ]);
    for (const id of orderIds) expect(await offersOf(ctx, id)).toHaveLength(3);
  });

  it('offers an order once when several of its passes read it together', async () => {
    const [busy, other] = await postOrders(2);
    const d = deps();

    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => matchOrder(d, busy!, 'published')),
      matchOrder(d, other!, 'published'),
    ]);

    expect(results.filter((r) => r.orderId === busy && r.wave === 1)).toHaveLength(1);
    expect(results.filter((r) => r.orderId === busy && r.wave === null).map((r) => r.skipped)).toEqual(
      Array.from({ length: 3 }, () => 'enough_pending'),
    );
    expect(results.find((r) => r.orderId === other)).toMatchObject({ wave: 1, offers: 3 });
    expect(await offersOf(ctx, busy!)).toHaveLength(3);
    expect(await offersOf(ctx, other!)).toHaveLength(3);
  });
});
