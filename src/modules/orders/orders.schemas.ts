import { z } from 'zod';
import {
  breachKinds,
  claimStatuses,
  dispatchModes,
  orderSources,
  orderStatuses,
  priorities,
} from '../../db/schema/enums.js';
import { changingSomething } from '../../http/schema-rules.js';
import { pageOf, pageQuery } from '../../lib/pagination.js';

const isoDate = z.iso.datetime({ offset: true });
const skill = z.string().min(1).max(40);

export const locationSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  address: z.string().min(1).max(500).optional(),
});

export const windowSchema = z
  .strictObject({ startsAt: isoDate, endsAt: isoDate })
  .refine((w) => Date.parse(w.endsAt) > Date.parse(w.startsAt), {
    message: 'endsAt must be after startsAt',
    path: ['endsAt'],
  })
  .meta({ description: 'When the work is done: endsAt is after startsAt' });

export const beneficiarySchema = z.strictObject({
  name: z.string().min(1).max(100),
  phone: z.string().regex(/^\+?[0-9 -]{6,20}$/, 'not a phone number'),
});

const orderFields = {
  gridId: z.uuid().optional(),
  categoryCode: z.string().min(1).max(60),
  title: z.string().min(1).max(200),
  description: z.string().min(1).max(4000),
  priority: z.enum(priorities),
  headcount: z.number().int().min(1).max(500),
  requiredSkills: z.array(skill).max(20).default([]),
  location: locationSchema.optional(),
  window: windowSchema.optional(),
  beneficiary: beneficiarySchema.optional(),
  source: z.enum(orderSources),
  dispatchMode: z.enum(dispatchModes),
  targetUnitIds: z.array(z.uuid()).max(100).default([]),
};

export const createOrderBody = z
  .strictObject({ communityId: z.uuid(), ...orderFields, publish: z.boolean().default(true) })
  .refine((o) => o.dispatchMode === 'targeted' || o.targetUnitIds.length === 0, {
    message: 'targetUnitIds is only for dispatchMode targeted',
    path: ['targetUnitIds'],
  })
  .refine((o) => o.dispatchMode !== 'targeted' || o.targetUnitIds.length > 0, {
    message: 'dispatchMode targeted needs targetUnitIds',
    path: ['targetUnitIds'],
  });
export type CreateOrderBody = z.infer<typeof createOrderBody>;

export const patchOrderBody = changingSomething(
  z
    .strictObject({
      gridId: z.uuid().nullable(),
      title: orderFields.title,
      description: orderFields.description,
      priority: orderFields.priority,
      headcount: orderFields.headcount,
      requiredSkills: z.array(skill).max(20),
      location: locationSchema.nullable(),
      window: windowSchema.nullable(),
      beneficiary: beneficiarySchema.nullable(),
      dispatchMode: orderFields.dispatchMode,
      targetUnitIds: z.array(z.uuid()).max(100),
    })
    .partial(),
);
export type PatchOrderBody = z.infer<typeof patchOrderBody>;

export const orderSchema = z.object({
  id: z.uuid(),
  communityId: z.uuid(),
  gridId: z.uuid().nullable(),
  categoryCode: z.string(),
  title: z.string(),
  description: z.string(),
  priority: z.enum(priorities),
  headcount: z.number().int(),
  requiredSkills: z.array(z.string()),
  location: z.object({ lat: z.number(), lng: z.number(), address: z.string().nullable() }).nullable(),
  window: z.object({ startsAt: z.string(), endsAt: z.string() }).nullable(),
  beneficiary: z.object({ name: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  source: z.enum(orderSources),
  dispatchMode: z.enum(dispatchModes),
  targetUnitIds: z.array(z.uuid()),
  status: z.enum(orderStatuses),
  version: z.number().int(),
  slots: z.object({ total: z.number().int(), held: z.number().int() }),
  sla: z.object({ claimBy: z.string().nullable(), completeBy: z.string().nullable() }),
  escalationLevel: z.number().int(),
  rating: z.number().int().nullable(),
  feedback: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  firstClaimedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
});
export type OrderDto = z.infer<typeof orderSchema>;

export const duplicateSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(orderStatuses),
  distanceM: z.number().nullable(),
});
export const createdOrderSchema = orderSchema.extend({ possibleDuplicates: z.array(duplicateSchema) });

export const breachSchema = z.object({
  id: z.uuid(),
  kind: z.enum(breachKinds),
  deadline: z.string(),
  detectedAt: z.string(),
  lateMs: z.number().int(),
  levelAfter: z.number().int(),
});
export const orderDetailSchema = orderSchema.extend({ breaches: z.array(breachSchema) });

export const listOrdersQuery = pageQuery.extend({
  status: z.enum(orderStatuses).optional(),
  communityId: z.uuid().optional(),
  categoryCode: z.string().max(60).optional(),
  priority: z.enum(priorities).optional(),
  createdFrom: isoDate.optional(),
  createdTo: isoDate.optional(),
});
export type ListOrdersQuery = z.infer<typeof listOrdersQuery>;
export const orderPage = pageOf(orderSchema);

export const cancelBody = z.strictObject({ reason: z.string().min(1).max(1000) });
export const verifyBody = z.strictObject({
  rating: z.number().int().min(1).max(5),
  feedback: z.string().max(2000).optional(),
  resolved: z.boolean().default(true),
  /** One figure for every claim, or a figure per claim id; defaults to the hours each member reported. */
  approvedHours: z
    .union([z.number().min(0).max(24), z.record(z.uuid(), z.number().min(0).max(24))])
    .optional(),
});
export type VerifyBody = z.infer<typeof verifyBody>;

export const idParams = z.object({ id: z.uuid() });
export const claimParams = z.object({ id: z.uuid(), claimId: z.uuid() });

export const claimBody = z.strictObject({ memberId: z.uuid(), waitlist: z.boolean().default(false) });
export const checkInBody = z
  .strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
  .partial();
export const completeBody = z.strictObject({
  hours: z.number().positive().max(24),
  note: z.string().max(2000).optional(),
});

export const claimSchema = z.object({
  id: z.uuid(),
  orderId: z.uuid(),
  memberId: z.uuid(),
  unitId: z.uuid().nullable(),
  offerId: z.uuid().nullable(),
  status: z.enum(claimStatuses),
  hoursReported: z.number().nullable(),
  approvedHours: z.number().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  checkedInAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type ClaimDto = z.infer<typeof claimSchema>;

export const timelineSchema = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      action: z.string(),
      actorType: z.string(),
      actorId: z.string().nullable(),
      requestId: z.string().nullable(),
      before: z.unknown(),
      after: z.unknown(),
      at: z.string(),
      hash: z.string(),
    }),
  ),
});
