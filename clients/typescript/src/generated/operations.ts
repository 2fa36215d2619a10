// What the client needs to know of the operations at run time, generated from openapi.yaml by `npm run client:generate`; do not edit.

import type { paths } from './schema.js';

/** The POSTs whose operation accepts an Idempotency-Key. */
export const idempotentPosts = [
  '/open311/v2/requests.{format}',
  '/v1/regions',
  '/v1/units',
  '/v1/units/{id}/pairings',
  '/v1/members',
  '/v1/households',
  '/v1/households/{id}/pairings',
  '/v1/categories',
  '/v1/orders',
  '/v1/orders/{id}/claims',
  '/v1/offers/{id}/accept',
  '/v1/orders/{id}/claims/{claimId}/transfers',
  '/v1/webhook-endpoints',
  '/v1/orders/{id}/whistle',
  '/v1/merchants',
  '/v1/redemptions',
  '/v1/ledger/adjustments',
  '/v1/resources',
  '/v1/resources/{id}/bookings',
] as const satisfies readonly (keyof paths)[];

/** The GETs that answer cursor pages, with the query parameter that takes the next cursor. */
export const pagedGets = {
  '/v1/api-keys': 'cursor',
  '/v1/regions': 'cursor',
  '/v1/units': 'cursor',
  '/v1/units/{id}/pairings': 'cursor',
  '/v1/members': 'cursor',
  '/v1/households': 'cursor',
  '/v1/households/{id}/pairings': 'cursor',
  '/v1/household-pairings': 'cursor',
  '/v1/categories': 'cursor',
  '/v1/orders': 'cursor',
  '/v1/audit/checkpoints': 'cursor',
  '/v1/offers': 'cursor',
  '/v1/claim-transfers': 'cursor',
  '/v1/webhook-endpoints': 'cursor',
  '/v1/webhook-endpoints/{id}/deliveries': 'cursor',
  '/v1/events': 'after',
  '/v1/sla-policies': 'cursor',
  '/v1/sla/breaches': 'cursor',
  '/v1/escalations': 'cursor',
  '/v1/merchants': 'cursor',
  '/v1/merchants/{id}/ledger': 'cursor',
  '/v1/members/{id}/ledger': 'cursor',
  '/v1/resources': 'cursor',
  '/v1/resources/{id}/bookings': 'cursor',
  '/v1/bookings': 'cursor',
} as const satisfies Partial<Record<keyof paths, 'cursor' | 'after'>>;
