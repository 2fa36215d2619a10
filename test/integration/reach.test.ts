import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/db/exec.js';
import { newId } from '../../src/lib/ids.js';
import { memberInReach, membersInReach } from '../../src/modules/orders/reach.repo.js';
import { type City, call, createCity, createMember, createUnit, pair } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

/**
 * Matching finds the members in reach of an order through the member indexes (membersInReach);
 * claims test one member against the rule itself (memberInReach). Both must name the same members
 * for every kind of order and every escalation level.
 */
describe('who is in reach of an order', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    const db = ctx.database;
    // Members reported in to each community, members of the two paired units (reported in
    // elsewhere or nowhere), and a unit paired with A2 only until yesterday.
    for (const communityId of [city.communityA1.id, city.communityA2.id, city.communityB1.id])
      for (let i = 0; i < 3; i++) await createMember(db, { communityId });
    for (let i = 0; i < 2; i++) {
      await createMember(db, { unitId: city.unitA.id });
      await createMember(db, { unitId: city.unitB.id, communityId: city.communityB1.id });
    }
    const lapsed = await createUnit(db, { regionId: city.district.id, name: 'Lapsed', expectedMembers: 5 });
    await pair(db, lapsed.id, city.communityA2.id);
    await db.pool.query(
      `update pairings set valid_from = current_date - 30, valid_to = current_date - 1 where unit_id = $1`,
      [lapsed.id],
    );
    await createMember(db, { unitId: lapsed.id });
  });
  afterAll(async () => ctx.close());

  async function post(extra: Record<string, unknown>): Promise<string> {
    const res = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, { ...extra, publish: false }),
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  }

  async function bothWays(orderId: string): Promise<{ rule: string[]; indexed: string[] }> {
    const now = ctx.clock.now();
    const rule = await execute<{ id: string }>(
      ctx.database.db,
      sql`select m.id from orders o join members m on ${memberInReach('o', 'm', now)} where o.id = ${orderId} order by m.id`,
    );
    const indexed = await execute<{ id: string }>(
      ctx.database.db,
      sql`select r.id from orders o join lateral ${membersInReach('o', now)} r on true where o.id = ${orderId} order by r.id`,
    );
    return { rule: rule.rows.map((r) => r.id), indexed: indexed.rows.map((r) => r.id) };
  }

  it('names the same members as the rule, for open and targeted orders at every level', async () => {
    const orders = {
      openA1: await post({}),
      openA2: await post({ communityId: city.communityA2.id }),
      targetedB: await post({
        communityId: city.communityB1.id,
        dispatchMode: 'targeted',
        targetUnitIds: [city.unitB.id],
      }),
    };
    const sizes: Record<string, number[]> = {};
    for (const [name, id] of Object.entries(orders)) {
      sizes[name] = [];
      for (const level of [0, 1, 2]) {
        await ctx.database.pool.query('update orders set escalation_level = $2 where id = $1', [id, level]);
        const { rule, indexed } = await bothWays(id);
        expect(indexed, `${name} at level ${level}`).toEqual(rule);
        sizes[name].push(rule.length);
      }
    }
    // Each level widens the reach: A1 is reached by its 3 members and unit A's 2 (paired with A1);
    // the street adds A2's 3; the district adds B1's 3 and unit B's 2 (paired with B1). The lapsed
    // pairing reaches nobody. A targeted order reaches its unit only, until it escalates.
    expect(sizes).toEqual({ openA1: [5, 8, 13], openA2: [3, 8, 13], targetedB: [2, 5, 13] });
  });

  it('adds the units an escalation assigns, through either way', async () => {
    const id = await post({ communityId: city.communityA2.id });
    await ctx.database.pool.query(
      `insert into escalations (id, order_id, level, region_id, region_path, trigger, reason, respond_by, assign_unit_ids)
       select $1, o.id, 1, $3, o.region_path, 'manual', 'short of hands', now() + interval '1 hour', array[$4::uuid]
         from orders o where o.id = $2`,
      [newId(), id, city.streetA.id, city.unitB.id],
    );
    const { rule, indexed } = await bothWays(id);
    expect(indexed).toEqual(rule);
    expect(rule).toHaveLength(3 + 2);
  });
});
