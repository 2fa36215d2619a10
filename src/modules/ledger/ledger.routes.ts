import { crudRoutes } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import { pageQuery } from '../../lib/pagination.js';
import {
  adjustmentBody,
  adjustmentSchema,
  createMerchantBody,
  idParams,
  memberLedgerSchema,
  merchantLedgerQuery,
  merchantLedgerSchema,
  merchantSchema,
  redemptionBody,
  redemptionSchema,
} from './ledger.schemas.js';

const readers =
  'Admins, ops keys, street officers, community staff and members (403 for unit admins). A shop serves the region it sits in and everything below: a key reaches the shops in its subtree and above it, a member those around its community; another shop is 404.';

const merchantErrors = [400, 401, 403, 404, 422] as const;

/** The love bank: partner shops (联盟超市) and what they redeemed, redemptions, corrections and statements. */
export const ledgerRoutes = routesOf(
  { tags: ['love bank'] },
  (operation, { services: { merchants, redemptions, statements } }) => {
    crudRoutes(operation, {
      path: '/merchants',
      item: merchantSchema,
      service: merchants,
      create: {
        operationId: 'createMerchant',
        summary: 'Register a partner merchant (admin, street officer within its subtree)',
        description:
          'Admins anywhere, street officers in their subtree (403 for other roles); a region outside the key’s scope is 422. Audited (merchant.created).',
        body: createMerchantBody,
        problems: merchantErrors,
      },
      list: {
        operationId: 'listMerchants',
        summary: 'Merchants in or above the caller’s region',
        description: `${readers} Oldest first.`,
        query: pageQuery,
        problems: merchantErrors,
      },
      get: {
        operationId: 'getMerchant',
        summary: 'One merchant',
        description: readers,
        problems: merchantErrors,
      },
    });

    operation(
      {
        method: 'GET',
        url: '/merchants/:id/ledger',
        operationId: 'getMerchantLedger',
        summary: 'What a merchant redeemed, with the total for settlement',
        description:
          'Admins, street officers and community staff, for a shop they reach (404 otherwise; 403 for other roles). Redemptions newest first, with the number and total points of the period: from inclusive, to exclusive, from before to.',
        params: idParams,
        querystring: merchantLedgerQuery,
        responses: { 200: merchantLedgerSchema },
        problems: [400, 401, 403, 404, 422],
      },
      ({ caller, params, query }) => merchants.ledger(caller, params.id, query),
    );

    crudRoutes(operation, {
      path: '/redemptions',
      item: redemptionSchema,
      service: { create: redemptions.redeem },
      create: {
        operationId: 'createRedemption',
        summary: 'Redeem points at a partner merchant',
        description:
          'Admins, street officers and community staff above the member’s community, and the member itself (403 for other roles; a member the key does not see is 404). The merchant must be a shop the key reaches (422). The balance never goes negative: 409 insufficient_points. Audited (ledger.redeemed); a redemption.created event goes out.',
        body: redemptionBody,
        problems: [400, 401, 403, 404, 409, 422],
      },
    });

    crudRoutes(operation, {
      path: '/ledger/adjustments',
      item: adjustmentSchema,
      service: { create: redemptions.adjust },
      create: {
        operationId: 'createLedgerAdjustment',
        summary: "Correct a member's points or hours (admin)",
        description:
          'Admins only. A new pair of entries against the account of the member’s community; past entries are never edited. It moves points or hours (not both zero); the member must have reported in to a community (422), and neither the balance nor the total hours may go negative (409). Audited (ledger.adjusted).',
        body: adjustmentBody,
        problems: [400, 401, 403, 404, 409, 422],
      },
    });

    operation(
      {
        method: 'GET',
        url: '/members/:id/ledger',
        operationId: 'getMemberLedger',
        summary: "A member's statement: entries newest first, balance and total hours",
        description:
          'Admins, the street officers and community staff above the member’s community, the admin of its unit and the member itself (403 for ops keys; a member the key does not see is 404). The balance is read in the same snapshot as the entries.',
        params: idParams,
        querystring: pageQuery,
        responses: { 200: memberLedgerSchema },
        problems: [400, 401, 403, 404, 409, 422],
      },
      ({ caller, params, query }) => statements.member(caller, params.id, query),
    );
  },
);
