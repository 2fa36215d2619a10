import { expect } from 'vitest';
import { offers } from '../../src/db/schema/index.js';
import { newId } from '../../src/lib/ids.js';
import { type City, call, createKey } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import type { TestContext } from '../helpers/context.js';

export const NAME = '李秀英';
export const PHONE = '13812345671';
export const SCORE_PARTS = { skillFit: 1, distance: 0.5, fairness: 0.4, reliability: 0.5, sameGrid: 1 };

/** The raw personal values found in a text (none, if masking and erasure work). */
export const leaks = (text: string) => [NAME, PHONE].filter((v) => text.includes(v));

export interface MemberHistory {
  member: { id: string; createdAt: string };
  /** A key made by the factory, and one issued through the API by the community staff. */
  memberKey: string;
  appKeyId: string;
  orderId: string;
  claimId: string;
  offerId: string;
}

/** The registration body of the member, as a retry would send it again. */
export const registration = (city: City) => ({
  name: NAME,
  phone: PHONE,
  unitId: city.unitA.id,
  gridId: city.gridA1.id,
  homeLat: 29.7012,
  homeLng: 116.0034,
  skills: ['repair'],
});

/**
 * A member with something of everything: registered through the API with an Idempotency-Key, two
 * keys, one order walked from claim to verification (hours and points credited), one declined offer.
 */
export async function memberWithHistory(ctx: TestContext, city: City): Promise<MemberHistory> {
  const post = async (key: string, url: string, payload: object, headers: Record<string, string> = {}) => {
    const res = await call(ctx, key, { method: 'POST', url, payload, headers });
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  const member = await post(city.keys.staffA1, '/v1/members', registration(city), {
    'idempotency-key': 'register-li',
  });
  const memberKey = await createKey(ctx.database, 'member', { memberId: member.id });
  const appKey = await post(city.keys.staffA1, '/v1/api-keys', {
    name: 'Member app',
    role: 'member',
    scope: { memberId: member.id },
  });
  const order = await post(
    city.keys.staffA1,
    '/v1/orders',
    orderBody(city, { headcount: 1, categoryCode: 'errand' }),
  );
  const claim = await post(memberKey, `/v1/orders/${order.id}/claims`, { memberId: member.id });
  await post(memberKey, `/v1/orders/${order.id}/claims/${claim.id}/check-in`, {});
  await post(memberKey, `/v1/orders/${order.id}/claims/${claim.id}/complete`, {
    hours: 2,
    note: 'Fetched the medicine',
  });
  await post(city.keys.staffA1, `/v1/orders/${order.id}/verify`, { rating: 5 });
  const offerId = newId();
  await ctx.database.db.insert(offers).values({
    id: offerId,
    orderId: order.id,
    memberId: member.id,
    wave: 1,
    rank: 2,
    status: 'declined',
    score: 0.61,
    scoreParts: SCORE_PARTS,
    expiresAt: new Date(Date.now() + 3_600_000),
    declineReason: 'busy',
  });
  return { member, memberKey, appKeyId: appKey.id, orderId: order.id, claimId: claim.id, offerId };
}
