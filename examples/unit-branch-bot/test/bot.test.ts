import { createWhistleClient, type RequestBody } from '@whistle-dispatch/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, createCity, createMember } from '../../../test/factories/index.js';
import { orderBody } from '../../../test/factories/orders.js';
import { createTestContext, type TestContext } from '../../../test/helpers/context.js';
import { followOffers } from '../src/bot.js';

describe('unit-branch-bot against the service', () => {
  let ctx: TestContext;
  let city: City;
  let baseUrl: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    baseUrl = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    await ctx.startWorkers(['matching', 'offers']);
  });
  afterAll(async () => ctx?.close());

  it("accepts each offer to a member of its unit whose skills fit, on the member's behalf", async () => {
    const nurse = await createMember(ctx.database, {
      unitId: city.unitA.id,
      communityId: city.communityA1.id,
      skills: ['medical', 'driving'],
      homeLat: 29.701,
      homeLng: 116,
    });
    const bot = createWhistleClient({ baseUrl, apiKey: city.keys.unitA });
    // Start where the feed stands now, so the bot sees the offer however soon its stream opens.
    const { endCursor } = await createWhistleClient({ baseUrl, apiKey: city.keys.admin }).get('/v1/events', {
      params: { query: { limit: 1, types: 'offer.created' } },
    });
    const stop = new AbortController();
    const lines: string[] = [];
    const handled: string[] = [];
    const following = followOffers({
      client: bot,
      unitId: city.unitA.id,
      lastEventId: endCursor,
      signal: stop.signal,
      log: (line) => lines.push(line),
      onHandled: (cursor) => handled.push(cursor),
    });

    const staff = createWhistleClient({ baseUrl, apiKey: city.keys.staffA1 });
    const body = orderBody(city, {
      title: 'Blood pressure checks',
      dispatchMode: 'auto',
      headcount: 1,
      requiredSkills: ['medical'],
      location: { lat: 29.7, lng: 116 },
    }) as RequestBody<'/v1/orders', 'post'>;
    const order = await staff.post('/v1/orders', { body });

    const deadline = Date.now() + 15_000;
    while (!lines.some((l) => l.includes('accepted')) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    stop.abort();
    await following;

    expect(lines).toEqual([
      expect.stringMatching(
        /^offer to .+ \[medical, driving\] for "Blood pressure checks" \(needs medical\): accepted/,
      ),
    ]);
    const claims = await staff.get('/v1/orders/{id}/claims', { params: { path: { id: order.id } } });
    expect(claims.items).toEqual([
      expect.objectContaining({ memberId: nurse.id, offerId: expect.any(String) }),
    ]);
    expect(handled).toHaveLength(1);
  });
});
