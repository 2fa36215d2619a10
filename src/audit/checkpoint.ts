import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface ChainHead {
  entityId: string;
  seq: number;
  hash: string;
}

/** One digest over the heads of every chain, in entity order. */
export function headsDigest(heads: ChainHead[]): string {
  const h = createHash('sha256');
  for (const head of [...heads].sort((a, b) =>
    a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0,
  ))
    h.update(`${head.entityId}:${head.seq}:${head.hash}\n`);
  return h.digest('hex');
}

export interface CheckpointBody {
  lastEventId: number;
  chainCount: number;
  headsDigest: string;
  createdAt: Date;
}

/** HMAC over everything the checkpoint claims, so a copy kept outside the database can be trusted. */
export function signCheckpoint(key: string, c: CheckpointBody): string {
  return createHmac('sha256', key)
    .update(`${c.lastEventId}|${c.chainCount}|${c.headsDigest}|${c.createdAt.toISOString()}`)
    .digest('hex');
}

export function signatureValid(key: string, c: CheckpointBody, signature: string): boolean {
  const expected = Buffer.from(signCheckpoint(key, c), 'hex');
  const given = Buffer.from(signature, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
