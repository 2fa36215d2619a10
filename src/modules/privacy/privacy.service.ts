import { appendAudit } from '../../audit/audit.repo.js';
import { type Caller, requireRole } from '../../auth/scope.js';
import type { ClaimStatus } from '../../db/schema/enums.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import type { ServiceDeps } from '../deps.js';
import { eraseBeneficiaries, scrubStoredAnswers } from '../households/households.repo.js';
import { auditBeneficiaryErased } from '../households/households.service.js';
import { findVisibleMember, revealsMember } from '../members/members.access.js';
import { toMemberView } from '../members/members.dto.js';
import { loadVisibleOrder, requireManager } from '../orders/orders.access.js';
import { toOrderDto } from '../orders/orders.dto.js';
import type { OrderDto } from '../orders/orders.schemas.js';
import { pseudonymise, revokeMemberKeys, scrubStoredResponses } from './member-erasure.js';
import { collectMemberExport } from './member-export.js';
import { claimIdsOfMember } from './privacy.repo.js';
import type { EraseBody, Erasure, MemberExport } from './privacy.schemas.js';

/** Claims that still need the person: an erased member could not show up or be reached. */
const openClaimStatuses: ClaimStatus[] = ['waitlisted', 'held', 'checked_in'];

/** A member's rights (PIPL): see everything held about them, and have their personal data erased. */
export function createPrivacyService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  return {
    /**
     * Who may read the full export is who may read the member's full name and phone: admins, the
     * staff and officers above its community, the member itself. Unit admins and ops, who see the
     * member masked, get the same 404 as a stranger.
     */
    async exportMember({ auth, actor }: Caller, id: string): Promise<MemberExport> {
      // One snapshot, so the balance and the entries, the claims and the counters agree.
      const data = await transaction(
        db,
        async (tx) => {
          const m = await findVisibleMember(tx, auth, id);
          if (!revealsMember(auth, m)) throw Errors.notFound(`member ${id} not found`);
          return collectMemberExport(tx, m, clock.now());
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
      // Recorded before anything is answered: an export nobody can account for must not happen.
      await transaction(db, (tx) =>
        appendAudit(tx, {
          entityType: 'member',
          entityId: id,
          action: 'member.exported',
          actor,
          after: {
            claims: data.claims.length,
            offers: data.offers.length,
            ledgerEntries: data.ledger.entries.length,
            apiKeys: data.apiKeys.length,
            auditEvents: data.auditEvents.length,
          },
          at: clock.now(),
        }),
      );
      return data;
    },

    /**
     * Erasure is staff work (admin, the officers and staff above the member's community): it cannot
     * be undone and ends the member's own access, so the member asks its community, which checks
     * who is asking. Personal fields get a pseudonym; the row, its claims, ledger entries and audit
     * chain stay, so hours, points and the trail remain true.
     */
    async eraseMember({ auth, actor }: Caller, id: string, body: EraseBody): Promise<Erasure> {
      requireRole(auth, 'admin', 'street_officer', 'community_staff');
      return transaction(db, async (tx) => {
        const current = await findVisibleMember(tx, auth, id, { lock: true });
        if (current.erasedAt)
          throw Errors.alreadyErased(`member ${id} was erased at ${current.erasedAt.toISOString()}`);
        const open = await claimIdsOfMember(tx, id, openClaimStatuses);
        if (open.length > 0) {
          throw Errors.openClaimsRemain(
            `member ${id} holds ${open.length} open claim(s); withdraw them or let them complete before erasing`,
            { claimIds: open },
          );
        }
        const now = clock.now();
        const erased = await pseudonymise(tx, id, now);
        const revokedKeyIds = await revokeMemberKeys(tx, erased, actor, now);
        const storedResponsesScrubbed = await scrubStoredResponses(tx, erased);
        await appendAudit(tx, {
          entityType: 'member',
          entityId: id,
          action: 'member.erased',
          actor,
          before: { status: current.status, available: current.available, erasedAt: null },
          after: {
            status: erased.status,
            available: erased.available,
            erasedAt: now.toISOString(),
            reason: body.reason,
            revokedKeyIds,
            storedResponsesScrubbed,
          },
          at: now,
        });
        return {
          member: toMemberView(erased, true),
          erasedAt: now.toISOString(),
          revokedKeyIds,
          storedResponsesScrubbed,
        };
      });
    },

    /**
     * Erases an order's beneficiary (name and phone) for the staff managing the order. The order's
     * audit trail and events only ever held masked values, so its chain stays valid; stored
     * Idempotency-Key answers of the order are rewritten. 409 already_erased when nothing is left.
     */
    async eraseOrderBeneficiary({ auth, actor }: Caller, id: string, body: EraseBody): Promise<OrderDto> {
      requireRole(auth, 'admin', 'street_officer', 'community_staff');
      return transaction(db, async (tx) => {
        const now = clock.now();
        const order = await loadVisibleOrder(tx, auth, id, now, { lock: true });
        requireManager(auth, order);
        const [erased] = await eraseBeneficiaries(tx, { orderId: id }, now);
        if (!erased) throw Errors.alreadyErased(`order ${id} holds no beneficiary data`);
        await auditBeneficiaryErased(tx, erased, actor, now, body.reason);
        await scrubStoredAnswers(tx, [id], {});
        return toOrderDto(
          {
            ...order,
            beneficiaryName: null,
            beneficiaryPhone: null,
            version: order.version + 1,
            updatedAt: now,
          },
          { revealPersonal: true },
        );
      });
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
