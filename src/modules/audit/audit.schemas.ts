import { z } from 'zod';

const brokenSchema = z.object({ entityId: z.uuid(), brokenAtSeq: z.number().int(), reason: z.string() });
export const verifySchema = z.object({
  ok: z.boolean(),
  chains: z.number().int(),
  events: z.number().int(),
  broken: z.array(brokenSchema),
});

export const checkpointSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastEventId: z.number().int(),
  chainCount: z.number().int(),
  headsDigest: z.string(),
  signature: z.string(),
});
export const checkpointCheckSchema = z.object({
  id: z.uuid(),
  ok: z.boolean(),
  signatureValid: z.boolean(),
  headsMatch: z.boolean(),
  chainCount: z.number().int(),
});
