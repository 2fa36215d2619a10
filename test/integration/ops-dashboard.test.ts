import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys } from '../../src/db/schema/index.js';
import { type City, createCity, createKey } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const queueNames = ['bookings', 'maintenance', 'matching', 'offers', 'sla', 'webhooks'];

describe('queue dashboard (bull-board) behind /admin/login', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const login = (apiKey: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/admin/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ apiKey }).toString(),
    });

  /** Logs in and returns the `name=value` pair to send back as the Cookie header. */
  async function session(apiKey: string): Promise<string> {
    const res = await login(apiKey);
    expect(res.statusCode).toBe(303);
    const setCookie = String(res.headers['set-cookie']);
    return setCookie.split(';')[0]!;
  }

  const get = (url: string, cookie?: string) =>
    ctx.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('sends a browser without a session to the login form, and API calls get 401', async () => {
    for (const url of ['/admin/queues', '/admin/queues/view/', '/admin/queues/manage/queue/events']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(302);
      expect(res.headers.location).toBe('/admin/login');
    }
    const api = await get('/admin/queues/view/api/queues');
    expect(api.statusCode).toBe(401);
    expect(api.json()).toMatchObject({ code: 'unauthorized' });
    const form = await get('/admin/login');
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toContain('text/html');
    expect(form.body).toContain('<form method="post" action="/admin/login">');
  });

  it('refuses unknown keys, other roles and empty forms without setting a cookie', async () => {
    const cases: [string, number, string][] = [
      ['wd_nope_notarealkeyatall000000000', 401, 'unknown, revoked or expired'],
      [city.keys.staffA1, 403, 'Only ops and admin keys'],
      ['', 400, 'Paste an API key'],
    ];
    for (const [key, status, text] of cases) {
      const res = await login(key);
      expect(res.statusCode).toBe(status);
      expect(res.body).toContain(text);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('an ops login sets an HttpOnly, SameSite=Strict session for 8 hours and opens the read-only board', async () => {
    const res = await login(city.keys.ops);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/queues');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^wd_admin_session=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Max-Age=28800');
    expect(setCookie).toContain('Path=/admin');
    expect(setCookie).not.toContain(city.keys.ops);
    const cookie = setCookie.split(';')[0]!;

    const entry = await get('/admin/queues', cookie);
    expect(entry.statusCode).toBe(302);
    expect(entry.headers.location).toBe('/admin/queues/view/');
    const page = await get('/admin/queues/view/', cookie);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const api = await get('/admin/queues/view/api/queues', cookie);
    expect(api.statusCode).toBe(200);
    const queues = api.json().queues as { name: string; readOnlyMode: boolean }[];
    expect(queues.map((q) => q.name).sort()).toEqual(queueNames);
    expect(queues.every((q) => q.readOnlyMode)).toBe(true);
  });

  it('keeps ops read-only: the manage board is 403 and the read-only board refuses changes', async () => {
    const cookie = await session(city.keys.ops);
    const job = await ctx.queues.get('maintenance').add('stuck', { kind: 'no_shows' }, { delay: 3_600_000 });
    const manage = await get('/admin/queues/manage/', cookie);
    expect(manage.statusCode).toBe(403);
    expect(manage.json()).toMatchObject({ code: 'forbidden' });
    const promoteViaManage = await ctx.app.inject({
      method: 'PUT',
      url: `/admin/queues/manage/api/queues/maintenance/${job.id}/promote`,
      headers: { cookie },
    });
    expect(promoteViaManage.statusCode).toBe(403);
    const encoded = await ctx.app.inject({
      method: 'PUT',
      url: `/admin/queues/%6Danage/api/queues/maintenance/${job.id}/promote`,
      headers: { cookie },
    });
    expect([403, 404]).toContain(encoded.statusCode);
    const promoteViaView = await ctx.app.inject({
      method: 'PUT',
      url: `/admin/queues/view/api/queues/maintenance/${job.id}/promote`,
      headers: { cookie },
    });
    expect(promoteViaView.statusCode).toBe(405);
    expect(await job.getState()).toBe('delayed');
    await job.remove();
  });

  it('an admin login opens the manage board, whose actions change jobs', async () => {
    const cookie = await session(city.keys.admin);
    const entry = await get('/admin/queues', cookie);
    expect(entry.headers.location).toBe('/admin/queues/manage/');
    const api = await get('/admin/queues/manage/api/queues', cookie);
    expect(api.statusCode).toBe(200);
    expect((api.json().queues as { readOnlyMode: boolean }[]).every((q) => !q.readOnlyMode)).toBe(true);
    const job = await ctx.queues.get('maintenance').add('later', { kind: 'no_shows' }, { delay: 3_600_000 });
    const promote = await ctx.app.inject({
      method: 'PUT',
      url: `/admin/queues/manage/api/queues/maintenance/${job.id}/promote`,
      headers: { cookie },
    });
    expect(promote.statusCode).toBe(204);
    expect(await job.getState()).toBe('waiting');
    await job.remove();
  });

  it('ends a session that is tampered with, expired, or whose key was revoked', async () => {
    const cookie = await session(city.keys.ops);
    const [name, value] = cookie.split('=') as [string, string];
    const forged = `${name}=${value.replace(/\.(\d+)\./, (_m, exp: string) => `.${Number(exp) + 86_400_000}.`)}`;
    expect((await get('/admin/queues/view/', forged)).statusCode).toBe(302);

    ctx.clock.advance(8 * 3600 * 1000 + 1000);
    expect((await get('/admin/queues/view/', cookie)).statusCode).toBe(302);
    ctx.clock.advance(-(8 * 3600 * 1000 + 1000));
    expect((await get('/admin/queues/view/', cookie)).statusCode).toBe(200);

    const opsKey = await createKey(ctx.database, 'ops');
    const revocable = await session(opsKey);
    expect((await get('/admin/queues/view/', revocable)).statusCode).toBe(200);
    const prefix = opsKey.split('_')[1]!;
    await ctx.database.db
      .update(apiKeys)
      .set({ revokedAt: ctx.clock.now() })
      .where(eq(apiKeys.prefix, prefix));
    expect((await get('/admin/queues/view/', revocable)).statusCode).toBe(302);
  });

  it('keeps the dashboard routes out of the OpenAPI document', async () => {
    const spec = (await ctx.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(spec.paths).filter((p) => p.startsWith('/admin'))).toEqual([]);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/metrics',
        '/v1/ops/queues',
        '/v1/ops/failed-jobs',
        '/v1/ops/failed-jobs/{id}/retry',
      ]),
    );
  });
});
