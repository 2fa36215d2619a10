import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

interface Write {
  method: 'POST' | 'PATCH';
  url: string;
  valid: Record<string, unknown>;
  required: string[];
  wrongType: Record<string, unknown>;
}

/** Bad input gets a problem document naming what is wrong, and changes nothing. */
describe('bad input on the foundation endpoints', () => {
  let ctx: TestContext;
  let city: City;
  let writes: Write[];
  const tables = [
    'regions',
    'units',
    'pairings',
    'members',
    'member_report_ins',
    'api_keys',
    'categories',
    'sla_policies',
    'audit_events',
  ];

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    const member = await createMember(ctx.database, { communityId: city.communityA1.id });
    const [key] = (await ctx.database.pool.query("select id from api_keys where role = 'ops'")).rows;
    writes = [
      {
        method: 'POST',
        url: '/v1/api-keys',
        valid: { name: 'k', role: 'ops' },
        required: ['name', 'role'],
        wrongType: { name: 42 },
      },
      {
        method: 'POST',
        url: `/v1/api-keys/${key.id}/rotate`,
        valid: { gracePeriod: 'PT1H' },
        required: [],
        wrongType: { gracePeriod: 3600 },
      },
      {
        method: 'POST',
        url: '/v1/regions',
        valid: { name: 'r', level: 'grid', parentId: city.communityA1.id },
        required: ['name', 'level'],
        wrongType: { radiusM: '900' },
      },
      {
        method: 'PATCH',
        url: `/v1/regions/${city.communityA1.id}`,
        valid: { name: 'r' },
        required: [],
        wrongType: { centerLat: 'north', centerLng: 1 },
      },
      {
        method: 'POST',
        url: '/v1/units',
        valid: { name: 'u', kind: 'school', regionId: city.district.id },
        required: ['name', 'kind', 'regionId'],
        wrongType: { expectedMembers: 1.5 },
      },
      {
        method: 'PATCH',
        url: `/v1/units/${city.unitA.id}`,
        valid: { name: 'u' },
        required: [],
        wrongType: { expectedMembers: -1 },
      },
      {
        method: 'POST',
        url: `/v1/units/${city.unitA.id}/pairings`,
        valid: { communityId: city.communityA2.id, validFrom: '2030-01-01' },
        required: ['communityId', 'validFrom'],
        wrongType: { validFrom: '1 Jan 2030' },
      },
      {
        method: 'POST',
        url: '/v1/members',
        valid: { name: 'm', phone: '13800000000', communityId: city.communityA1.id },
        required: ['name', 'phone'],
        wrongType: { phone: '138-0000-0000' },
      },
      {
        method: 'PATCH',
        url: `/v1/members/${member.id}`,
        valid: { available: false },
        required: [],
        wrongType: { available: 'no' },
      },
      {
        method: 'POST',
        url: `/v1/members/${member.id}/report-in`,
        valid: { communityId: city.communityA2.id },
        required: ['communityId'],
        wrongType: { communityId: 'A2' },
      },
      {
        method: 'POST',
        url: '/v1/categories',
        valid: {
          code: 'c_x',
          name: 'c',
          nameZh: '测',
          defaultClaimWithin: 'PT1H',
          defaultCompleteWithin: 'PT2H',
        },
        required: ['code', 'name', 'nameZh', 'defaultClaimWithin', 'defaultCompleteWithin'],
        wrongType: { pointsMultiplier: '2' },
      },
    ];
  });
  afterAll(async () => ctx.close());

  const send = (w: Write, payload: unknown, headers: Record<string, string> = {}) =>
    call(ctx, city.keys.admin, {
      method: w.method,
      url: w.url,
      payload: payload as Record<string, unknown>,
      headers,
    });

  it('lists unknown fields, wrong types and missing fields', async () => {
    const before = await countRows(ctx.database, tables);
    for (const w of writes) {
      const unknown = await send(w, { ...w.valid, bogus: true });
      expect(unknown.statusCode, `${w.url} unknown`).toBe(400);
      expect(unknown.headers['content-type']).toContain('application/problem+json');
      expect(unknown.json().code).toBe('validation_failed');
      expect(unknown.json().errors.map((e: { path: string }) => e.path)).toContain('body.bogus');

      const wrong = await send(w, { ...w.valid, ...w.wrongType });
      expect(wrong.statusCode, `${w.url} wrong type`).toBe(400);
      const field = Object.keys(w.wrongType)[0];
      expect(
        wrong.json().errors.map((e: { path: string }) => e.path),
        `${w.url} ${field}`,
      ).toContain(`body.${field}`);

      for (const name of w.required) {
        const { [name]: _dropped, ...rest } = w.valid;
        const missing = await send(w, rest);
        expect(missing.statusCode, `${w.url} without ${name}`).toBe(400);
        expect(missing.json().errors.map((e: { path: string }) => e.path)).toContain(`body.${name}`);
      }
    }
    expect(await countRows(ctx.database, tables)).toEqual(before);
  });

  it('refuses bodies over 1 MiB with 413, other media types with 415 and broken JSON with 400', async () => {
    const before = await countRows(ctx.database, tables);
    const huge = 'x'.repeat(1_100_000);
    for (const w of writes) {
      const big = await send(w, { ...w.valid, name: huge });
      expect(big.statusCode, `${w.url} big`).toBe(413);
      expect(big.json().code).toBe('payload_too_large');

      const binary = await call(ctx, city.keys.admin, {
        method: w.method,
        url: w.url,
        payload: 'name=x',
        headers: { 'content-type': 'application/octet-stream' },
      });
      expect(binary.statusCode, `${w.url} binary`).toBe(415);
      expect(binary.json().code).toBe('unsupported_media_type');

      const broken = await call(ctx, city.keys.admin, {
        method: w.method,
        url: w.url,
        payload: '{"name": ',
        headers: { 'content-type': 'application/json' },
      });
      expect(broken.statusCode, `${w.url} broken`).toBe(400);
      expect(broken.json().code).toBe('bad_request');
    }
    expect(await countRows(ctx.database, tables)).toEqual(before);
  });

  it('refuses malformed ids and page parameters', async () => {
    for (const url of [
      '/v1/regions/not-a-uuid',
      '/v1/units/123',
      '/v1/members/zzz',
      '/v1/units/x/pairings',
    ]) {
      const res = await call(ctx, city.keys.admin, { method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().errors[0].path).toMatch(/^params/);
    }
    for (const url of [
      '/v1/regions?limit=0',
      '/v1/members?limit=abc',
      '/v1/units?limit=201',
      '/v1/api-keys?cursor=bm9wZQ',
      '/v1/regions?level=city',
    ]) {
      const res = await call(ctx, city.keys.admin, { method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    const revoke = await call(ctx, city.keys.admin, { method: 'DELETE', url: '/v1/api-keys/nope' });
    expect(revoke.statusCode).toBe(400);
  });

  it('turns the valid bodies into changes, so the refusals above were about the input', async () => {
    for (const w of writes) {
      const res = await send(w, w.valid);
      expect(res.statusCode, `${w.method} ${w.url}`).toBeLessThan(300);
    }
  });
});
