import { z } from 'zod';
import { crudRoutes } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import { claimParams } from '../orders/orders.schemas.js';
import {
  createTransferBody,
  listTransfersQuery,
  transferIdParams,
  transferSchema,
} from './transfers.schemas.js';

const answerers =
  'An offer is answered by the member named in it or the admin of its unit; a request by the member holding the claim, its unit admin, or staff managing the order. Keys that see the transfer but are not on that side get 403, other keys 404.';
const openOnly =
  'Only an open transfer (409 transfer_not_open with transferStatus); a transfer ends by itself when its claim is withdrawn, checked in, marked a no-show or cancelled.';

/** Claims handed over (转派): offered by the holder, asked for by a member or unit, answered, withdrawn. */
export const transfersRoutes = routesOf(
  { tags: ['claim transfers'] },
  (operation, { services: { transfers } }) => {
    operation(
      {
        method: 'POST',
        url: '/orders/:id/claims/:claimId/transfers',
        operationId: 'createClaimTransfer',
        summary: 'Offer a held claim to a named member, or ask for it with a reason',
        description:
          'kind offer: the member holding the claim, its unit admin, or staff managing the order (404 for other keys) offers it to toMemberId, who accepts or declines. kind request: a member key for itself or a unit admin for one of its members (403 for other roles; 404 for a member the key may not act for) asks for the claim with a reason; the holder accepts or declines, and unanswered it moves by itself after CLAIM_TRANSFER_AUTO_ACCEPT_S. Only a held claim, not yet checked in (409 invalid_transition). The member the claim would go to meets the claim rules, as when claiming: already_claimed (409), member_unavailable (409), not_eligible (403), and an order that is open, filled or in progress (409 invalid_transition). One open transfer per claim (409 transfer_open with transferId). Audited (claim_transfer.offered or claim_transfer.requested).',
        params: claimParams,
        body: createTransferBody,
        idempotent: true,
        responses: { 201: transferSchema },
        problems: [400, 401, 403, 404, 409, 413, 415, 422],
      },
      ({ caller, params, body, idempotencyKey }) =>
        transfers.open(caller, params.id, params.claimId, body, idempotencyKey),
    );

    operation(
      {
        method: 'GET',
        url: '/orders/:id/claims/:claimId/transfers',
        operationId: 'listClaimTransfers',
        summary: "The claim's transfers, oldest first",
        description:
          'Any key that sees the order (404 otherwise); the transfers of the claim it sees, as for listTransfers (the reasons are the parties’ and the staff’s to read), closed ones too.',
        params: claimParams,
        responses: { 200: z.object({ items: z.array(transferSchema) }) },
        problems: [400, 401, 404],
      },
      ({ caller, params }) => transfers.listForClaim(caller, params.id, params.claimId),
    );

    crudRoutes(operation, {
      path: '/claim-transfers',
      item: transferSchema,
      service: transfers,
      list: {
        operationId: 'listTransfers',
        summary:
          'Transfers in scope: from or to a member, its unit, or on orders of a region; filter by status, kind, order or member',
        description:
          'Any key: a member sees the transfers from or to it, a unit admin those from or to its members (or held for its unit), officers, community staff and region-scoped ops keys those on orders of their subtree, admins and unscoped ops keys all. Oldest first.',
        query: listTransfersQuery,
      },
      get: {
        operationId: 'getTransfer',
        summary: 'Read a transfer',
        description: 'Any key that sees the transfer, as for listTransfers (404 otherwise).',
      },
    });

    operation(
      {
        method: 'POST',
        url: '/claim-transfers/:id/accept',
        operationId: 'acceptTransfer',
        summary: 'Accept a transfer: the claim moves with its slot, check-in rules and deadlines',
        description: `${answerers} ${openOnly} The claim keeps its id, status and slot; its member changes, the capacity it takes moves from one member to the other, and the order's deadlines stay as they are. The member the claim goes to meets the claim rules again (already_claimed, member_unavailable, member_at_capacity: 409; not_eligible: 403). Audited (claim_transfer.accepted).`,
        params: transferIdParams,
        responses: { 200: transferSchema },
        problems: [400, 401, 403, 404, 409],
      },
      ({ caller, params }) => transfers.accept(caller, params.id),
    );

    operation(
      {
        method: 'POST',
        url: '/claim-transfers/:id/decline',
        operationId: 'declineTransfer',
        summary: 'Decline a transfer (the holder rejects a request, or the named member declines an offer)',
        description: `${answerers} ${openOnly} The claim stays where it is. Audited (claim_transfer.declined).`,
        params: transferIdParams,
        responses: { 200: transferSchema },
        problems: [400, 401, 403, 404, 409],
      },
      ({ caller, params }) => transfers.decline(caller, params.id),
    );

    operation(
      {
        method: 'POST',
        url: '/claim-transfers/:id/withdraw',
        operationId: 'withdrawTransfer',
        summary: 'Withdraw a transfer one has opened',
        description: `An offer is withdrawn by the holder's side (the member, its unit admin, staff managing the order), a request by the asking side (the member asked for or its unit admin); keys that see the transfer but are not on that side get 403, other keys 404. ${openOnly} Audited (claim_transfer.withdrawn).`,
        params: transferIdParams,
        responses: { 200: transferSchema },
        problems: [400, 401, 403, 404, 409],
      },
      ({ caller, params }) => transfers.withdraw(caller, params.id),
    );
  },
);
