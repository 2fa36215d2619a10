import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/lib/ids.js';
import type { WaveWrite, WaveWritten } from '../../src/modules/offers/matching.repo.js';
import {
  type MatchingDeps,
  type MatchResult,
  matchOrder,
} from '../../src/modules/offers/matching.service.js';
import { WaveWrites } from '../../src/modules/offers/wave-writes.js';
import { type City, call, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { subscribe, WebhookReceiver } from '../helpers/webhook-receiver.js';
import { createCrowd, eventually, offersOf, postCrowdOrders } from './matching-fixtures.js';

/**
 * First waves of several orders written in one statement (src/modules/offers/wave-writes.ts): each
 * pass gets its own wave and its own deliveries, a wave that may not be written leaves the others
 * alone, and no order gets two waves.
 */

/** WaveWrites that shows which waves were handed in. */
class Watched extends WaveWrites {
  readonly handedIn: WaveWrite[] = [];
  override write(wave: WaveWrite): Promise<WaveWritten | null> {
    this.handedIn.push(wave);
    return super.write(wave);
  }
}

describe('first waves written together', () => {
  let ctx: TestContext;
  let city: City;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    // No workers: the orders stay at their first wave until a test runs their passes.
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    receiver = await WebhookReceiver.start();
    await createCrowd(ctx, city, city.communityA1.id, city.gridA1.id);
    await subscribe(ctx, city.keys.admin, { url: receiver.url('/waves'), events: ['offer.created'] });
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  const postOrders = (n: number) => postCrowdOrders(ctx, city, n);

  const depsWith = (waves: WaveWrites): MatchingDeps => ({
    db: ctx.database.db,
    clock: ctx.clock,
    config: ctx.config,
    waves,
  });

  /** The transactions that wrote the orders' offers (Postgres's xmin of their rows). */
  async function writersOf(orderIds: string[]): Promise<number> {
    const { rows } = await ctx.database.pool.query<{ n: number }>(
      'select count(distinct xmin::text)::int as n from offers where order_id = any($1::uuid[])',
      [orderIds],
    );
    return rows[0]!.n;
  }

  /** The order's offer.created events' webhook ids. */
  async function messagesOf(orderId: string): Promise<string[]> {
    const { rows } = await ctx.database.pool.query<{ m: string }>(
      `select 'msg_' || id as m from domain_events where order_id = $1 and type = 'offer.created' order by id`,
      [orderId],
    );
    return rows.map((r) => r.m);
  }

  async function auditOk(orderId: string) {
    const res = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${orderId}`,
    });
    return res.json();
  }

  it('writes the passes’ waves in one statement and hands each pass its own deliveries', async () => {
    const orderIds = await postOrders(4);
    const deps = depsWith(new WaveWrites(ctx.database.db, 5_000));
    const results = await Promise.all(
      orderIds.map((id) => matchOrder(deps, id, 'published', { inlineWebhooks: true })),
    );

    expect(results.map((r) => [r.orderId, r.wave, r.offers])).toEqual(orderIds.map((id) => [id, 1, 3]));
    expect(await writersOf(orderIds)).toBe(1);
    for (const r of results) {
      const offered = await offersOf(ctx, r.orderId);
      expect(offered.map((o) => [o.wave, o.rank])).toEqual([
        [1, 1],
        [1, 2],
        [1, 3],
      ]);
      // The deliveries handed to a pass are those of its own order's offers, one per offer.
      expect(r.inlineDeliveries!.map((d) => d.messageId).sort()).toEqual(await messagesOf(r.orderId));
      expect(await auditOk(r.orderId)).toEqual({ ok: true, chains: 1, events: 3, broken: [] });
    }
  });

  it('writes one wave per order when passes of the same order meet, and the others’ waves with it', async () => {
    const [busy, other] = await postOrders(2);
    const deps = depsWith(new WaveWrites(ctx.database.db, 5_000));
    const results: MatchResult[] = await Promise.all([
      ...Array.from({ length: 5 }, () => matchOrder(deps, busy!, 'published')),
      matchOrder(deps, other!, 'published'),
    ]);

    expect(results.filter((r) => r.orderId === busy && r.wave === 1)).toHaveLength(1);
    expect(results.filter((r) => r.orderId === busy && r.wave === null).map((r) => r.skipped)).toEqual(
      Array.from({ length: 4 }, () => 'enough_pending'),
    );
    expect(results.find((r) => r.orderId === other)).toMatchObject({ wave: 1, offers: 3 });
    for (const id of [busy!, other!]) {
      expect(await offersOf(ctx, id)).toHaveLength(3);
      expect(await auditOk(id)).toEqual({ ok: true, chains: 1, events: 3, broken: [] });
    }
  });

  it('writes the others when one wave breaks a constraint, and that pass sends its wave again', async () => {
    const [a, b, c] = await postOrders(3);
    const waves = new Watched(ctx.database.db, 60_000);
    const deps = depsWith(waves);
    // A pass that has not handed its wave in holds the statement back.
    const leave = waves.enter();
    const passes = Promise.all([a!, b!, c!].map((id) => matchOrder(deps, id, 'published')));
    await eventually(async () => (waves.handedIn.length === 3 ? true : null));

    // Meanwhile b's first chosen member is offered b elsewhere: b's wave now breaks a constraint.
    const taken = waves.handedIn.find((w) => w.order.id === b)!.offers[0]!.memberId;
    await ctx.database.pool.query(
      `insert into offers (id, order_id, member_id, wave, rank, status, score, score_parts, expires_at, created_at)
       values ($1, $2, $3, 0, 1, 'declined', 0, '{}', now(), now())`,
      [newId(), b, taken],
    );
    leave();
    const results = await passes;

    expect(results.map((r) => [r.orderId, r.wave, r.offers])).toEqual([
      [a, 1, 3],
      [b, 1, 3],
      [c, 1, 3],
    ]);
    expect(await writersOf([a!, c!])).toBe(2);
    const offeredB = await offersOf(ctx, b!);
    expect(offeredB.filter((o) => o.wave === 1).map((o) => o.memberId)).not.toContain(taken);
    for (const id of [a!, b!, c!])
      expect(await auditOk(id)).toEqual({ ok: true, chains: 1, events: 3, broken: [] });
  });
});
