import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

/** Browsers on the allow-listed origins may call the API; their preflights need no key. */
describe('CORS', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext({ CORS_ORIGINS: 'https://desk.example.org' });
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const preflight = (origin: string) =>
    ctx.app.inject({
      method: 'OPTIONS',
      url: '/v1/orders',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });

  it('answers a preflight from an allowed origin without a key, and names that origin', async () => {
    const res = await preflight('https://desk.example.org');
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://desk.example.org');
    expect(String(res.headers['access-control-allow-methods'])).toContain('POST');
  });

  it('gives other origins no CORS permission', async () => {
    const res = await preflight('https://elsewhere.example.com');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('still requires a key for the request itself, and lets the allowed origin read the answer', async () => {
    const anonymous = await ctx.app.inject({
      method: 'GET',
      url: '/v1/orders',
      headers: { origin: 'https://desk.example.org' },
    });
    expect(anonymous.statusCode).toBe(401);
    // A refusal carries the security headers and the CORS answer like any other response.
    expect(anonymous.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'access-control-allow-origin': 'https://desk.example.org',
    });
    expect(anonymous.headers['content-security-policy']).toContain("default-src 'self'");
    const keyed = await ctx.app.inject({
      method: 'GET',
      url: '/v1/orders',
      headers: { origin: 'https://desk.example.org', authorization: `Bearer ${city.keys.staffA1}` },
    });
    expect(keyed.statusCode).toBe(200);
    expect(keyed.headers['access-control-allow-origin']).toBe('https://desk.example.org');
  });

  it('refuses an OPTIONS that is not a preflight, without any CORS permission', async () => {
    const res = await ctx.app.inject({ method: 'OPTIONS', url: '/v1/orders' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
