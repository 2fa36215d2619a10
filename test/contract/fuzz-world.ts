import { keyPrefix } from '../../src/auth/keys.js';
import type { Role } from '../../src/db/schema/index.js';
import { type City, call, createCity, createKey, createMember, createRegion } from '../factories/index.js';
import {
  createCheckpoint,
  createEscalation,
  createMerchant,
  createOffer,
  createWebhookDelivery,
  createWebhookEndpoint,
} from '../factories/objects.js';
import { orderBody } from '../factories/orders.js';
import type { TestContext } from '../helpers/context.js';
import type { Operation } from './openapi-document.js';

export const ROLES: Role[] = ['admin', 'street_officer', 'community_staff', 'unit_admin', 'member', 'ops'];

/**
 * The city the fuzzer works in: one object of every kind the API names in a path, in scope of the
 * keys of every role (street A, community A1, unit A, a member of A1), so that valid requests reach
 * the handlers. Objects the API destroys (a key to revoke, a member to erase) are spares, so the
 * keys and the member the suite calls with stay alive.
 */
export interface FuzzWorld {
  city: City;
  keys: Record<Role, string>;
  /** First path segments after /v1/ (or a parameter's name) → the id of an object of that kind. */
  pathIds: Record<string, string>;
  /** Operations ("DELETE /v1/api-keys/{id}") whose path must name spare objects, by parameter. */
  spareIds: Record<string, Record<string, string>>;
  /** Request fields (body, query, form) that name objects or places → a value in the city. */
  fields: Record<string, string | number>;
}

export async function buildWorld(ctx: TestContext): Promise<FuzzWorld> {
  // Offers and escalations outlive a slow run on a shared machine.
  const inADay = new Date(Date.now() + 86_400_000);
  const city = await createCity(ctx.database);
  const member = await createMember(ctx.database, {
    communityId: city.communityA1.id,
    unitId: city.unitA.id,
    skills: ['repair'],
    homeLat: 29.7,
    homeLng: 116.0,
  });
  const spareMember = () => createMember(ctx.database, { communityId: city.communityA1.id });
  const memberKey = await createKey(ctx.database, 'member', { memberId: member.id });
  const spareKeyId = async () => {
    const key = await createKey(ctx.database, 'community_staff', { regionId: city.communityA1.id });
    const { rows } = await ctx.database.pool.query('select id from api_keys where prefix = $1', [
      keyPrefix(key),
    ]);
    return rows[0].id as string;
  };
  const postOrder = async () => {
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, { headcount: 3 }),
    });
    if (res.statusCode !== 201) throw new Error(`the fuzz world cannot post an order: ${res.body}`);
    return res.json() as { id: string };
  };
  const claim = async (orderId: string, memberId: string) => {
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${orderId}/claims`,
      payload: { memberId },
    });
    if (res.statusCode !== 201) throw new Error(`the fuzz world cannot claim: ${res.body}`);
    return res.json() as { id: string };
  };
  const order = await postOrder();
  const orderClaim = await claim(order.id, member.id);
  const spareClaimed = await postOrder();
  const spareClaim = await claim(spareClaimed.id, (await spareMember()).id);
  const offeredOrder = await postOrder();
  const offerId = await createOffer(ctx.database, {
    orderId: offeredOrder.id,
    memberId: member.id,
    expiresAt: inADay,
  });
  const endpoint = () => createWebhookEndpoint(ctx.database, { regionId: city.communityA1.id });
  const endpointId = await endpoint();
  const deliveryId = await createWebhookDelivery(ctx.database, { endpointId });
  const escalationId = await createEscalation(ctx.database, {
    orderId: order.id,
    region: city.streetA,
    respondBy: inADay,
  });
  const taker = await spareMember();
  const transfer = await call(ctx, city.keys.staffA1, {
    method: 'POST',
    url: `/v1/orders/${order.id}/claims/${orderClaim.id}/transfers`,
    payload: { kind: 'offer', toMemberId: taker.id },
  });
  if (transfer.statusCode !== 201) throw new Error(`the fuzz world cannot offer a claim: ${transfer.body}`);
  const merchantId = await createMerchant(ctx.database, { region: city.streetA });
  const checkpointId = await createCheckpoint(ctx.database);

  return {
    city,
    keys: {
      admin: city.keys.admin,
      street_officer: city.keys.streetA,
      community_staff: city.keys.staffA1,
      unit_admin: city.keys.unitA,
      member: memberKey,
      ops: city.keys.ops,
    },
    pathIds: {
      orders: order.id,
      claimId: orderClaim.id,
      regions: city.communityA1.id,
      units: city.unitA.id,
      members: member.id,
      'api-keys': await spareKeyId(),
      offers: offerId,
      'claim-transfers': transfer.json().id as string,
      'webhook-endpoints': endpointId,
      'webhook-deliveries': deliveryId,
      escalations: escalationId,
      merchants: merchantId,
      audit: checkpointId,
      ops: 'maintenance:no-such-job',
      categoryCode: 'home_visit',
      priority: 'urgent',
      service_code: 'home_visit',
      service_request_id: order.id,
    },
    // What the API destroys or changes for good, so the objects later operations need stay as they are.
    spareIds: {
      'POST /v1/api-keys/{id}/rotate': { id: await spareKeyId() },
      'PATCH /v1/regions/{id}': {
        id: (await createRegion(ctx.database, { level: 'community', parentId: city.streetA.id })).id,
      },
      'PATCH /v1/members/{id}': { id: (await spareMember()).id },
      'POST /v1/members/{id}/erase': { id: (await spareMember()).id },
      'POST /v1/orders/{id}/cancel': { id: (await postOrder()).id },
      'DELETE /v1/orders/{id}/claims/{claimId}': { id: spareClaimed.id, claimId: spareClaim.id },
      'DELETE /v1/webhook-endpoints/{id}': { id: await endpoint() },
    },
    fields: {
      communityId: city.communityA1.id,
      gridId: city.gridA1.id,
      regionId: city.communityA1.id,
      parentId: city.communityA1.id,
      unitId: city.unitA.id,
      memberId: member.id,
      toMemberId: taker.id,
      orderId: order.id,
      entityId: order.id,
      merchantId,
      categoryCode: 'home_visit',
      service_code: 'home_visit',
      lat: 29.7,
      lng: 116.0,
      long: '116.0',
      // Rules the description does not state (ISO 8601 durations, two decimals): the report lists them.
      gracePeriod: 'PT1H',
      claimWithin: 'PT2H',
      completeWithin: 'P1D',
      responseWithin: 'PT4H',
      defaultClaimWithin: 'PT2H',
      defaultCompleteWithin: 'P1D',
      points: 5,
      hours: 1.5,
    },
  };
}

/** The value of a path parameter that names a real object of the world. */
export function realPathValue(world: FuzzWorld, op: Operation, name: string): string | undefined {
  const spare = world.spareIds[op.id]?.[name];
  if (spare !== undefined) return spare;
  if (name !== 'id') return world.pathIds[name];
  return world.pathIds[op.path.split('/')[2] ?? ''];
}
