import { crudRoutes, idParams } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import {
  apiKeySchema,
  createdKeySchema,
  createKeyBody,
  listKeysQuery,
  rotateKeyBody,
} from './api-keys.schemas.js';

const issuers =
  'Admins issue keys of every role; street officers street_officer and community_staff keys inside their subtree; community staff and unit admins member keys of their members. Members and ops keys manage no keys (403).';

/** API keys: issue (plaintext shown once), list, revoke, rotate with a grace period. */
export const apiKeysRoutes = routesOf(
  { tags: ['api-keys'] },
  (operation, { services: { apiKeys: service } }) => {
    crudRoutes(operation, {
      path: '/api-keys',
      item: createdKeySchema,
      listItem: apiKeySchema,
      service,
      create: {
        operationId: 'createApiKey',
        summary: 'Issue a key with a role and scope; the plaintext is in this response only',
        description: `${issuers} The scope must fit the role: a region for officers and staff (a street or district for a street_officer, a community for community_staff), a unit for a unit_admin, a member for a member key, nothing for an admin, an optional region for ops; a scope outside yours is 404, one at the wrong level 422. expiresAt must be in the future. The database keeps only a hash of the key: store the \`key\` of this response, it is never shown again. Audited (api_key.created).`,
        body: createKeyBody,
        idempotent: false,
        problems: [400, 401, 403, 404, 413, 415, 422],
      },
      list: {
        operationId: 'listApiKeys',
        summary: 'List the keys you manage (never their secrets)',
        description: `The keys the caller could have issued itself, oldest first, optionally of one role: never their secrets or hashes. ${issuers}`,
        query: listKeysQuery,
        problems: [400, 401, 403],
      },
    });

    operation(
      {
        method: 'DELETE',
        url: '/api-keys/:id',
        operationId: 'revokeApiKey',
        summary: 'Revoke a key: it stops working at once',
        description: `Revoking a revoked key changes nothing and answers the same. A key the caller does not manage is 404. ${issuers} Audited (api_key.revoked).`,
        params: idParams,
        responses: { 200: apiKeySchema },
        problems: [400, 401, 403, 404],
        revokesKeys: true,
      },
      ({ caller, params }) => service.revoke(caller, params.id),
    );

    operation(
      {
        method: 'POST',
        url: '/api-keys/:id/rotate',
        operationId: 'rotateApiKey',
        summary:
          'Replace a key: a new key with the same role and scope; the old one works for the grace period',
        description: `The old key's expiry is brought forward to the end of the grace period (never pushed back), so clients switch without downtime; the new key is in this response only. A revoked or expired key cannot be rotated (409: create a new one). The body may be left out: the grace period is 24 hours by default. ${issuers} Audited (api_key.rotated, api_key.created).`,
        params: idParams,
        body: rotateKeyBody,
        responses: { 201: createdKeySchema },
        problems: [400, 401, 403, 404, 409, 413, 415],
        revokesKeys: true,
      },
      ({ caller, params, body }) => service.rotate(caller, params.id, body),
    );
  },
);
