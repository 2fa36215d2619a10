import { z } from 'zod';
import { webhookEventTypes } from '../webhooks/event-types.js';

const known = new Set<string>(webhookEventTypes);

const types = z
  .string()
  .max(2000)
  .transform((v) => [...new Set(v.split(',').map((t) => t.trim()))])
  .superRefine((list, ctx) => {
    for (const t of list)
      if (!known.has(t)) ctx.addIssue({ code: 'custom', message: `unknown event type ${t || '(empty)'}` });
  })
  .meta({
    description: `Only these event types, comma-separated (e.g. \`offer.created,order.escalated\`): ${webhookEventTypes.join(', ')}`,
  });

const cursor = z.string().min(1).max(200);

const filters = {
  types: types.optional(),
  orderId: z.uuid().optional().meta({ description: 'Only the events of this order' }),
};

export const feedQuery = z.object({
  ...filters,
  after: cursor.optional().meta({
    description:
      'A cursor (an event’s `cursor`, or a page’s `endCursor`): events after it. Without it the feed starts at its oldest event.',
  }),
  since: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: 'Only events at or after this time (their `timestamp`)' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type FeedQueryInput = z.infer<typeof feedQuery>;

export const eventSchema = z
  .object({
    id: z.uuid().meta({
      description: 'The event’s id: its webhook deliveries carry `webhook-id: msg_<id>`',
    }),
    cursor: z.string().meta({
      description:
        'Where this event stands in the feed: `after=<cursor>` resumes just after it; the stream’s SSE `id`',
    }),
    type: z.string().meta({ description: 'The event type, as in the webhook payload' }),
    timestamp: z.string().meta({ description: 'When it happened (UTC), as in the webhook payload' }),
    data: z
      .record(z.string(), z.unknown())
      .meta({ description: 'The webhook payload’s `data`: ids, states and counters, nothing personal' }),
  })
  .meta({
    id: 'Event',
    description:
      'A domain event: `type`, `timestamp` and `data` are exactly the body of its webhook deliveries.',
  });
export type EventDto = z.infer<typeof eventSchema>;

export const feedPage = z
  .object({
    items: z.array(eventSchema),
    nextCursor: z.string().nullable().meta({
      description: 'More events are there now: pass it as `after` for the next page; null at the end',
    }),
    endCursor: z.string().meta({
      description:
        'Where this page leaves the feed (past events of other scopes and filters too): pass it as `after` to poll for what comes next',
    }),
  })
  .meta({ id: 'EventPage' });
export type FeedPage = z.infer<typeof feedPage>;

export const streamQuery = z.object({
  ...filters,
  lastEventId: cursor.optional().meta({
    description:
      'Resume after this cursor when the Last-Event-ID header cannot be set (a new EventSource); the header wins',
  }),
  access_token: z.string().max(500).optional().meta({
    description:
      'A stream token (POST /v1/events/stream-tokens), for browsers: EventSource cannot send Authorization',
  }),
});
export type StreamQuery = z.infer<typeof streamQuery>;

export const streamHeaders = z.looseObject({
  'last-event-id': cursor.optional().meta({
    description: 'The `id` of the last event received: the stream resumes just after it',
  }),
});

export const streamTokenSchema = z
  .object({
    token: z.string().meta({ description: 'Pass as `access_token` to GET /v1/events/stream' }),
    expiresAt: z.string().meta({
      description: 'Streams must be opened (or re-opened) before then; an open stream is not cut',
    }),
  })
  .meta({ id: 'StreamToken' });
