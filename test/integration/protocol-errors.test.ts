import { connect, createServer } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { waitForDependencies } from '../../src/startup.js';
import { type City, call, countRows, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

interface Answer {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

/** A problem document with the headers every answer carries: helmet's and the request id. */
function expectProblem(res: Answer, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  const body = JSON.parse(res.body);
  expect(body).toMatchObject({ status, code, type: expect.stringContaining('/problems/') });
  expect(res.headers['x-request-id']).toBe(body.requestId);
  return body;
}

/** Sends raw HTTP/1.1 and reads the answer until the server closes the connection. */
function rawRequest(port: number, request: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ statusCode: Number(statusLine.split(' ')[1]), headers, body });
    });
    socket.write(request);
  });
}

/** Errors answered before a route runs, or by no route at all, are problem documents too. */
describe('protocol errors', () => {
  let ctx: TestContext;
  let city: City;
  const tables = ['regions', 'audit_events', 'idempotency_keys'];
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const region = { name: 'r', level: 'grid', parentId: '' };

  it('answers a path parameter over 100 characters with 414', async () => {
    const res = await call(ctx, city.keys.admin, { method: 'GET', url: `/v1/orders/${'a'.repeat(120)}` });
    expectProblem(res, 414, 'uri_too_long');
    const open311 = await call(ctx, null, {
      method: 'GET',
      url: `/open311/v2/requests/${'a'.repeat(120)}.json`,
    });
    expectProblem(open311, 414, 'uri_too_long');
  });

  it('answers headers larger than the server takes with 431, before fastify sees the request', async () => {
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const res = await rawRequest(
      port,
      `GET /v1/regions HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expectProblem(res, 431, 'headers_too_large');
    const garbage = await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n');
    expectProblem(garbage, 400, 'bad_request');
  });

  it('answers 415, 413 and malformed JSON as problem documents, and writes nothing', async () => {
    const before = await countRows(ctx.database, tables);
    const payload = { ...region, parentId: city.communityA1.id };
    const send = (body: string, contentType: string) =>
      call(ctx, city.keys.admin, {
        method: 'POST',
        url: '/v1/regions',
        payload: body,
        headers: { 'content-type': contentType, 'idempotency-key': `k-${Math.random()}` },
      });
    expectProblem(await send(JSON.stringify(payload), 'application/xml'), 415, 'unsupported_media_type');
    expectProblem(
      await send(JSON.stringify({ ...payload, name: 'x'.repeat(1_100_000) }), 'application/json'),
      413,
      'payload_too_large',
    );
    expectProblem(await send('{"name": ', 'application/json'), 400, 'bad_request');
    const noBody = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/audit/checkpoints',
      payload: '{',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(noBody, 400, 'bad_request');
    expect(await countRows(ctx.database, tables)).toEqual(before);
  });

  it('answers 406 when Accept admits none of the media types of the operation', async () => {
    const get = (url: string, accept: string) =>
      call(ctx, city.keys.admin, { method: 'GET', url, headers: { accept } });
    for (const accept of ['text/html', 'application/xml, text/*;q=0.5', 'application/json;q=0, text/html']) {
      const body = expectProblem(await get('/v1/regions', accept), 406, 'not_acceptable');
      expect(body.detail).toContain('application/json');
    }
    for (const accept of [
      '*/*',
      'application/json',
      'application/problem+json',
      'application/*',
      'text/html, application/json;q=0.1',
      'APPLICATION/JSON; charset=utf-8',
    ])
      expect((await get('/v1/regions', accept)).statusCode, accept).toBe(200);
    expectProblem(await get('/metrics', 'application/json'), 406, 'not_acceptable');
    expect((await get('/metrics', 'text/plain;version=0.0.4')).statusCode).toBe(200);
    const csv = await get(`/v1/reports/summary?regionId=${city.district.id}`, 'text/csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    // Open311 takes its format from the URL, as GeoReport v2 asks.
    expect((await get('/open311/v2/services.xml', 'application/xml')).statusCode).toBe(200);
  });

  it('answers a known path asked with another method with 405 and Allow; an unknown path stays 404', async () => {
    const cases: [string, string, string][] = [
      ['TRACE', '/v1/orders', 'GET, HEAD, POST'],
      ['PUT', '/v1/orders', 'GET, HEAD, POST'],
      ['DELETE', `/v1/orders/${city.communityA1.id}`, 'GET, HEAD, PATCH'],
      ['POST', `/v1/regions/${city.communityA1.id}`, 'GET, HEAD, PATCH'],
      ['GET', '/v1/redemptions', 'POST'],
      ['PATCH', '/healthz', 'GET, HEAD'],
      ['TRACE', `/v1/orders/${'a'.repeat(120)}`, 'GET, HEAD, PATCH'],
    ];
    for (const [method, url, allow] of cases) {
      const res = await call(ctx, city.keys.admin, { method: method as 'GET', url });
      expectProblem(res, 405, 'method_not_allowed');
      expect(res.headers.allow, `${method} ${url}`).toBe(allow);
    }
    for (const [method, url] of [
      ['TRACE', '/v1/nowhere'],
      ['GET', '/v1/orders/x/y/z'],
      ['DELETE', '/nowhere'],
    ] as const) {
      const res = await call(ctx, city.keys.admin, { method, url });
      expectProblem(res, 404, 'route_not_found');
      expect(res.headers.allow).toBeUndefined();
    }
    // Without CORS origins, OPTIONS is left to CORS and answers as before.
    const options = await call(ctx, city.keys.admin, { method: 'OPTIONS', url: '/v1/orders' });
    expectProblem(options, 404, 'route_not_found');

    const open311 = await call(ctx, null, { method: 'DELETE', url: '/open311/v2/services.json' });
    expect(open311.statusCode).toBe(405);
    expect(open311.headers.allow).toBe('GET, HEAD');
    expect(open311.json()).toEqual([
      { code: 405, description: '/open311/v2/services.json answers GET, HEAD, not DELETE' },
    ]);
  });

  it('documents those statuses on every operation where they can happen', () => {
    const doc = ctx.app.swagger() as unknown as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, object> }> }>
      >;
    };
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const open311 = path.startsWith('/open311/');
        const expected = ['400', '431'];
        if (path.includes('{')) expected.push('414');
        if (!open311) expected.push('406');
        if (!open311 && method !== 'get') expected.push('413', '415');
        for (const status of expected) {
          const content = op.responses[status]?.content;
          // A 400 is the operation's own (Open311 answers it in its own format); the others are added here.
          const documented = status === '400' ? content : content?.['application/problem+json'];
          if (!documented) missing.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the start-up probe', () => {
  it('answers requests other than the probes with a 503 problem document while it waits', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      REDIS_URL: 'redis://127.0.0.1:1',
      HOST: '127.0.0.1',
      PORT: String(port),
      STARTUP_TIMEOUT_S: '3',
    });
    const waiting = waitForDependencies(config, pino({ level: 'silent' }), { api: true }).catch((e) => e);
    await new Promise((r) => setTimeout(r, 300));
    const res = await fetch(`http://127.0.0.1:${port}/v1/orders`);
    const answer = {
      statusCode: res.status,
      headers: Object.fromEntries(res.headers),
      body: await res.text(),
    };
    expectProblem(answer, 503, 'service_unavailable');
    expect(answer.headers['retry-after']).toBe('5');
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'starting', waitingFor: ['postgres', 'redis'] });
    expect(await waiting).toBeInstanceOf(Error);
  });
});
