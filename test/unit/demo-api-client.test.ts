import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/cli/demo/api-client.js';

interface Seen {
  method: string;
  url: string;
  key: string | undefined;
  body: string;
}

/**
 * An HTTP server that answers the first `failures.length` requests with the given failure (a status,
 * a dropped connection, or no answer at all) and every later one with `final`.
 */
async function flakyServer(
  failures: (number | 'drop' | 'hang')[],
  final: { status: number; body: unknown } = { status: 201, body: { id: 'o-1' } },
) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const n = seen.length;
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        key: req.headers['idempotency-key'] as string | undefined,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const failure = failures[n];
      if (failure === 'drop') return req.socket.destroy();
      if (failure === 'hang') return;
      const [status, body] =
        failure === undefined
          ? [final.status, final.body]
          : [failure, { type: 'about:blank', status: failure, code: 'unavailable' }];
      res.writeHead(status, { 'content-type': 'application/problem+json', 'retry-after': '0' });
      res.end(JSON.stringify(body));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  return { baseUrl: `http://127.0.0.1:${port}`, seen };
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

const fast = { minDelayMs: 5, maxDelayMs: 20, timeoutMs: 2_000 };

describe('the simulation API client', () => {
  it('retries 503, 502 and 504 with the same Idempotency-Key and body until the service answers', async () => {
    const { baseUrl, seen } = await flakyServer([503, 502, 504, 503]);
    const api = createApiClient(baseUrl, fast);
    const r = await api.call('POST', '/v1/orders', 'k', {
      body: { title: 'x' },
      headers: { 'idempotency-key': 'demo-1' },
    });
    expect(r).toEqual({ status: 201, body: { id: 'o-1' }, retried: true });
    expect(seen).toHaveLength(5);
    expect(new Set(seen.map((s) => `${s.method} ${s.url} ${s.key} ${s.body}`))).toEqual(
      new Set(['POST /v1/orders demo-1 {"title":"x"}']),
    );
    expect(api.outcomes.get('POST /v1/orders 503 unavailable (retried)')).toBe(2);
    expect(api.outcomes.get('POST /v1/orders 201')).toBe(1);
  });

  it('retries a dropped connection and a request that gets no answer in time', async () => {
    const { baseUrl, seen } = await flakyServer(['drop', 'hang', 'drop']);
    const api = createApiClient(baseUrl, { ...fast, timeoutMs: 300 });
    const r = await api.call('POST', '/v1/orders/a/claims/b/complete', 'k', { body: { hours: 1 } });
    expect(r.status).toBe(201);
    expect(r.retried).toBe(true);
    expect(seen).toHaveLength(4);
    expect(api.outcomes.get('POST /v1/orders/a/claims/b/complete network error (retried)')).toBe(3);
  });

  it('retries 429 and a 409 idempotency_in_progress, and nothing else', async () => {
    const retried = await flakyServer([429]);
    expect((await createApiClient(retried.baseUrl, fast).call('GET', '/v1/offers', 'k')).status).toBe(201);
    expect(retried.seen).toHaveLength(2);

    const refused = await flakyServer([], { status: 409, body: { code: 'order_full' } });
    const r = await createApiClient(refused.baseUrl, fast).call('POST', '/v1/offers/x/accept', 'k');
    expect(r).toEqual({ status: 409, body: { code: 'order_full' }, retried: false });
    expect(refused.seen).toHaveLength(1);

    const failed = await flakyServer([], { status: 500, body: { code: 'internal' } });
    expect((await createApiClient(failed.baseUrl, fast).call('GET', '/v1/offers', 'k')).status).toBe(500);
    expect(failed.seen).toHaveLength(1);
  });

  it('answers the last failure once its retry time is spent', async () => {
    const { baseUrl, seen } = await flakyServer(Array(1000).fill(503));
    const api = createApiClient(baseUrl, { ...fast, maxRetryMs: 300 });
    const r = await api.call('GET', '/v1/offers', 'k');
    expect(r.status).toBe(503);
    expect(seen.length).toBeGreaterThan(2);
    expect(api.outcomes.get('GET /v1/offers 503 (gave up)')).toBe(1);
  });
});
