import { z } from 'zod';
import { claimStatuses, orderStatuses } from '../../db/schema/enums.js';
import { apiKeySchema } from '../api-keys/api-keys.schemas.js';
import { entrySchema } from '../ledger/ledger.schemas.js';
import { memberSchema, reportInSchema } from '../members/members.schemas.js';
import { offerSchema } from '../offers/offers.schemas.js';

export const eraseBody = z.strictObject({
  reason: z.string().trim().min(1).max(500).meta({
    description:
      'Why the member is erased (e.g. the request number); kept in the audit trail, so no personal data',
  }),
});
export type EraseBody = z.infer<typeof eraseBody>;

const iso = z.iso.datetime();

const exportedClaimSchema = z.object({
  id: z.uuid(),
  order: z.object({ id: z.uuid(), title: z.string(), status: z.enum(orderStatuses) }),
  unitId: z.uuid().nullable(),
  offerId: z.uuid().nullable(),
  status: z.enum(claimStatuses),
  hoursReported: z.number().nullable(),
  approvedHours: z.number().nullable(),
  note: z.string().nullable(),
  checkIn: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  createdAt: iso,
  checkedInAt: iso.nullable(),
  completedAt: iso.nullable(),
  endedAt: iso.nullable(),
});

const exportedAuditEventSchema = z.object({
  seq: z.number().int(),
  action: z.string(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  requestId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: iso,
  hash: z.string(),
});

export const memberExportSchema = z
  .object({
    exportedAt: iso,
    member: memberSchema.extend({
      erasedAt: iso.nullable(),
    }),
    reportIns: z.array(reportInSchema).meta({ description: 'Report-in history (报到), oldest first' }),
    claims: z.array(exportedClaimSchema).meta({ description: 'Every claim, oldest first, with its order' }),
    offers: z
      .array(offerSchema)
      .meta({ description: 'Every offer, oldest first, with the score parts that ranked it' }),
    ledger: z.object({
      balance: z.object({ points: z.number(), hours: z.number() }),
      entries: z.array(entrySchema).meta({ description: 'Oldest first' }),
    }),
    apiKeys: z.array(apiKeySchema).meta({ description: 'Keys scoped to the member (never their hashes)' }),
    auditEvents: z
      .array(exportedAuditEventSchema)
      .meta({ description: "The member's own audit chain, oldest first (snapshots hold masked values)" }),
  })
  .meta({ id: 'MemberExport' });
export type MemberExport = z.infer<typeof memberExportSchema>;

export const erasureSchema = z
  .object({
    member: memberSchema,
    erasedAt: iso,
    revokedKeyIds: z.array(z.uuid()).meta({ description: 'API keys scoped to the member, revoked now' }),
    storedResponsesScrubbed: z.number().int().meta({
      description: 'Stored Idempotency-Key answers that named the member, rewritten with the pseudonym',
    }),
  })
  .meta({ id: 'MemberErasure' });
export type Erasure = z.infer<typeof erasureSchema>;
