import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import {
  createCheckpoint,
  createEscalation,
  createMerchant,
  createOffer,
  createWebhookDelivery,
  createWebhookEndpoint,
} from '../factories/objects.js';
import { orderBody } from '../factories/orders.js';
import { book, createResource, slot } from '../factories/resources.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

/**
 * Broken object level authorisation, checked for every operation of openapi.yaml that names an
 * object in its path: keys of every role from a foreign scope (community B1, street B, unit B, a
 * member of B1) get 404 (or 403 where the role may never call the operation), and nothing changes.
 * New endpoints join the matrix by themselves.
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
  default?: unknown;
};

const TABLES = [
  'regions',
  'units',
  'pairings',
  'members',
  'member_report_ins',
  'api_keys',
  'orders',
  'claims',
  'claim_transfers',
  'offers',
  'outbox',
  'domain_events',
  'webhook_endpoints',
  'webhook_deliveries',
  'sla_policies',
  'sla_breaches',
  'escalations',
  'merchants',
  'ledger_accounts',
  'ledger_entries',
  'audit_events',
  'audit_checkpoints',
  'idempotency_keys',
  'categories',
  'resources',
  'bookings',
  'households',
  'household_pairings',
  'visits',
];

describe('BOLA matrix', () => {
  let ctx: TestContext;
  let city: City;
  const ids: Record<string, string> = {};
  let foreignKeys: Record<string, string>;

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    const member = await createMember(ctx.database, {
      communityId: city.communityA1.id,
      unitId: city.unitA.id,
      skills: ['repair'],
    });
    const order = (
      await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: '/v1/orders',
        payload: orderBody(city, { headcount: 2 }),
      })
    ).json();
    const claim = (
      await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: `/v1/orders/${order.id}/claims`,
        payload: { memberId: member.id },
      })
    ).json();
    const offerMember = await createMember(ctx.database, { communityId: city.communityA1.id });
    const offerId = await createOffer(ctx.database, { orderId: order.id, memberId: offerMember.id });
    const transfer = (
      await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: `/v1/orders/${order.id}/claims/${claim.id}/transfers`,
        payload: { kind: 'offer', toMemberId: offerMember.id },
      })
    ).json();
    const endpointId = await createWebhookEndpoint(ctx.database, { regionId: city.communityA1.id });
    const deliveryId = await createWebhookDelivery(ctx.database, { endpointId });
    const escalationId = await createEscalation(ctx.database, { orderId: order.id, region: city.streetA });
    const merchantId = await createMerchant(ctx.database, { region: city.streetA });
    const checkpointId = await createCheckpoint(ctx.database);
    const resource = await createResource(ctx, city, {
      owner: { type: 'community', id: city.communityA1.id },
      kind: 'venue',
      name: 'Meeting room',
      capacity: 2,
    });
    const booking = (
      await book(ctx, city.keys.unitA, resource.id, { type: 'unit', id: city.unitA.id }, slot(ctx, 2, 9, 10))
    ).json();
    const household = (
      await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: '/v1/households',
        payload: { name: 'Household A1', phone: '13800138001', address: 'Building 1' },
      })
    ).json();
    const householdPairing = (
      await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: `/v1/households/${household.id}/pairings`,
        payload: {
          memberId: member.id,
          rrule: 'FREQ=MONTHLY;BYMONTHDAY=5',
          startsAt: '2030-01-01T09:00:00Z',
          categoryCode: 'home_visit',
        },
      })
    ).json();
    const { rows } = await ctx.database.pool.query(
      `select id from api_keys where role = 'community_staff' and scope_region_id = $1 limit 1`,
      [city.communityA1.id],
    );
    Object.assign(ids, {
      orders: order.id,
      claimId: claim.id,
      regions: city.communityA1.id,
      units: city.unitA.id,
      members: member.id,
      'api-keys': rows[0].id,
      offers: offerId,
      'claim-transfers': transfer.id,
      'webhook-endpoints': endpointId,
      'webhook-deliveries': deliveryId,
      escalations: escalationId,
      merchants: merchantId,
      'audit/checkpoints': checkpointId,
      resources: resource.id,
      bookings: booking.id,
      households: household.id,
      'household-pairings': householdPairing.id,
      'ops/failed-jobs': 'maintenance:no-such-job',
      categoryCode: 'errand',
      priority: 'urgent',
    });
    const foreignMember = await createMember(ctx.database, {
      communityId: city.communityB1.id,
      unitId: city.unitB.id,
    });
    foreignKeys = {
      community_staff: city.keys.staffB1,
      street_officer: city.keys.streetB,
      unit_admin: city.keys.unitB,
      member: await createKey(ctx.database, 'member', { memberId: foreignMember.id }),
      ops: await createKey(ctx.database, 'ops', { regionId: city.streetB.id }),
    };
  });
  afterAll(async () => ctx.close());

  function idFor(path: string, param: string): string {
    if (param !== 'id') return ids[param] ?? 'unknown';
    const resource = Object.keys(ids).find((r) => path.startsWith(`/v1/${r}/`));
    return resource ? ids[resource]! : '01900000-0000-7000-8000-000000000000';
  }

  function example(schema: Schema | undefined, name: string, doc: Record<string, unknown>): unknown {
    if (!schema) return undefined;
    if (schema.$ref) {
      const ref = schema.$ref.replace('#/components/schemas/', '');
      return example((doc.components as { schemas: Record<string, Schema> }).schemas[ref], name, doc);
    }
    const branch = schema.anyOf ?? schema.oneOf;
    if (branch) return example(branch.find((s) => s.type !== 'null') ?? branch[0], name, doc);
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => example(s, name, doc) as object));
    if (schema.enum) return schema.enum[0];
    if (schema.const !== undefined) return schema.const;
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    switch (type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        // All-optional bodies (PATCH) get their first field, so the request is valid and reaches the scope check.
        const keys = schema.required?.length
          ? schema.required
          : Object.keys(schema.properties ?? {}).slice(0, 1);
        for (const key of keys) out[key] = example(schema.properties?.[key], key, doc);
        return out;
      }
      case 'array':
        return Array.from({ length: schema.minItems ?? 0 }, () => example(schema.items, name, doc));
      case 'integer':
      case 'number':
        return Math.max(schema.minimum ?? 1, (schema.exclusiveMinimum ?? 0) + 1);
      case 'boolean':
        return true;
      case 'string': {
        if (schema.format === 'uuid') return ids.members;
        if (schema.format === 'date') return '2030-01-01';
        // An end (endsAt) comes a day after its start.
        if (schema.format === 'date-time')
          return new Date(Date.now() + (name === 'endsAt' ? 2 : 1) * 86_400_000).toISOString();
        if (schema.format === 'uri' || name === 'url') return 'https://example.org/hook';
        if (name === 'phone') return '13800138000';
        if (/Within$|Period$/.test(name)) return 'PT1H';
        return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
      }
      default:
        return undefined;
    }
  }

  it('answers 404 or 403 to every foreign role on every operation with an object in its path, and changes nothing', async () => {
    const doc = YAML.parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Record<
      string,
      unknown
    >;
    const paths = doc.paths as Record<
      string,
      Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>
    >;
    const failures: string[] = [];
    let calls = 0;
    let operations = 0;
    for (const [template, methods] of Object.entries(paths)) {
      if (!template.includes('{') || !template.startsWith('/v1/')) continue;
      for (const [method, op] of Object.entries(methods)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        operations += 1;
        const url = template.replace(/\{(\w+)\}/g, (_, p: string) => encodeURIComponent(idFor(template, p)));
        const schema = op.requestBody?.content?.['application/json']?.schema;
        const payload = schema ? example(schema, 'body', doc) : undefined;
        for (const [role, key] of Object.entries(foreignKeys)) {
          const before = method === 'get' ? null : await countRows(ctx.database, TABLES);
          const res = await call(ctx, key, {
            method: method.toUpperCase() as 'GET',
            url,
            ...(payload !== undefined ? { payload: payload as object } : {}),
            headers: { 'if-match': '"v1"' },
          });
          calls += 1;
          if (res.statusCode !== 404 && res.statusCode !== 403)
            failures.push(
              `${method.toUpperCase()} ${template} as ${role}: ${res.statusCode} ${res.body.slice(0, 200)}`,
            );
          if (before) {
            const after = await countRows(ctx.database, TABLES);
            if (JSON.stringify(after) !== JSON.stringify(before))
              failures.push(`${method.toUpperCase()} ${template} as ${role} changed rows`);
          }
        }
      }
    }
    console.log(
      `BOLA matrix: ${operations} operations × ${Object.keys(foreignKeys).length} foreign roles = ${calls} calls`,
    );
    expect(failures).toEqual([]);
    expect(operations).toBeGreaterThan(20);
  }, 120_000);
});
