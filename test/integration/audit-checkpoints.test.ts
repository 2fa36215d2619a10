import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventHash } from '../../src/audit/chain.js';
import { type City, call, createCity } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

describe('audit checkpoints', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  it('signs the heads of every chain and detects a chain rewritten after the checkpoint', async () => {
    const orders: string[] = [];
    for (let i = 0; i < 3; i++)
      orders.push(
        (
          await call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/orders', payload: orderBody(city) })
        ).json().id,
      );
    ctx.clock.advance(11_000);
    const created = await call(ctx, city.keys.ops, { method: 'POST', url: '/v1/audit/checkpoints' });
    expect(created.statusCode).toBe(201);
    const checkpoint = created.json();
    expect(checkpoint.chainCount).toBe(3);
    expect(checkpoint.signature).toMatch(/^[0-9a-f]{64}$/);

    const list = await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/audit/checkpoints' });
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([checkpoint.id]);
    const ok = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/checkpoints/${checkpoint.id}/verify`,
    });
    expect(ok.json()).toMatchObject({ ok: true, signatureValid: true, headsMatch: true });

    // A forger with database rights rewrites one event and recomputes the rest of its chain, so the
    // chain alone still verifies; the checkpoint does not.
    const victim = orders[1]!;
    const client = await ctx.database.pool.connect();
    try {
      await client.query('alter table audit_events disable trigger audit_events_no_update');
      const { rows } = await client.query('select * from audit_events where entity_id = $1 order by seq', [
        victim,
      ]);
      let prev: string | null = null;
      for (const r of rows) {
        const after = r.seq === 1 ? { ...r.after, title: 'Nothing to see here' } : r.after;
        const fields = {
          entityType: r.entity_type,
          entityId: r.entity_id,
          seq: r.seq,
          action: r.action,
          actorType: r.actor_type,
          actorId: r.actor_id,
          requestId: r.request_id,
          before: r.before,
          after,
          createdAt: r.created_at,
          prevHash: prev,
        };
        const hash = eventHash(fields);
        await client.query('update audit_events set after = $1, prev_hash = $2, hash = $3 where id = $4', [
          after,
          prev,
          hash,
          r.id,
        ]);
        prev = hash;
      }
      await client.query('alter table audit_events enable trigger audit_events_no_update');
    } finally {
      client.release();
    }
    const chain = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${victim}`,
    });
    expect(chain.json().ok).toBe(true);
    const caught = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/checkpoints/${checkpoint.id}/verify`,
    });
    expect(caught.json()).toMatchObject({ ok: false, signatureValid: true, headsMatch: false });
  });

  it('refuses checkpoints to staff keys', async () => {
    expect(
      (await call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/audit/checkpoints' })).statusCode,
    ).toBe(403);
  });
});
