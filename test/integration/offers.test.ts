import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members } from '../../src/db/schema/index.js';
import type { JobDeps } from '../../src/jobs/job-deps.js';
import { type City, call, countRows, createCity } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import {
  type Crowd,
  createCrowd,
  jobDepsOf,
  matchDirectly,
  memberKey,
  ORIGIN,
  offersOf,
} from './matching-fixtures.js';

const TABLES = ['claims', 'offers', 'audit_events', 'outbox', 'domain_events', 'idempotency_keys'];

describe('offers API', () => {
  let ctx: TestContext;
  let city: City;
  let crowd: Crowd;
  let deps: JobDeps;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    crowd = await createCrowd(ctx, city, city.communityA1.id, city.gridA1.id);
    deps = jobDepsOf(ctx);
  });
  afterAll(async () => ctx.close());

  /** An auto order with its first wave (A, B, C, D, E, F), made by running the matching pass directly. */
  async function matchedOrder(extra: Record<string, unknown> = {}) {
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, {
        dispatchMode: 'auto',
        headcount: 2,
        requiredSkills: ['medical'],
        location: ORIGIN,
        gridId: city.gridA1.id,
        ...extra,
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const orderId = res.json().id as string;
    await matchDirectly(deps, orderId);
    const offers = await offersOf(ctx, orderId);
    return { orderId, offers, of: (m: { id: string }) => offers.find((o) => o.memberId === m.id)! };
  }

  it('lists offers by scope: a member its own, a unit admin its members, staff their region; with status filter and cursor', async () => {
    const first = await matchedOrder();
    const second = await matchedOrder();
    const { A, B } = crowd.ranked;
    const aKey = await memberKey(ctx, A.id);

    const mine = await call(ctx, aKey, { method: 'GET', url: '/v1/offers' });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((o: { id: string }) => o.id)).toEqual([first.of(A).id, second.of(A).id]);
    const unit = await call(ctx, city.keys.unitA, { method: 'GET', url: '/v1/offers' });
    expect(unit.json().items.map((o: { memberId: string }) => o.memberId)).toEqual([B.id, B.id]);
    const elsewhere = await call(ctx, city.keys.staffB1, { method: 'GET', url: '/v1/offers' });
    expect(elsewhere.json().items).toEqual([]);

    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await call(ctx, city.keys.staffA1, {
        method: 'GET',
        url: `/v1/offers?limit=5&status=pending${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(page.statusCode).toBe(200);
      ids.push(...page.json().items.map((o: { id: string }) => o.id));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(ids).toEqual([...first.offers, ...second.offers].map((o) => o.id).sort());

    const read = await call(ctx, aKey, { method: 'GET', url: `/v1/offers/${first.of(A).id}` });
    expect(read.json()).toMatchObject({
      id: first.of(A).id,
      status: 'pending',
      wave: 1,
      rank: 1,
      scoreParts: { sameGrid: 1 },
    });
    const foreign = await call(ctx, aKey, { method: 'GET', url: `/v1/offers/${first.of(B).id}` });
    expect(foreign.statusCode).toBe(404);
  });

  it('only the member or its unit admin answers; others get 404 (or 403 for staff), and nothing changes', async () => {
    const { orderId, of } = await matchedOrder();
    const { A, C } = crowd.ranked;
    const before = await countRows(ctx.database, TABLES);
    const byOther = await call(ctx, await memberKey(ctx, C.id), {
      method: 'POST',
      url: `/v1/offers/${of(A).id}/accept`,
    });
    expect(byOther.statusCode).toBe(404);
    expect(byOther.headers['content-type']).toContain('application/problem+json');
    const otherUnit = await call(ctx, city.keys.unitB, {
      method: 'POST',
      url: `/v1/offers/${of(A).id}/decline`,
    });
    expect(otherUnit.statusCode).toBe(404);
    const byAdmin = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: `/v1/offers/${of(A).id}/accept`,
    });
    expect(byAdmin.statusCode).toBe(403);
    const badBody = await call(ctx, await memberKey(ctx, A.id), {
      method: 'POST',
      url: `/v1/offers/${of(A).id}/decline`,
      payload: { reason: 'busy', extra: 1 },
    });
    expect(badBody.statusCode).toBe(400);
    expect(await countRows(ctx.database, TABLES)).toEqual(before);

    const staffView = await call(ctx, await memberKey(ctx, A.id), {
      method: 'GET',
      url: `/v1/orders/${orderId}/offers`,
    });
    expect(staffView.statusCode).toBe(403);
    const outOfScope = await call(ctx, city.keys.staffB1, {
      method: 'GET',
      url: `/v1/orders/${orderId}/offers`,
    });
    expect(outOfScope.statusCode).toBe(404);
  });

  it('accepting returns the claim path 409s, replays with an Idempotency-Key, and refuses closed offers', async () => {
    const { orderId, of } = await matchedOrder();
    const { A, B, C, D } = crowd.ranked;

    // C claims the order directly first: its offer now answers already_claimed.
    const cKey = await memberKey(ctx, C.id);
    expect(
      (
        await call(ctx, cKey, {
          method: 'POST',
          url: `/v1/orders/${orderId}/claims`,
          payload: { memberId: C.id },
        })
      ).statusCode,
    ).toBe(201);
    const before = await countRows(ctx.database, TABLES);
    const dup = await call(ctx, cKey, { method: 'POST', url: `/v1/offers/${of(C).id}/accept` });
    expect(dup.json().code).toBe('already_claimed');

    // D is at capacity by the time it answers.
    const [d] = await ctx.database.db.select().from(members).where(eq(members.id, D.id));
    await ctx.database.db
      .update(members)
      .set({ activeClaims: d!.maxActiveClaims })
      .where(eq(members.id, D.id));
    const full = await call(ctx, await memberKey(ctx, D.id), {
      method: 'POST',
      url: `/v1/offers/${of(D).id}/accept`,
    });
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('member_at_capacity');
    await ctx.database.db.update(members).set({ activeClaims: d!.activeClaims }).where(eq(members.id, D.id));
    expect(await countRows(ctx.database, TABLES)).toEqual(before);

    const aKey = await memberKey(ctx, A.id);
    const headers = { 'idempotency-key': `accept-${of(A).id}` };
    const accepted = await call(ctx, aKey, { method: 'POST', url: `/v1/offers/${of(A).id}/accept`, headers });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const replay = await call(ctx, aKey, { method: 'POST', url: `/v1/offers/${of(A).id}/accept`, headers });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe(accepted.json().id);
    const twice = await call(ctx, aKey, { method: 'POST', url: `/v1/offers/${of(A).id}/accept` });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('offer_not_pending');
    const { rows } = await ctx.database.pool.query(
      `select count(*)::int as n from domain_events where type = 'offer.accepted' and order_id = $1`,
      [orderId],
    );
    expect(rows[0].n).toBe(1);

    // Cancelling withdraws the pending offers.
    const cancel = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${orderId}/cancel`,
      payload: { reason: 'resident moved' },
    });
    expect(cancel.statusCode).toBe(200);
    const withdrawn = await call(ctx, city.keys.unitA, {
      method: 'POST',
      url: `/v1/offers/${of(B).id}/accept`,
    });
    expect(withdrawn.statusCode).toBe(409);
    expect(withdrawn.json()).toMatchObject({ code: 'offer_not_pending', offerStatus: 'withdrawn' });
  });

  it('scopes an Idempotency-Key to its API key, method and path: one key on two routes is two operations', async () => {
    const { orderId, of } = await matchedOrder();
    const { B } = crowd.ranked;

    // The issue's sequence: k2 on POST /v1/regions, then on an offer's accept. The accept gets its own
    // answer (an admin never answers an offer), not idempotency_key_reused.
    const region = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/regions',
      headers: { 'idempotency-key': 'k2' },
      payload: { name: 'Scoped district', level: 'district' },
    });
    expect(region.statusCode, region.body).toBe(201);
    const adminAccept = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: `/v1/offers/${of(B).id}/accept`,
      headers: { 'idempotency-key': 'k2' },
    });
    expect(adminAccept.statusCode, adminAccept.body).toBe(403);
    expect(adminAccept.json().code).toBe('forbidden');

    // B's unit admin registers a member with k2, then accepts B's offer with k2: both happen.
    const memberBody = { name: 'Sun Li', phone: '13600001234', communityId: city.communityA1.id };
    const register = (payload: typeof memberBody) =>
      call(ctx, city.keys.unitA, {
        method: 'POST',
        url: '/v1/members',
        headers: { 'idempotency-key': 'k2' },
        payload,
      });
    const registered = await register(memberBody);
    expect(registered.statusCode, registered.body).toBe(201);
    const accept = () =>
      call(ctx, city.keys.unitA, {
        method: 'POST',
        url: `/v1/offers/${of(B).id}/accept`,
        headers: { 'idempotency-key': 'k2' },
      });
    const accepted = await accept();
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.headers['idempotent-replayed']).toBeUndefined();
    expect(accepted.json()).toMatchObject({ orderId, memberId: B.id, status: 'held' });

    // Replayed on the same route, each answers its first answer and writes nothing.
    const before = await countRows(ctx.database, [...TABLES, 'members']);
    const replay = await accept();
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe(accepted.json().id);
    const again = await register(memberBody);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(registered.json().id);
    // Another body on the same route is still refused.
    const reused = await register({ ...memberBody, name: 'Sun Mei' });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('idempotency_key_reused');
    expect(await countRows(ctx.database, [...TABLES, 'members'])).toEqual(before);

    // A refused request keeps no key (its transaction rolled back): the admin's accept left none.
    const { rows } = await ctx.database.pool.query<{ route: string }>(
      `select route from idempotency_keys where key = 'k2' order by route`,
    );
    expect(rows.map((r) => r.route)).toEqual([
      'POST /v1/members',
      `POST /v1/offers/${of(B).id}/accept`,
      'POST /v1/regions',
    ]);
  });
});
