import type { PoolClient } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/lib/ids.js';
import { type City, call, createCity, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

/**
 * The claim history the matcher reads from members' rows (completions, withdrawals, no-shows, the
 * latest completion) is kept by the claims triggers in the statement that changes a claim. After
 * claims and withdrawals through the API and concurrent transactions moving claims between every
 * status (some rolled back, some deadlocked and retried, some deleting claims), the kept history is
 * the one counted from the claims.
 */
const STATUSES = [
  'waitlisted',
  'held',
  'checked_in',
  'completed',
  'withdrawn',
  'no_show',
  'released',
  'cancelled',
];

describe('members’ claim history kept by the claims triggers', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  async function drift() {
    const { rows } = await ctx.database.pool.query<{
      id: string;
      kept: string;
      counted: string;
      bounds: boolean;
    }>(
      `select m.id,
          concat_ws(',', m.completions, m.withdrawals, m.no_shows) as kept,
          concat_ws(',', count(c.*) filter (where c.status = 'completed'), count(c.*) filter (where c.status = 'withdrawn'),
            count(c.*) filter (where c.status = 'no_show')) as counted,
          (max(c.completed_at) filter (where c.status = 'completed') is null
            or m.last_completed_at >= max(c.completed_at) filter (where c.status = 'completed')) as bounds
         from members m left join claims c on c.member_id = m.id
        group by m.id`,
    );
    // last_completed_at is never lowered: it must be at least the latest completion counted.
    return rows.filter((r) => r.kept !== r.counted || !r.bounds);
  }

  it('equals the history counted from the claims after a concurrent run', async () => {
    const members = await Promise.all(
      Array.from({ length: 12 }, () => createMember(ctx.database, { communityId: city.communityA1.id })),
    );
    const orderIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await call(ctx, city.keys.admin, {
        method: 'POST',
        url: '/v1/orders',
        payload: orderBody(city, { headcount: 20 }),
      });
      expect(res.statusCode, res.body).toBe(201);
      orderIds.push((res.json() as { id: string }).id);
    }
    // Through the API: every member claims every order at once, then withdraws half of them at once.
    const claimed = await Promise.all(
      orderIds.flatMap((orderId) =>
        members.map(async (m) => {
          const res = await call(ctx, city.keys.admin, {
            method: 'POST',
            url: `/v1/orders/${orderId}/claims`,
            payload: { memberId: m.id },
          });
          return res.statusCode === 201 ? { orderId, claimId: (res.json() as { id: string }).id } : null;
        }),
      ),
    );
    const held = claimed.filter((c) => c !== null);
    expect(held.length).toBeGreaterThan(12);
    const withdrawn = await Promise.all(
      held
        .filter((_, i) => i % 2 === 0)
        .map((c) =>
          call(ctx, city.keys.admin, {
            method: 'DELETE',
            url: `/v1/orders/${c.orderId}/claims/${c.claimId}`,
          }),
        ),
    );
    expect(withdrawn.filter((r) => r.statusCode < 300).length).toBeGreaterThan(6);

    // Directly: eight connections move random claims between every status, several per transaction.
    const { rows } = await ctx.database.pool.query<{ id: string }>('select id from claims');
    const claimIds = rows.map((r) => r.id);
    let committed = 0;
    async function worker(client: PoolClient, seed: number) {
      let s = seed;
      const next = () => {
        s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
        return s / 2_147_483_648;
      };
      for (let t = 0; t < 40; t++) {
        const moves = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
          id: claimIds[Math.floor(next() * claimIds.length)]!,
          status: STATUSES[Math.floor(next() * STATUSES.length)]!,
          at: new Date(Date.now() - next() * 40 * 86_400_000),
          remove: next() < 0.05,
          rollback: next() < 0.1,
        }));
        for (;;) {
          try {
            await client.query('begin');
            for (const m of moves) {
              if (m.remove) {
                const { rows: gone } = await client.query<{ order_id: string; member_id: string }>(
                  'delete from claims where id = $1 returning order_id, member_id',
                  [m.id],
                );
                if (gone[0])
                  await client.query(
                    `insert into claims (id, order_id, member_id, status, completed_at) values ($1, $2, $3, $4, $5)`,
                    [m.id, gone[0].order_id, gone[0].member_id, m.status, m.at],
                  );
              } else {
                await client.query('update claims set status = $2, completed_at = $3 where id = $1', [
                  m.id,
                  m.status,
                  m.status === 'completed' ? m.at : null,
                ]);
              }
            }
            await client.query(moves[0]!.rollback ? 'rollback' : 'commit');
            committed += 1;
            break;
          } catch (err) {
            await client.query('rollback');
            const code = (err as { code?: string }).code;
            // A deadlock between two transactions, or a claim going live twice on one order: try again.
            if (code !== '40P01' && code !== '23505') throw err;
            if (code === '23505') for (const m of moves) m.status = 'released';
          }
        }
      }
    }
    const clients = await Promise.all(Array.from({ length: 8 }, () => ctx.database.pool.connect()));
    try {
      await Promise.all(clients.map((c, i) => worker(c, 7 + i * 7919)));
    } finally {
      for (const c of clients) c.release();
    }
    expect(committed).toBe(8 * 40);
    const { rows: spread } = await ctx.database.pool.query<{ status: string; n: number }>(
      'select status, count(*)::int as n from claims group by status',
    );
    const by = Object.fromEntries(spread.map((r) => [r.status, r.n]));
    expect(by.completed ?? 0).toBeGreaterThan(0);
    expect(by.withdrawn ?? 0).toBeGreaterThan(0);
    expect(by.no_show ?? 0).toBeGreaterThan(0);
    expect(await drift()).toEqual([]);
  });

  it('is counted from the claims when a member moves between claims (a claim given to another member)', async () => {
    const [a, b] = await Promise.all([
      createMember(ctx.database, { communityId: city.communityA1.id }),
      createMember(ctx.database, { communityId: city.communityA1.id }),
    ]);
    const res = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city),
    });
    const orderId = (res.json() as { id: string }).id;
    const id = newId();
    await ctx.database.pool.query(
      `insert into claims (id, order_id, member_id, status, completed_at) values ($1, $2, $3, 'completed', now())`,
      [id, orderId, a!.id],
    );
    await ctx.database.pool.query('update claims set member_id = $2 where id = $1', [id, b!.id]);
    const { rows } = await ctx.database.pool.query<{ id: string; completions: number }>(
      'select id, completions from members where id = any($1::uuid[]) order by id',
      [[a!.id, b!.id]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.completions]))).toEqual({ [a!.id]: 0, [b!.id]: 1 });
    expect(await drift()).toEqual([]);
  });
});
