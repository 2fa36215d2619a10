import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '../../src/db/transaction.js';
import { type DomainEventInput, emitEvents } from '../../src/outbox/outbox.repo.js';
import { type City, call, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { openSse, type SseConnection } from '../helpers/sse-client.js';

/**
 * BOLA for the event feed and stream: every role sees exactly the events its webhooks would carry
 * for its scope (a member the offers made to it), and none of another scope's, whether it pages the
 * feed, catches up on the stream from a cursor, or receives the stream live.
 */
describe('events: each key sees its scope and nothing of another', () => {
  let ctx: TestContext;
  let city: City;
  let base: string;
  const keys: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let start: string;
  const live: Record<string, SseConnection> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const memberA = await createMember(ctx.database, {
      communityId: city.communityA1.id,
      unitId: city.unitA.id,
    });
    const memberB = await createMember(ctx.database, {
      communityId: city.communityB1.id,
      unitId: city.unitB.id,
    });
    Object.assign(keys, {
      admin: city.keys.admin,
      ops: city.keys.ops,
      district: city.keys.districtOfficer,
      streetA: city.keys.streetA,
      streetB: city.keys.streetB,
      staffA1: city.keys.staffA1,
      staffB1: city.keys.staffB1,
      unitA: city.keys.unitA,
      unitB: city.keys.unitB,
      opsB: await createKey(ctx.database, 'ops', { regionId: city.streetB.id }),
      memberA: await createKey(ctx.database, 'member', { memberId: memberA.id }),
      memberB: await createKey(ctx.database, 'member', { memberId: memberB.id }),
    });
    start = (await call(ctx, keys.admin!, { method: 'GET', url: '/v1/events' })).json().endCursor;
    for (const [name, key] of Object.entries(keys)) {
      live[name] = await openSse(base, '/v1/events/stream', { authorization: `Bearer ${key}` });
      expect(live[name]!.status, name).toBe(200);
    }
    const events: Record<string, DomainEventInput> = {
      orderA: {
        type: 'order.published',
        regionPath: city.communityA1.path,
        unitIds: [city.unitA.id],
        data: {},
      },
      offerA: {
        type: 'offer.created',
        regionPath: city.communityA1.path,
        unitIds: [city.unitA.id],
        memberId: memberA.id,
        data: { memberId: memberA.id },
      },
      claimA: { type: 'claim.created', regionPath: city.gridA1.path, unitIds: [city.unitA.id], data: {} },
      orderB: {
        type: 'order.published',
        regionPath: city.communityB1.path,
        unitIds: [city.unitB.id],
        data: {},
      },
      offerB: {
        type: 'offer.created',
        regionPath: city.communityB1.path,
        unitIds: [city.unitB.id],
        memberId: memberB.id,
        data: { memberId: memberB.id },
      },
      claimB: { type: 'claim.created', regionPath: city.gridB1.path, unitIds: [city.unitB.id], data: {} },
      // An order of A1 whose escalation reached unit B: unit B's, not community B1's.
      escalatedToB: {
        type: 'order.escalated',
        regionPath: city.communityA1.path,
        unitIds: [city.unitB.id],
        data: {},
      },
    };
    const written = await transaction(ctx.database.db, (tx) => emitEvents(tx, Object.values(events)));
    Object.keys(events).forEach((name, i) => {
      ids[name] = written[i]!;
    });
  });
  afterAll(async () => {
    for (const c of Object.values(live)) c.close();
    await ctx.close();
  });

  const A = ['orderA', 'offerA', 'claimA'];
  const B = ['orderB', 'offerB', 'claimB'];
  const everything = [...A, ...B, 'escalatedToB'];
  const expected: Record<string, string[]> = {
    admin: everything,
    ops: everything,
    district: everything,
    streetA: [...A, 'escalatedToB'],
    staffA1: [...A, 'escalatedToB'],
    unitA: A,
    memberA: ['offerA'],
    streetB: B,
    staffB1: B,
    opsB: B,
    unitB: [...B, 'escalatedToB'],
    memberB: ['offerB'],
  };
  const named = (seen: string[]) => {
    const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
    return seen.map((id) => byId.get(id) ?? `foreign:${id}`).sort();
  };

  it('in the feed', async () => {
    const failures: string[] = [];
    for (const [name, key] of Object.entries(keys)) {
      const res = await call(ctx, key, { method: 'GET', url: `/v1/events?after=${start}` });
      expect(res.statusCode, `${name}: ${res.body}`).toBe(200);
      const seen = named(res.json().items.map((e: { id: string }) => e.id));
      if (JSON.stringify(seen) !== JSON.stringify([...expected[name]!].sort()))
        failures.push(`${name} saw ${seen.join(', ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('in the stream, live and caught up from a cursor', async () => {
    await live.admin!.waitFor(everything.length);
    const resumed: Record<string, SseConnection> = {};
    for (const [name, key] of Object.entries(keys))
      resumed[name] = await openSse(base, '/v1/events/stream', {
        authorization: `Bearer ${key}`,
        'last-event-id': start,
      });
    await resumed.admin!.waitFor(everything.length);
    // What a stream would still get has arrived by now; anything more would be a leak.
    await new Promise((r) => setTimeout(r, 500));
    const failures: string[] = [];
    for (const [how, conns] of Object.entries({ live, resumed }))
      for (const [name, conn] of Object.entries(conns)) {
        const seen = named(
          conn.messages.filter((m) => m.event === 'message').map((m) => JSON.parse(m.data).id),
        );
        if (JSON.stringify(seen) !== JSON.stringify([...expected[name]!].sort()))
          failures.push(`${how} ${name} saw ${seen.join(', ')}`);
      }
    for (const c of Object.values(resumed)) c.close();
    expect(failures).toEqual([]);
  });

  it('refuses a key with no scope to see events of', async () => {
    for (const role of ['street_officer', 'community_staff', 'unit_admin', 'member'] as const) {
      const key = await createKey(ctx.database, role);
      expect((await call(ctx, key, { method: 'GET', url: '/v1/events' })).statusCode, role).toBe(403);
      const conn = await openSse(base, '/v1/events/stream', { authorization: `Bearer ${key}` });
      expect(conn.status, role).toBe(403);
    }
  });
});
