import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Cursors are opaque: a list refuses any cursor it did not hand out, before a query runs. */
describe('list cursors', () => {
  let ctx: TestContext;
  let city: City;
  let lists: string[];
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    const paths = (ctx.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    lists = Object.entries(paths)
      .filter(([, ops]) =>
        ((ops.get as { parameters?: { name: string; in: string }[] })?.parameters ?? []).some(
          (p) => p.in === 'query' && p.name === 'cursor',
        ),
      )
      .map(([path]) => path.replace(/\{[^}]+\}/g, randomUUID()));
  });
  afterAll(async () => ctx.close());

  it('covers every list that pages by cursor', () => {
    const named = [
      'api-keys',
      'regions',
      'units',
      'members',
      'orders',
      'offers',
      'escalations',
      'merchants',
      'webhook-endpoints',
      'audit/checkpoints',
      'sla/breaches',
    ];
    expect(lists).toEqual(expect.arrayContaining(named.map((n) => `/v1/${n}`)));
    expect(lists.length).toBeGreaterThanOrEqual(16);
  });

  it('answers 400 validation_failed at querystring.cursor to a crafted cursor on every list, for any key', async () => {
    const crafted = [
      'MA', // "0"
      '-'.repeat(36),
      base64url('-'.repeat(36)),
      base64url('00000000-0000-0000-0000-00000000000G'),
      base64url(randomUUID().toUpperCase()),
      base64url(`${randomUUID()}x`),
      `${base64url(randomUUID())}==`,
      base64url('routine|x'),
    ];
    const failures: string[] = [];
    for (const key of [city.keys.admin, city.keys.staffA1]) {
      for (const list of lists) {
        for (const cursor of crafted) {
          const res = await call(ctx, key, {
            method: 'GET',
            url: `${list}?cursor=${encodeURIComponent(cursor)}`,
          });
          const body = res.json();
          if (
            res.statusCode !== 400 ||
            body.code !== 'validation_failed' ||
            body.errors?.[0]?.path !== 'querystring.cursor'
          )
            failures.push(`${list} ${cursor}: ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(ctx.logs.filter((l) => l.level === 50)).toEqual([]);
  });

  it('still pages with the cursors it hands out', async () => {
    for (const list of ['/v1/regions', '/v1/categories', '/v1/api-keys']) {
      const first = await call(ctx, city.keys.admin, { method: 'GET', url: `${list}?limit=2` });
      expect(first.statusCode, list).toBe(200);
      const { items, nextCursor } = first.json();
      expect(nextCursor, list).toEqual(expect.any(String));
      const next = await call(ctx, city.keys.admin, {
        method: 'GET',
        url: `${list}?limit=2&cursor=${nextCursor}`,
      });
      expect(next.statusCode, list).toBe(200);
      expect(next.json().items.length, list).toBeGreaterThan(0);
      expect(next.json().items[0], list).not.toEqual(items[0]);
    }
  });
});
