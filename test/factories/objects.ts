import type { Database } from '../../src/db/client.js';
import {
  auditCheckpoints,
  escalations,
  merchants,
  offers,
  webhookDeliveries,
  webhookEndpoints,
} from '../../src/db/schema/index.js';
import { newId } from '../../src/lib/ids.js';

/*
 * Objects the API makes through its workers (offers, deliveries, escalations, checkpoints), and the
 * others a test needs one of, written straight to the database; each factory returns the new id.
 */

const inAnHour = () => new Date(Date.now() + 3_600_000);

/** A pending offer, scored as the matching job scores: each part in [0, 1]. */
export async function createOffer(db: Database, o: { orderId: string; memberId: string; expiresAt?: Date }) {
  const id = newId();
  await db.db.insert(offers).values({
    id,
    orderId: o.orderId,
    memberId: o.memberId,
    wave: 1,
    rank: 1,
    score: 0.8,
    scoreParts: { skillFit: 1, distance: 0.9, fairness: 0.5, reliability: 1, sameGrid: 1 },
    expiresAt: o.expiresAt ?? inAnHour(),
  });
  return id;
}

export async function createWebhookEndpoint(db: Database, o: { regionId: string }) {
  const id = newId();
  await db.db.insert(webhookEndpoints).values({
    id,
    url: 'https://example.org/hook',
    events: ['*'],
    scopeRegionId: o.regionId,
    secret: 'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0',
  });
  return id;
}

export async function createWebhookDelivery(db: Database, o: { endpointId: string }) {
  const id = newId();
  await db.db.insert(webhookDeliveries).values({
    id,
    endpointId: o.endpointId,
    messageId: `msg_${id}`,
    eventType: 'order.published',
    payload: {},
  });
  return id;
}

/** A manual escalation of the order to the region (a street, say), open for an hour. */
export async function createEscalation(
  db: Database,
  o: { orderId: string; region: { id: string; path: string }; respondBy?: Date },
) {
  const id = newId();
  await db.db.insert(escalations).values({
    id,
    orderId: o.orderId,
    level: 1,
    regionId: o.region.id,
    regionPath: o.region.path,
    trigger: 'manual',
    reason: 'test',
    respondBy: o.respondBy ?? inAnHour(),
  });
  return id;
}

export async function createMerchant(db: Database, o: { region: { id: string; path: string } }) {
  const id = newId();
  await db.db
    .insert(merchants)
    .values({ id, name: 'Alliance store', regionId: o.region.id, regionPath: o.region.path });
  return id;
}

export async function createCheckpoint(db: Database) {
  const id = newId();
  await db.db
    .insert(auditCheckpoints)
    .values({ id, lastEventId: 0, chainCount: 0, headsDigest: 'x', signature: 'x' });
  return id;
}
