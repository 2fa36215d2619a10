import http, { type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { EventStream } from '../../src/modules/events/event-stream.js';
import type { FeedEventRow } from '../../src/modules/events/events.repo.js';
import { openSse, type SseConnection } from '../helpers/sse-client.js';

const MAX_BUFFER = 256 * 1024;

const rowAt = (n: number): FeedEventRow => ({
  position: { tx: '1000', id: String(n).padStart(8, '0') },
  type: 'order.updated',
  orderId: null,
  regionPath: null,
  unitIds: [],
  memberId: null,
  timestamp: '2026-12-07T00:00:00.000Z',
  createdAt: new Date(0),
  data: {},
});
const frameOf = (n: number) => Buffer.from(`id: ${n}\ndata: ${'x'.repeat(30_000)}\n\n`);

const servers: http.Server[] = [];
const clients: SseConnection[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** An EventStream on a real HTTP response, read by a real client over loopback. */
async function openStream(): Promise<{ stream: EventStream; res: ServerResponse; client: SseConnection }> {
  let stream!: EventStream;
  let res!: ServerResponse;
  const server = http.createServer((_req, response) => {
    res = response;
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    stream = new EventStream(
      's1',
      response,
      'k1',
      { scope: { kind: 'all' }, types: null, orderId: null },
      rowAt(0).position,
      MAX_BUFFER,
    );
    stream.begin(2_000);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  servers.push(server);
  const client = await openSse(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, '/');
  clients.push(client);
  return { stream, res, client };
}

describe('EventStream', () => {
  it('keeps a stream catching up open through a heartbeat while its reader is behind, and sends every event', async () => {
    const { stream, res, client } = await openStream();
    client.pause();
    // 12 MB: more than the loopback socket buffers hold, so the catch-up waits for the reader.
    const events = 400;
    let sent = 0;
    const caughtUp = (async () => {
      for (let n = 1; n <= events; n++) {
        await stream.sendCaughtUp(rowAt(n), frameOf(n));
        sent = n;
      }
    })();
    while (res.writableLength <= MAX_BUFFER && sent < events) await new Promise((r) => setTimeout(r, 5));
    expect(sent).toBeLessThan(events);
    stream.heartbeat();
    expect(stream.open).toBe(true);
    client.resume();
    await caughtUp;
    const messages = await client.waitFor(events);
    expect(messages.map((m) => m.id)).toEqual(Array.from({ length: events }, (_, i) => String(i + 1)));
    expect(stream.open).toBe(true);
  });

  it('drops a live stream whose reader left more than its buffer unread, at the heartbeat', async () => {
    const { stream, res, client } = await openStream();
    client.pause();
    stream.goLive();
    for (let n = 1; res.writableLength <= MAX_BUFFER; n++)
      stream.deliver({ row: rowAt(n), frame: frameOf(n) });
    expect(stream.open).toBe(true);
    stream.heartbeat();
    expect(stream.open).toBe(false);
    client.resume();
    await client.ended;
    const last = client.messages.at(-1)!;
    expect(last.event).toBe('dropped');
    expect(JSON.parse(last.data)).toMatchObject({ reason: 'slow_reader' });
  });
});
