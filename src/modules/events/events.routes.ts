import { z } from 'zod';
import { routesOf } from '../../http/operation.js';
import { feedPage, feedQuery, streamHeaders, streamQuery, streamTokenSchema } from './events.schemas.js';

const streamResponse = {
  description:
    'A stream of Server-Sent Events. Each domain event is a message whose `id` is its cursor and whose `data` is the Event (as in GET /v1/events); comment lines (`: heartbeat`) come every STREAM_HEARTBEAT_S seconds; `event: dropped` (data `{reason, detail}`, reason `slow_reader`, `shutdown` or `key_revoked`) comes last when the service ends the stream.',
  content: { 'text/event-stream': { schema: z.string() } },
};

/** The event feed, the live stream of the same events, and stream tokens for browsers. See docs/events.md. */
export const eventsRoutes = routesOf({ tags: ['events'] }, (operation, app) => {
  const { events, eventStreams } = app.services;
  eventStreams.useLogger(app.log);
  app.addHook('preClose', () => eventStreams.shutdown());

  operation(
    {
      method: 'GET',
      url: '/events',
      operationId: 'listEvents',
      summary:
        'The events of your scope, oldest first: the feed webhooks are made from, to page through and poll',
      description:
        'Any key with a scope (403 otherwise): the domain events its webhooks would carry for its scope (a member: the offers made to it; a unit admin: what is addressed to its unit; staff, officers and region-scoped ops: their region’s subtree; admins and unscoped ops: all), with the same payloads, in a fixed order. Resume exactly where you stopped with `after` = the last event’s `cursor` or a page’s `endCursor`; no event is skipped or repeated, however transactions commit. Events are kept EVENTS_RETENTION_DAYS (30) days: a cursor before deleted events is 410 `cursor_expired`.',
      querystring: feedQuery,
      responses: { 200: feedPage },
      problems: [400, 401, 403, 410],
    },
    ({ caller, query }) => events.list(caller, query),
  );

  operation(
    {
      method: 'GET',
      url: '/events/stream',
      operationId: 'streamEvents',
      summary: 'The same events live, as Server-Sent Events, resumable with Last-Event-ID',
      description:
        'Any key with a scope (403 otherwise), or a stream token in `access_token`: a `text/event-stream` of the events of the key’s scope (optionally only some `types`, or one `orderId`) as they are committed. Each message’s `id` is the event’s feed cursor: reconnect with `Last-Event-ID` (EventSource does it by itself) to resume just after it, on any API process, with nothing lost or repeated; a cursor before deleted events is 410 `cursor_expired`. Without a cursor the stream starts now. A key may hold STREAM_MAX_PER_KEY (5) streams at once (429 `too_many_streams`); a process that is stopping answers 503. A browser, whose EventSource cannot send Authorization, passes `access_token` from POST /v1/events/stream-tokens instead.',
      querystring: streamQuery,
      headers: streamHeaders,
      responses: { 200: streamResponse },
      problems: [400, 401, 403, 410, 503],
      config: { streamToken: true },
      sse: { kind: 'manual', heartbeat: false },
    },
    async ({ caller, query, headers, reply }) => {
      const { lastEventId, types, orderId } = query;
      const header = headers['last-event-id'];
      const resume = header
        ? { cursor: header, from: 'headers.last-event-id' }
        : lastEventId
          ? { cursor: lastEventId, from: 'querystring.lastEventId' }
          : undefined;
      // The stream is the connection's last response: its end closes the socket (drains finish at
      // once), and the close delimits the body, so no chunk framing is written around every event.
      reply.header('connection', 'close');
      reply.raw.useChunkedEncodingByDefault = false;
      reply.sse.keepAlive();
      await eventStreams.open(caller, { lastEventId: resume, types, orderId }, reply.raw, () => {
        // From here the stream writes the response itself; errors before it are problem documents.
        reply.hijack();
        reply.sse.sendHeaders();
      });
      // Hijacked: fastify sends nothing more (the reply itself is thenable, so it is not returned).
      return null;
    },
  );

  operation(
    {
      method: 'POST',
      url: '/events/stream-tokens',
      operationId: 'createStreamToken',
      summary: 'A short-lived token that opens your event stream from a browser',
      description:
        'Any key with a scope (403 otherwise). EventSource cannot send an Authorization header: your backend, which holds the API key, asks for a token and hands it to the browser, which opens `GET /v1/events/stream?access_token=<token>`. The token opens (and re-opens) streams of the same key for STREAM_TOKEN_TTL_S (300) seconds and does nothing else; revoking the key ends it. An open stream is not cut when the token expires.',
      responses: { 201: streamTokenSchema },
      problems: [401, 403],
    },
    async ({ caller }) => events.streamToken(caller),
  );
});
