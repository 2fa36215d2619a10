import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context.js';

describe('health and docs', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('answers liveness and readiness without a key', async () => {
    const live = await ctx.app.inject({ method: 'GET', url: '/healthz' });
    expect(live.statusCode).toBe(200);
    const ready = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.json()).toEqual({ status: 'ok', checks: { postgres: 'ok', redis: 'ok' } });
  });

  it('sends each answer once when the handler sends the reply itself (no "Reply was already sent")', async () => {
    const before = ctx.logs.length;
    // Readiness sends through the reply (with its status) and returns the reply.
    for (let i = 0; i < 3; i++) {
      expect((await ctx.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    }
    const sentTwice = ctx.logs
      .slice(before)
      .filter((l) => (l.err as { code?: string } | undefined)?.code === 'FST_ERR_REP_ALREADY_SENT');
    expect(sentTwice).toEqual([]);
  });

  it('serves OpenAPI 3.1 and the reference page', async () => {
    const spec = await ctx.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(spec.json().openapi).toBe('3.1.0');
    const docs = await ctx.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('answers unknown routes with a problem document carrying the request id', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/v1/nowhere',
      headers: { 'x-request-id': 'req-123' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'route_not_found', status: 404, requestId: 'req-123' });
    expect(res.headers['x-request-id']).toBe('req-123');
  });
});
