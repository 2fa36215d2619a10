import { z } from 'zod';
import { deliveryStatuses } from '../../db/schema/enums.js';
import { pageOf, pageQuery } from '../../lib/pagination.js';
import { webhookEventTypes } from './event-types.js';

const timestamp = z.iso.datetime({ offset: true });

export const endpointIdParams = z.object({ id: z.uuid() });
export const deliveryIdParams = z.object({ id: z.uuid() });

export const createEndpointBody = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, error: 'must be an https or http URL' })
    .max(2048)
    .meta({
      description:
        'Where deliveries are POSTed. Hosts on loopback, private, link-local, CGNAT, multicast or reserved addresses are refused.',
    }),
  events: z
    .array(z.enum([...webhookEventTypes, '*']))
    .min(1)
    .max(webhookEventTypes.length + 1)
    .transform((events) => [...new Set(events)])
    .meta({ description: "Event types to receive, or ['*'] for every type" }),
  scope: z
    .strictObject({ regionId: z.uuid().optional(), unitId: z.uuid().optional() })
    .refine((s) => !(s.regionId && s.unitId), { message: 'give regionId or unitId, not both' })
    .meta({ maxProperties: 1 })
    .optional()
    .meta({
      description:
        'Which events reach the endpoint: those in a region subtree, or those addressed to a unit. Defaults to the region or unit of the calling key; only admins create endpoints without a scope.',
    }),
});
export type CreateEndpointBody = z.infer<typeof createEndpointBody>;

export const patchEndpointBody = z.strictObject({
  enabled: z.boolean().meta({
    description: 'true re-enables a disabled endpoint (and forgets its failing streak); false pauses it',
  }),
});
export type PatchEndpointBody = z.infer<typeof patchEndpointBody>;

export const endpointSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    events: z.array(z.string()),
    scope: z.object({ regionId: z.uuid().nullable(), unitId: z.uuid().nullable() }),
    enabled: z.boolean(),
    failingSince: timestamp.nullable().meta({ description: 'Start of the current run of failed deliveries' }),
    disabledAt: timestamp.nullable(),
    disabledReason: z.string().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: 'WebhookEndpoint' });
export type EndpointDto = z.infer<typeof endpointSchema>;

export const createdEndpointSchema = endpointSchema
  .extend({
    secret: z
      .string()
      .meta({ description: 'The signing secret (whsec_...). Shown only in this response: store it now.' }),
  })
  .meta({ id: 'WebhookEndpointCreated' });

export const deliverySchema = z
  .object({
    id: z.uuid(),
    endpointId: z.uuid(),
    messageId: z.string().meta({ description: 'The webhook-id header, the same on every attempt' }),
    eventType: z.string(),
    status: z.enum(deliveryStatuses).meta({
      description: 'failed: retries are still planned; dead: no further attempt unless retried by hand',
    }),
    attempts: z.number().int().meta({
      description:
        'Attempts started, the one in flight included: an attempt is counted before its POST is sent',
    }),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastLatencyMs: z.number().int().nullable(),
    createdAt: timestamp,
    lastAttemptAt: timestamp
      .nullable()
      .meta({ description: 'When the outcome of the last attempt was recorded' }),
    deliveredAt: timestamp.nullable(),
    inFlightSince: timestamp.nullable().meta({
      description:
        'Start of the last attempt while its outcome is not recorded (null once it is). Set before the POST is sent. ' +
        'Still set after the attempt time limit (WEBHOOK_TIMEOUT_MS, 10 s by default) means the outcome is unknown: ' +
        'the process making the attempt stopped (or lost Postgres) before recording it, and the receiver may or may not have got the message. ' +
        'The next attempt sends it again with the same webhook-id and counts this one in unknownOutcomeAttempts.',
    }),
    unknownOutcomeAttempts: z
      .number()
      .int()
      .meta({
        description:
          'Attempts whose outcome is unknown because the process making them stopped (or lost Postgres) before recording it; ' +
          'each was followed by a redelivery with the same webhook-id. Receivers de-duplicate on webhook-id.',
      }),
  })
  .meta({ id: 'WebhookDelivery' });
export type DeliveryDto = z.infer<typeof deliverySchema>;

export const listEndpointsQuery = pageQuery;
export const listDeliveriesQuery = pageQuery.extend({ status: z.enum(deliveryStatuses).optional() });
export type ListDeliveriesQuery = z.infer<typeof listDeliveriesQuery>;

export const endpointPage = pageOf(endpointSchema);
export const deliveryPage = pageOf(deliverySchema);
