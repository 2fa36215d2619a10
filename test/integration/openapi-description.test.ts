import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { type City, call, createCity, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

/**
 * openapi.yaml as generated clients, linters and fuzzers read it: every operation named and
 * described, every error documented as the problem document the server sends, and the rules the
 * server enforces stated in the schemas (and refused by the server as stated).
 */
type Schema = Record<string, unknown> & {
  $ref?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
};
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
interface Response {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: Schema }>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, Response>;
}
interface Document {
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const doc = YAML.parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Document;
const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({
    path,
    method,
    op,
    name: `${method.toUpperCase()} ${path}`,
  })),
);
const operation = (method: string, path: string) => doc.paths[path]![method]!;
const resolve = (s: Schema): Schema =>
  s.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop()!]!) : s;
const body = (method: string, path: string) =>
  resolve(operation(method, path).requestBody!.content['application/json']!.schema);
const param = (method: string, path: string, name: string) =>
  operation(method, path).parameters?.find((p) => p.name === name);

/** Every schema object in a value, at any depth. */
function schemasIn(value: unknown, out: Schema[] = []): Schema[] {
  if (Array.isArray(value)) for (const v of value) schemasIn(v, out);
  else if (value && typeof value === 'object') {
    out.push(value as Schema);
    for (const v of Object.values(value)) schemasIn(v, out);
  }
  return out;
}

describe('the OpenAPI description (finding 8)', () => {
  it('gives every operation a stable camelCase verbNoun operationId, a summary and a description', () => {
    expect(operations.length).toBeGreaterThan(80);
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const lacking = operations.filter(
      ({ op }) =>
        !/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(op.operationId ?? '') ||
        !op.summary?.trim() ||
        (op.description?.length ?? 0) < 30,
    );
    expect(lacking.map((o) => o.name)).toEqual([]);
    expect(operation('get', '/v1/orders').operationId).toBe('listOrders');
    expect(operation('post', '/v1/offers/{id}/accept').operationId).toBe('acceptOffer');
  });

  it('declares its tags with descriptions, orders first and ops last, and tags nothing else', () => {
    const declared = (doc.tags ?? []).map((t) => t.name);
    expect(declared[0]).toBe('orders');
    expect(declared.at(-1)).toBe('ops');
    expect(declared.indexOf('offers')).toBeLessThan(declared.indexOf('sla'));
    expect(declared.indexOf('webhooks')).toBeLessThan(declared.indexOf('units'));
    expect(declared.indexOf('reports')).toBeLessThan(declared.indexOf('audit'));
    expect((doc.tags ?? []).filter((t) => !t.description)).toEqual([]);
    const used = new Set(operations.flatMap((o) => o.op.tags ?? []));
    expect([...used].sort()).toEqual([...declared].sort());
  });

  it('has no unused components, and no schema requires a property it does not define', () => {
    const text = JSON.stringify(doc);
    const unused = Object.keys(doc.components.schemas).filter(
      (id) => !text.includes(`"#/components/schemas/${id}"`),
    );
    expect(unused).toEqual([]);
    const undefinedRequired = schemasIn(doc).flatMap((s) =>
      (Array.isArray(s.required) ? s.required : [])
        .filter((name) => !s.properties?.[name])
        .map((name) => `${name} of ${s.description}`),
    );
    expect(undefinedRequired).toEqual([]);
  });
});

describe('what the description promises (finding 7)', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext({
      RATE_LIMIT_ENABLED: 'true',
      RATE_LIMIT_ANONYMOUS: '1',
      RATE_LIMIT_STAFF: '1000',
      RATE_LIMIT_ADMIN: '1000',
    });
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  it('documents every error as application/problem+json, which is what the server sends', async () => {
    const wrong = operations
      .filter((o) => !o.path.startsWith('/open311/') && o.path !== '/readyz')
      .flatMap((o) =>
        Object.entries(o.op.responses)
          .filter(
            ([status, r]) =>
              Number(status) >= 400 && Object.keys(r.content ?? {}).join() !== 'application/problem+json',
          )
          .map(([status]) => `${o.name} ${status}`),
      );
    expect(wrong).toEqual([]);
    for (const [method, path, url] of [
      ['post', '/v1/merchants', '/v1/merchants'],
      ['get', '/v1/merchants/{id}/ledger', `/v1/merchants/${city.unitA.id}/ledger`],
      ['post', '/v1/redemptions', '/v1/redemptions'],
      ['post', '/v1/ledger/adjustments', '/v1/ledger/adjustments'],
      ['get', '/v1/members/{id}/ledger', `/v1/members/${city.unitA.id}/ledger`],
      ['get', '/v1/reports/summary', '/v1/reports/summary'],
      ['get', '/v1/reports/units', '/v1/reports/units'],
      ['get', '/v1/reports/members', '/v1/reports/members'],
    ] as const) {
      const res = await call(ctx, null, {
        method: method.toUpperCase() as 'GET',
        url,
        payload: {},
      });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(Object.keys(operation(method, path).responses[String(res.statusCode)]?.content ?? {})).toEqual([
        'application/problem+json',
      ]);
    }
  });

  it('documents If-Match as required on PATCH /v1/orders/{id}, with 412 and 428', async () => {
    expect(param('patch', '/v1/orders/{id}', 'if-match')).toMatchObject({ in: 'header', required: true });
    expect(Object.keys(operation('patch', '/v1/orders/{id}').responses)).toEqual(
      expect.arrayContaining(['412', '428']),
    );
    const res = await call(ctx, city.keys.admin, {
      method: 'PATCH',
      url: `/v1/orders/${city.unitA.id}`,
      payload: { title: 'x' },
    });
    expect(res.statusCode).toBe(428);
  });

  it('documents 429 with Retry-After wherever the rate limits apply, as the server answers it', async () => {
    const missing = operations
      .filter((o) => o.op.security?.length !== 0)
      .filter((o) => !o.op.responses['429']?.headers?.['retry-after'])
      .map((o) => o.name);
    expect(missing).toEqual([]);
    // Public operations: documented exactly when an anonymous caller over its budget is refused (the
    // limits count the requests that pass validation, so the parameters are valid ones).
    const values: Record<string, string> = {
      format: 'json',
      service_code: 'errand',
      service_request_id: city.unitA.id,
    };
    let address = 1;
    for (const o of operations.filter((x) => x.op.security?.length === 0 && x.method === 'get')) {
      const url = o.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);
      const remoteAddress = `10.16.0.${address++}`;
      await ctx.app.inject({ method: 'GET', url, remoteAddress });
      const second = await ctx.app.inject({ method: 'GET', url, remoteAddress });
      expect(Boolean(o.op.responses['429']), o.name).toBe(second.statusCode === 429);
      if (second.statusCode === 429) expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('states the cursor format, and refuses a cursor outside it', async () => {
    const lists = operations.filter((o) => o.op.parameters?.some((p) => p.name === 'cursor'));
    expect(lists.length).toBeGreaterThan(15);
    expect(
      lists.filter((o) => !param(o.method, o.path, 'cursor')?.schema?.pattern).map((o) => o.name),
    ).toEqual([]);
    const pattern = new RegExp(param('get', '/v1/regions', 'cursor')!.schema!.pattern as string);
    expect(pattern.test('a.b')).toBe(false);
    const res = await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/regions?cursor=a.b' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
  });

  it('states an empty PATCH refused, and coordinates given together', async () => {
    const patches = operations.filter((o) => o.method === 'patch' && o.op.requestBody);
    expect(
      patches
        .filter(({ method, path }) => {
          const s = body(method, path);
          return !(Number(s.minProperties) >= 1 || (s.required?.length ?? 0) > 0);
        })
        .map((o) => o.name),
    ).toEqual([]);
    for (const [method, path] of [
      ['post', '/v1/members'],
      ['patch', '/v1/members/{id}'],
    ] as const)
      expect(body(method, path).dependentRequired).toEqual({ homeLat: ['homeLng'], homeLng: ['homeLat'] });
    expect(body('post', '/v1/regions').dependentRequired).toEqual({
      centerLat: ['centerLng'],
      centerLng: ['centerLat'],
    });
    const member = await createMember(ctx.database, { communityId: city.communityA1.id });
    for (const payload of [{}, { homeLat: 29.7 }]) {
      const res = await call(ctx, city.keys.admin, {
        method: 'PATCH',
        url: `/v1/members/${member.id}`,
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });

  it('documents the bodies that may be left out as optional, and takes them left out', async () => {
    const optional = operations.filter(
      (o) => o.op.requestBody && !(o.op.requestBody as { required?: boolean }).required,
    );
    expect(optional.map((o) => o.name).sort()).toEqual([
      'POST /v1/api-keys/{id}/rotate',
      'POST /v1/bookings/{id}/approve',
      'POST /v1/bookings/{id}/cancel',
      'POST /v1/bookings/{id}/reject',
      'POST /v1/offers/{id}/decline',
      'POST /v1/orders/{id}/claims/{claimId}/check-in',
    ]);
    const key = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/api-keys',
      payload: { name: 'rotated bare', role: 'ops' },
    });
    const rotated = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: `/v1/api-keys/${key.json().id}/rotate`,
    });
    expect(rotated.statusCode).toBe(201);
  });

  it('states the ISO 8601 durations of SLA policies, and refuses text that only contains one', async () => {
    const policy = body('put', '/v1/sla-policies/{categoryCode}/{priority}');
    const pattern = new RegExp(policy.properties!.claimWithin!.pattern as string);
    expect(['PT5S', 'PT2H', 'P1D', 'P1DT12H'].every((d) => pattern.test(d))).toBe(true);
    expect(['xP1D', 'P1Dx', 'P', 'PT', 'P1Y'].some((d) => pattern.test(d))).toBe(false);
    expect(body('post', '/v1/categories').properties!.defaultClaimWithin!.pattern).toBe(pattern.source);
    const res = await call(ctx, city.keys.admin, {
      method: 'PUT',
      url: '/v1/sla-policies/errand/routine',
      payload: { claimWithin: 'xP1D', completeWithin: 'P2D', responseWithin: 'PT2H', maxLevel: 2 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.claimWithin');
  });

  it('states the bounds of points, and in the descriptions the rules JSON Schema cannot say', () => {
    expect(body('post', '/v1/redemptions').properties!.points).toMatchObject({ exclusiveMinimum: 0 });
    expect(body('post', '/v1/ledger/adjustments').properties!.points).toMatchObject({
      minimum: -10_000_000,
      maximum: 10_000_000,
    });
    expect(resolve(body('post', '/v1/orders').properties!.window!).description).toMatch(/after startsAt/);
    expect(body('post', '/v1/units/{id}/pairings').properties!.validTo!.description).toMatch(/validFrom/);
    expect(param('get', '/v1/reports/summary', 'to')!.description).toMatch(/after from/);
    expect(body('post', '/v1/api-keys').properties!.expiresAt!.description).toMatch(/future/);
  });
});
