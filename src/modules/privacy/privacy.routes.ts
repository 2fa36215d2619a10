import { idParams } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import { orderSchema } from '../orders/orders.schemas.js';
import { eraseBody, erasureSchema, memberExportSchema } from './privacy.schemas.js';

/** A member's rights over its personal data: export everything held, and erasure. */
export const privacyRoutes = routesOf(
  { tags: ['members'] },
  (operation, { services: { privacy: service } }) => {
    operation(
      {
        method: 'GET',
        url: '/members/:id/export',
        operationId: 'exportMember',
        summary:
          'Everything held about a member, as JSON (admin, staff above its community, the member itself)',
        description:
          'Admins, the street officers and community staff above the member’s community, and the member itself; for any other key the member is 404. Profile with full values, report-in history, claims with their orders, offers with score parts, ledger entries and balance, the API keys scoped to the member (never their hashes) and its audit chain. The export itself is audited (member.exported).',
        params: idParams,
        responses: { 200: memberExportSchema },
        problems: [400, 401, 404],
      },
      ({ caller, params }) => service.exportMember(caller, params.id),
    );

    operation(
      {
        method: 'POST',
        url: '/members/:id/erase',
        operationId: 'eraseMember',
        summary: "Erase a member's personal data (admin, staff and officers above its community)",
        description:
          'Admins, and the street officers and community staff above the member’s community (403 for other roles, 404 for a member the key does not see). Name and phone are replaced by a pseudonym, the home location and grid cleared, the member set inactive and unavailable, its API keys revoked, and stored Idempotency-Key answers rewritten. Claims, ledger entries and the audit chain stay valid. Refused with 409 open_claims_remain while the member holds waitlisted, held or checked-in claims, and 409 already_erased the second time. Audited (member.erased).',
        params: idParams,
        body: eraseBody,
        responses: { 200: erasureSchema },
        problems: [400, 401, 403, 404, 409, 413, 415],
        // The member's keys are revoked with it.
        revokesKeys: true,
      },
      ({ caller, params, body }) => service.eraseMember(caller, params.id, body),
    );

    operation(
      {
        method: 'POST',
        url: '/orders/:id/beneficiary/erase',
        operationId: 'eraseOrderBeneficiary',
        summary: "Erase an order's beneficiary name and phone (staff managing the order)",
        description:
          'Admins, and the street officers and community staff whose subtree holds the order’s community (403 for other keys that see the order, 404 for keys that do not). The name and phone are cleared and the version bumped; stored Idempotency-Key answers of the order are rewritten. The audit chain stays valid: it only ever held masked values. 409 already_erased when the order holds no beneficiary data. Audited (order.beneficiary_erased, with the reason).',
        params: idParams,
        body: eraseBody,
        responses: { 200: orderSchema },
        problems: [400, 401, 403, 404, 409, 413, 415],
        tags: ['orders'],
      },
      ({ caller, params, body }) => service.eraseOrderBeneficiary(caller, params.id, body),
    );
  },
);
