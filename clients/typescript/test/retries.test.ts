import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../../test/factories/index.js';
import { orderBody } from '../../../test/factories/orders.js';
import { ApiProblem, createWhistleClient, type RequestBody } from '../src/index.js';
import { type RunningService, startService } from './service.js';

describe('retries of 429 against the service, with its rate limits low', () => {
  let service: RunningService;
  const staffKey = () =>
    createKey(service.ctx.database, 'community_staff', { regionId: service.city.communityA1.id });
  const statusesOf = (key: string) =>
    service.seen.filter((s) => s.headers.get('authorization') === `Bearer ${key}`).map((s) => s.status);
  const spend = async (key: string, n: number) => {
    const client = service.client(key, { retry: { retries: 0 } });
    for (let i = 0; i < n; i++) await client.get('/v1/categories');
  };

  beforeAll(async () => {
    service = await startService({
      RATE_LIMIT_ENABLED: 'true',
      RATE_LIMIT_WINDOW_S: '2',
      RATE_LIMIT_STAFF: '3',
    });
  });
  afterAll(async () => service?.close());

  it('waits the Retry-After of a 429 and sends a GET again', async () => {
    const key = await staffKey();
    await spend(key, 3);
    const started = Date.now();
    const categories = await service.client(key).get('/v1/categories');
    expect(categories.items.length).toBeGreaterThan(0);
    expect(statusesOf(key)).toEqual([200, 200, 200, 429, 200]);
    const limited = service.seen.findLast((s) => s.status === 429)!;
    const asked = Number(limited.responseHeaders.get('retry-after')) * 1000;
    expect(asked).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(asked - 50);
  });

  it('sends a POST with an Idempotency-Key again, with the same key, and the order is created once', async () => {
    const key = await staffKey();
    await spend(key, 3);
    const title = `retried ${key.slice(-6)}`;
    const created = await service
      .client(key)
      .post('/v1/orders', { body: orderBody(service.city, { title }) as RequestBody<'/v1/orders', 'post'> });
    const posts = service.seen.filter(
      (s) => s.method === 'POST' && s.headers.get('authorization') === `Bearer ${key}`,
    );
    expect(posts.map((p) => p.status)).toEqual([429, 201]);
    expect(posts[0]!.headers.get('idempotency-key')).toBe(posts[1]!.headers.get('idempotency-key'));
    const { rows } = await service.ctx.database.pool.query('select id from orders where title = $1', [title]);
    expect(rows).toEqual([{ id: created.id }]);
  });

  it('does not send again a POST that has no Idempotency-Key, and raises the 429 with its members', async () => {
    const admin = service.client(service.city.keys.admin);
    const order = await admin.post('/v1/orders', {
      body: orderBody(service.city) as RequestBody<'/v1/orders', 'post'>,
    });
    const key = await staffKey();
    await spend(key, 3);
    const refused = await service
      .client(key)
      .post('/v1/orders/{id}/cancel', { params: { path: { id: order.id } }, body: { reason: 'duplicate' } })
      .catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(ApiProblem);
    expect(refused).toMatchObject({ status: 429, code: 'rate_limited', extensions: { limit: 3 } });
    expect(Number((refused as ApiProblem).headers.get('retry-after'))).toBeGreaterThan(0);
    expect(statusesOf(key)).toEqual([200, 200, 200, 429]);
  });

  it('gives up at once when Retry-After asks for longer than maxDelayMs', async () => {
    const key = await staffKey();
    await spend(key, 3);
    await expect(
      service.client(key, { retry: { maxDelayMs: 100 } }).get('/v1/categories'),
    ).rejects.toMatchObject({ code: 'rate_limited' });
    expect(statusesOf(key)).toEqual([200, 200, 200, 429]);
  });
});

describe('retries of 503 from a peer the test starts', () => {
  const emptyPage = { items: [], nextCursor: null };
  let server: http.Server;
  let baseUrl: string;
  const answers: Array<{ status: number; headers?: Record<string, string> }> = [];
  const arrivals: number[] = [];

  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      arrivals.push(Date.now());
      const next = answers.shift() ?? { status: 200 };
      // An HTTP date is whole seconds: two seconds from now leaves between one and two to wait.
      if (next.headers?.['retry-after'] === 'date')
        next.headers['retry-after'] = new Date(Date.now() + 2_000).toUTCString();
      if (next.status === 200) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(emptyPage));
        return;
      }
      res.writeHead(next.status, { 'content-type': 'application/problem+json', ...next.headers }).end(
        JSON.stringify({
          type: 'about:blank',
          title: 'Unavailable',
          status: 503,
          detail: 'later',
          code: 'service_unavailable',
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('honours Retry-After in seconds and as an HTTP date, and backs off when there is none', async () => {
    const client = createWhistleClient({ baseUrl, apiKey: 'k', retry: { baseDelayMs: 50 } });
    arrivals.length = 0;
    answers.push(
      { status: 503, headers: { 'retry-after': '1' } },
      { status: 503, headers: { 'retry-after': 'date' } },
      { status: 503 },
    );
    expect(await client.get('/v1/categories')).toEqual(emptyPage);
    expect(arrivals).toHaveLength(4);
    const gaps = arrivals.slice(1).map((t, i) => t - arrivals[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(950);
    expect(gaps[1]).toBeGreaterThanOrEqual(950);
    expect(gaps[2]).toBeLessThan(500);
  });

  it('stops after `retries` and raises the last answer', async () => {
    const client = createWhistleClient({ baseUrl, retry: { retries: 2, baseDelayMs: 10 } });
    arrivals.length = 0;
    answers.push({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    await expect(client.get('/v1/categories')).rejects.toMatchObject({
      status: 503,
      code: 'service_unavailable',
    });
    expect(arrivals).toHaveLength(3);
    answers.length = 0;
  });
});
