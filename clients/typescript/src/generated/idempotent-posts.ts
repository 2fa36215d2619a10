// The POSTs that accept an Idempotency-Key, generated from openapi.yaml by `npm run client:generate`; do not edit.

import type { paths } from './schema.js';

export const idempotentPosts = [
  '/open311/v2/requests.{format}',
  '/v1/regions',
  '/v1/units',
  '/v1/units/{id}/pairings',
  '/v1/members',
  '/v1/categories',
  '/v1/orders',
  '/v1/orders/{id}/claims',
  '/v1/offers/{id}/accept',
  '/v1/webhook-endpoints',
  '/v1/orders/{id}/whistle',
  '/v1/merchants',
  '/v1/redemptions',
  '/v1/ledger/adjustments',
] as const satisfies readonly (keyof paths)[];
