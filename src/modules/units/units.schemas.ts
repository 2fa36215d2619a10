import { z } from 'zod';
import { unitKinds } from '../../db/schema/enums.js';
import { changingSomething } from '../../http/schema-rules.js';
import { pageQuery } from '../../lib/pagination.js';

export const createUnitBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(unitKinds),
  partyOrganisation: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'The party organisation of the unit' }),
  regionId: z.uuid().meta({ description: 'Where the unit sits (usually a district or street)' }),
  expectedMembers: z.number().int().min(0).max(1_000_000).default(0),
});
export type CreateUnitBody = z.infer<typeof createUnitBody>;

export const patchUnitBody = changingSomething(
  z.strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    kind: z.enum(unitKinds).optional(),
    partyOrganisation: z.string().trim().min(1).max(200).nullable().optional(),
    regionId: z.uuid().optional(),
    expectedMembers: z.number().int().min(0).max(1_000_000).optional(),
  }),
);
export type PatchUnitBody = z.infer<typeof patchUnitBody>;

export const listUnitsQuery = pageQuery.extend({
  regionId: z.uuid().optional().meta({ description: 'Only units located in this region' }),
});
export type ListUnitsQuery = z.infer<typeof listUnitsQuery>;

export const unitSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(unitKinds),
    partyOrganisation: z.string().nullable(),
    regionId: z.uuid(),
    expectedMembers: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Unit' });
export type UnitView = z.infer<typeof unitSchema>;

export const createPairingBody = z
  .strictObject({
    communityId: z.uuid(),
    validFrom: z.iso.date(),
    validTo: z.iso
      .date()
      .optional()
      .meta({ description: 'Last day of the agreement, on or after validFrom; open-ended when absent' }),
  })
  .refine((v) => !v.validTo || v.validTo >= v.validFrom, {
    path: ['validTo'],
    message: 'validTo is on or after validFrom',
  });
export type CreatePairingBody = z.infer<typeof createPairingBody>;

export const pairingSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    communityId: z.uuid(),
    validFrom: z.iso.date(),
    validTo: z.iso.date().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Pairing' });
export type PairingView = z.infer<typeof pairingSchema>;
