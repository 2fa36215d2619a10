import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/caller.js';
import { idParams } from '../../http/crud-routes.js';
import { withProblems } from '../../http/problem-schema.js';
import { eraseBody, erasureSchema, memberExportSchema } from './privacy.schemas.js';

/** A member's rights over its personal data: export everything held, and erasure. */
export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.privacy;
  const tags = ['members'];

  app.get(
    '/members/:id/export',
    {
      schema: {
        tags,
        summary:
          'Everything held about a member, as JSON (admin, staff above its community, the member itself)',
        description:
          'Profile with full values, report-in history, claims with their orders, offers with score parts, ledger entries and balance, the API keys scoped to the member (never their hashes) and its audit chain. The export itself is audited (member.exported).',
        params: idParams,
        response: withProblems({ 200: memberExportSchema }, [400, 401, 404]),
      },
    },
    async (request) => service.exportMember(callerOf(request), request.params.id),
  );

  app.post(
    '/members/:id/erase',
    {
      schema: {
        tags,
        summary: "Erase a member's personal data (admin, staff and officers above its community)",
        description:
          'Name and phone are replaced by a pseudonym, the home location and grid cleared, the member set inactive and unavailable, its API keys revoked, and stored Idempotency-Key answers rewritten. Claims, ledger entries and the audit chain stay valid. Refused with 409 open_claims_remain while the member holds waitlisted, held or checked-in claims, and 409 already_erased the second time.',
        params: idParams,
        body: eraseBody,
        response: withProblems({ 200: erasureSchema }, [400, 401, 403, 404, 409, 413, 415]),
      },
    },
    async (request) => {
      const erased = await service.eraseMember(callerOf(request), request.params.id, request.body);
      // The member's keys were revoked with it.
      app.keyCache.clear();
      return erased;
    },
  );
};
