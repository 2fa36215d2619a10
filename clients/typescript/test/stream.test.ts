import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProblem, createWhistleClient, type ReconnectInfo } from '../src/index.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * A stand-in for `GET /v1/events/stream` that serves each connection with the next handler of a
 * script, so a test can end, break, drop and stall connections the way networks and servers do.
 */
describe('event stream iterator against a scripted SSE peer', () => {
  let server: http.Server;
  let baseUrl: string;
  let script: Handler[] = [];
  const connections: Array<{
    lastEventId: string | undefined;
    url: string;
    authorization: string | undefined;
  }> = [];

  const open = (res: http.ServerResponse, position?: string) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    // As the service begins a stream: the reconnection time and where the stream stands.
    res.write(`retry: 20\n${position ? `id: ${position}\n` : ''}\n`);
  };
  // As the service writes an event: its cursor as the SSE id, the feed item as the data.
  const event = (n: number) =>
    `id: c${n}\ndata: ${JSON.stringify({ id: `e${n}`, cursor: `c${n}`, type: 'offer.created', data: { n } })}\n\n`;
  const events = (from: number, to: number) => {
    let out = '';
    for (let i = from; i <= to; i++) out += event(i);
    return out;
  };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      connections.push({
        lastEventId: req.headers['last-event-id'] as string | undefined,
        url: req.url ?? '',
        authorization: req.headers.authorization,
      });
      const handler = script.shift();
      if (handler) handler(req, res);
      else res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('resumes with Last-Event-ID after a broken connection, a drop, a 503, a silent connection and an end, losing and repeating nothing', async () => {
    connections.length = 0;
    script = [
      // A new stream: the service says where it starts, then the network breaks before any event.
      (_req, res) => {
        open(res, 'c0');
        setTimeout(() => res.socket?.destroy(), 30);
      },
      // Three events, then the network breaks again.
      (_req, res) => {
        open(res, 'c0');
        res.write(`: heartbeat\n\n${events(1, 3)}`);
        setTimeout(() => res.socket?.destroy(), 30);
      },
      // The server drops a reader that fell behind.
      (_req, res) => {
        open(res, 'c3');
        res.end(`${events(4, 5)}event: dropped\ndata: {"reason":"slow_reader","detail":"…"}\n\n`);
      },
      // A replica that cannot take the stream yet.
      (_req, res) =>
        res.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '1' }).end('{}'),
      // A connection that goes silent: no event, no heartbeat.
      (_req, res) => {
        open(res, 'c5');
        res.write(': heartbeat\n\n');
      },
      // An event split across writes, then a clean end (a restart).
      (_req, res) => {
        open(res, 'c5');
        const text = event(6);
        res.write(text.slice(0, 9));
        setTimeout(() => res.end(text.slice(9)), 20);
      },
      (_req, res) => {
        open(res, 'c6');
        res.write(`: heartbeat\n\n${events(7, 8)}`);
      },
    ];
    const reconnects: ReconnectInfo[] = [];
    const client = createWhistleClient({ baseUrl, apiKey: 'unit-key' });
    const received: string[] = [];
    const started = Date.now();
    for await (const e of client.stream({
      query: { types: 'offer.created,offer.expired', orderId: undefined },
      idleTimeoutMs: 300,
      baseDelayMs: 10,
      onReconnect: (info) => reconnects.push(info),
    })) {
      expect(e).toMatchObject({ type: 'offer.created', id: `e${e.data.n}` });
      received.push(e.cursor);
      if (e.cursor === 'c8') break;
    }
    expect(received).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']);
    expect(connections.map((c) => c.lastEventId)).toEqual([undefined, 'c0', 'c3', 'c5', 'c5', 'c5', 'c6']);
    expect(connections[0]).toMatchObject({
      url: '/v1/events/stream?types=offer.created%2Coffer.expired',
      authorization: 'Bearer unit-key',
    });
    expect(reconnects.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^connection failed/),
      expect.stringMatching(/^connection failed/),
      'dropped by the server: slow_reader',
      'HTTP 503',
      'no heartbeat for 300 ms',
      'the server ended the stream',
    ]);
    expect(reconnects[2]!.delayMs).toBe(0);
    expect(reconnects[3]!.delayMs).toBe(1_000);
    expect(reconnects[5]!.delayMs).toBe(20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_300);
  });

  it('starts after a given cursor and ends when its signal aborts', async () => {
    connections.length = 0;
    script = [
      (_req, res) => {
        open(res, 'c10');
        res.write(events(11, 12));
      },
    ];
    const abort = new AbortController();
    const client = createWhistleClient({ baseUrl, apiKey: 'k' });
    const received: string[] = [];
    for await (const e of client.stream({ lastEventId: 'c10', signal: abort.signal })) {
      received.push(e.cursor);
      if (e.cursor === 'c12') abort.abort();
    }
    expect(received).toEqual(['c11', 'c12']);
    expect(connections.map((c) => c.lastEventId)).toEqual(['c10']);
  });

  it('throws a refusal other than 429 and 5xx as an ApiProblem (410: the cursor is older than the feed keeps)', async () => {
    script = [
      (_req, res) =>
        res.writeHead(410, { 'content-type': 'application/problem+json' }).end(
          JSON.stringify({
            type: 'about:blank',
            title: 'Gone',
            status: 410,
            detail: 'the cursor is older than the retention',
            code: 'cursor_expired',
            requestId: 'r1',
          }),
        ),
    ];
    const client = createWhistleClient({ baseUrl, apiKey: 'k' });
    const failure = await (async () => {
      for await (const _ of client.stream({ lastEventId: 'c0' })) return null;
      return null;
    })().catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect(failure).toMatchObject({ status: 410, code: 'cursor_expired', requestId: 'r1' });
  });
});
