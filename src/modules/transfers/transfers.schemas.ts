import { z } from 'zod';
import { transferKinds, transferStatuses } from '../../db/schema/enums.js';
import { pageOf, pageQuery } from '../../lib/pagination.js';

export const transferIdParams = z.object({ id: z.uuid() });

const reason = z.string().trim().min(1).max(500);

export const createTransferBody = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('offer'),
        toMemberId: z.uuid().meta({ description: 'The member offered the claim' }),
        reason: reason.optional(),
      })
      .meta({ description: 'The holder offers its claim to a named member, who accepts or declines' }),
    z
      .strictObject({
        kind: z.literal('request'),
        toMemberId: z.uuid().meta({
          description:
            'The member the claim is asked for: a member key itself, a unit admin one of its members',
        }),
        reason,
      })
      .meta({
        description:
          'A member or its unit asks for the claim with a reason; the holder accepts or declines, or it moves by itself after CLAIM_TRANSFER_AUTO_ACCEPT_S',
      }),
  ])
  .meta({ id: 'CreateClaimTransfer' });
export type CreateTransferBody = z.infer<typeof createTransferBody>;

export const transferSchema = z
  .object({
    id: z.uuid(),
    orderId: z.uuid(),
    claimId: z.uuid(),
    kind: z.enum(transferKinds),
    status: z.enum(transferStatuses),
    fromMemberId: z.uuid().meta({ description: 'The member holding the claim when the transfer was opened' }),
    toMemberId: z.uuid().meta({ description: 'The member the claim moves to' }),
    toUnitId: z
      .uuid()
      .nullable()
      .meta({ description: 'The unit the claim is held for once it moves (a unit admin asked or accepted)' }),
    reason: z.string().nullable(),
    autoAcceptAt: z
      .string()
      .nullable()
      .meta({ description: 'A request moves by itself at this time unless answered; null for offers' }),
    autoAccepted: z.boolean().meta({ description: 'The claim moved by the timer, not by an answer' }),
    endCause: z.string().nullable().meta({
      description:
        'Why an open transfer ended unanswered: claim_withdrawn, claim_no_show, claim_checked_in, claim_cancelled, or the refusal code met when a request moved by itself (not_eligible, member_at_capacity, ...)',
    }),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'ClaimTransfer' });
export type TransferDto = z.infer<typeof transferSchema>;

export const listTransfersQuery = pageQuery.extend({
  status: z.enum(transferStatuses).optional(),
  kind: z.enum(transferKinds).optional(),
  orderId: z.uuid().optional(),
  memberId: z.uuid().optional().meta({ description: 'Transfers from or to this member' }),
});
export type ListTransfersQuery = z.infer<typeof listTransfersQuery>;

export const transferPage = pageOf(transferSchema);
