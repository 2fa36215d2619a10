import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderBody } from '../../../test/factories/orders.js';
import { startTcpProxy } from '../../../test/helpers/tcp-proxy.js';
import type { FeedEvent, ReconnectInfo, RequestBody } from '../src/index.js';
import { type RunningService, startService } from './service.js';

describe('event feed and stream through the client, against the service', () => {
  let service: RunningService;
  const publish = async (title: string) => {
    const client = service.client(service.city.keys.staffA1);
    const body = orderBody(service.city, { title }) as RequestBody<'/v1/orders', 'post'>;
    return (await client.post('/v1/orders', { body })).id;
  };
  const until = async (check: () => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  beforeAll(async () => {
    service = await startService({ STREAM_HEARTBEAT_S: '1' });
  });
  afterAll(async () => service?.close());

  it('pages through the feed, and the stream resumes at a cursor of the feed', async () => {
    const client = service.client(service.city.keys.staffA1);
    const orders = [await publish('feed 1'), await publish('feed 2'), await publish('feed 3')];
    const feed: FeedEvent[] = [];
    for await (const event of client.paginate('/v1/events', {
      params: { query: { types: 'order.published', limit: 2 } },
    }))
      feed.push(event);
    expect(feed.map((e) => e.data.orderId)).toEqual(orders);

    const abort = new AbortController();
    const streamed: FeedEvent[] = [];
    for await (const event of client.stream({
      lastEventId: feed[0]!.cursor,
      query: { types: 'order.published' },
      signal: abort.signal,
    })) {
      streamed.push(event);
      if (streamed.length === 2) abort.abort();
    }
    expect(streamed).toEqual(feed.slice(1));
  });

  it('reconnects by itself with Last-Event-ID while the service is out of reach, missing and repeating nothing', async () => {
    // The stream goes through a proxy the test cuts: the network between the app and the service.
    const { port } = new URL(service.baseUrl);
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(port) });
    const client = service.client(service.city.keys.staffA1, { baseUrl: proxy.urlFor(service.baseUrl) });
    const seenBefore = service.seen.length;
    const abort = new AbortController();
    const received: string[] = [];
    const reconnects: ReconnectInfo[] = [];
    const following = (async () => {
      for await (const event of client.stream({
        query: { types: 'order.published' },
        signal: abort.signal,
        baseDelayMs: 300,
        onReconnect: (info) => reconnects.push(info),
      }))
        received.push(event.data.orderId as string);
    })();
    // The stream is open once the service counts it.
    await until(() => service.seen.slice(seenBefore).some((s) => s.path === '/v1/events/stream'));
    const first = await publish('live 1');
    await until(() => received.length === 1);

    await proxy.cut('refuse');
    const whileAway = [await publish('missed 1'), await publish('missed 2')];
    await until(() => reconnects.length >= 2);
    await proxy.restore();
    await until(() => received.length === 3);
    const after = await publish('live 2');
    await until(() => received.length === 4);
    abort.abort();
    await following;
    await proxy.close();

    expect(received).toEqual([first, ...whileAway, after]);
    // The cut ends the open stream (FIN), then each attempt is refused until the way is back.
    expect(reconnects.map((r) => [r.reason, r.failures])).toEqual([
      ['the server ended the stream', 0],
      ...reconnects.slice(1).map((_, i) => ['connection failed: ECONNREFUSED', i + 1]),
    ]);
    const resumedWith = reconnects[0]!.lastEventId;
    expect(resumedWith).toBeTruthy();
    const streams = service.seen.slice(seenBefore).filter((s) => s.path === '/v1/events/stream');
    expect(streams.map((s) => s.headers.get('last-event-id'))).toEqual([null, resumedWith]);
  });

  it('reconnects after the service ends the stream with `event: dropped` as it shuts down', async () => {
    const stopping = await startService();
    const abort = new AbortController();
    const reconnects: ReconnectInfo[] = [];
    const following = (async () => {
      for await (const _ of stopping.client(stopping.city.keys.staffA1).stream({
        signal: abort.signal,
        baseDelayMs: 50,
        onReconnect: (info) => {
          reconnects.push(info);
          if (reconnects.length === 2) abort.abort();
        },
      }));
    })();
    await until(() => stopping.seen.some((s) => s.path === '/v1/events/stream'));
    await stopping.ctx.app.close();
    await following;
    await stopping.close();
    // Then the closing service answers 503, no longer listens, or resets a connection that reached it
    // while its listener was closing.
    expect(reconnects.map((r) => r.reason)).toEqual([
      'dropped by the server: shutdown',
      expect.stringMatching(/^(HTTP 503|connection failed: (ECONNREFUSED|ECONNRESET))$/),
    ]);
    expect(reconnects[0]!.delayMs).toBe(0);
  });
});
