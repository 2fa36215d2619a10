import swagger, { type SwaggerTransformObject } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import YAML from 'yaml';

export const openapiInfo = {
  title: 'Whistle Dispatch API',
  version: '1.0.0',
  description:
    'Dispatch for "community whistles, members respond" (社区吹哨、党员报到): orders, claims, matching, SLAs and escalation, the love bank, and a verifiable audit trail. Errors are RFC 9457 problem documents with a stable `code`.',
};

/** The tags in the order a reader needs them: the work first, the organisation next, operations last. */
export const openapiTags = [
  {
    name: 'orders',
    description:
      'Orders (点单 · 下单): community staff post the work a resident needs; it is published, claimed, done and verified. Reads carry an ETag, and edits name it in If-Match.',
  },
  {
    name: 'offers',
    description:
      "The matcher's invitations: once an order is published, members are ranked (the score parts are on each offer) and offered it in waves; the member or its unit admin accepts or declines.",
  },
  {
    name: 'claims',
    description:
      'Claims (接单): a member takes a slot of an order (or joins its waitlist), checks in at the place and time, and reports the work done.',
  },
  {
    name: 'claim transfers',
    description:
      'Claims handed over (转派): the holder offers its claim to a named member, or a member or its unit asks for it with a reason; the claim moves with its slot and deadlines when accepted, and an unanswered request moves by itself after CLAIM_TRANSFER_AUTO_ACCEPT_S.',
  },
  {
    name: 'sla',
    description:
      'Service levels per category and priority: claim-by and complete-by deadlines, the breaches the workers detect, and deadline extensions.',
  },
  {
    name: 'escalations',
    description:
      'The whistle (吹哨): an order that breaches its SLA, or that staff escalate, goes up to the street (level 1) and the district (level 2), whose officers answer (报到) with units to help.',
  },
  {
    name: 'webhooks',
    description:
      'Subscriptions to domain events, signed per Standard Webhooks and delivered with retries; the delivery log and manual redelivery.',
  },
  {
    name: 'events',
    description:
      'The domain events that webhooks are made from, with the same payloads: a feed to page through and poll, and a live stream (Server-Sent Events, resumable by Last-Event-ID), each limited to the scope of the key.',
  },
  {
    name: 'units',
    description: 'Co-building units (共建单位) and their pairings with communities.',
  },
  {
    name: 'members',
    description:
      'Members (在职党员 and volunteers), their report-in (报到) to communities, and their rights over their personal data (export, erasure). Names and phones are masked in lists.',
  },
  {
    name: 'households',
    description:
      'Households (beneficiaries) a community looks after, their pairings with members (结对帮扶) on an iCalendar RRULE rhythm, and the visits published from them as orders. Personal data: masked in lists, in full for the community’s staff only, exportable and erasable.',
  },
  {
    name: 'regions',
    description:
      'The region tree: district → street → community → grid. Every key but an admin’s is scoped to a subtree, and objects outside it are 404.',
  },
  {
    name: 'categories',
    description: 'Kinds of work (micro-wish, home visit, …) with their default SLA and points multiplier.',
  },
  {
    name: 'love bank',
    description:
      'The love bank (爱心银行): points and hours credited for verified work, redeemed at partner merchants (联盟超市), in a double-entry ledger that is never edited.',
  },
  {
    name: 'reports',
    description: 'Figures for a region and period, as JSON or (Accept: text/csv) CSV.',
  },
  {
    name: 'evaluations',
    description:
      'Evaluations (考核): the three rates ranked, the league of escalation answers, the yearly unit score; JSON or CSV.',
  },
  {
    name: 'resources',
    description:
      'The resource list (资源清单): venues, equipment, vehicles and expertise that units and communities open to others, and their bookings: a slot inside the opening hours, within the capacity, approved by the owner when the resource asks for it, reminded as a booking.reminder event.',
  },
  {
    name: 'audit',
    description:
      'The hash-chained audit trail: verify a chain, and sign checkpoints of the chain heads to keep outside the database.',
  },
  {
    name: 'api-keys',
    description: 'API keys: a role and a scope (region, unit or member); issue, list, revoke and rotate.',
  },
  {
    name: 'open311',
    description:
      'The Open311 GeoReport v2 gateway (with FixMyStreet’s request updates) for civic apps: public reads, and posting with an api_key in the form. Errors are Open311 error lists, in the format the URL names.',
  },
  {
    name: 'ops',
    description: 'Health probes, Prometheus metrics, queue figures and dead letters.',
  },
];

/**
 * A route schema's mark for a body that may be left out: fastify-swagger documents every body as
 * required, so the mark (carried onto the operation as an `x-` key) turns that into `required: false`.
 */
export const OPTIONAL_BODY = 'x-optional-body';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type Operation = { requestBody?: { required?: boolean }; [OPTIONAL_BODY]?: boolean };
type Responses = Record<string, { headers?: object } | undefined>;

/** The zod transform keeps a response's description and content only; its headers are put back. */
function transform(input: TransformInput) {
  const out = jsonSchemaTransform(input);
  const given = (input.schema?.response ?? {}) as Responses;
  const documented = (out.schema as { response?: Responses }).response ?? {};
  for (const [status, response] of Object.entries(given)) {
    const target = documented[status];
    if (response?.headers && target) target.headers = response.headers;
  }
  return out;
}

/** The `$ref`s a value holds, at any depth. */
function refsIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsIn(v, found);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') found.add(v.replace('#/components/schemas/', ''));
      else refsIn(v, found);
    }
  return found;
}

/**
 * Every schema registered with an id is emitted twice (as read and as written); only those the
 * operations reach, directly or through another schema, stay in the description.
 */
const transformObject: SwaggerTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input) as {
    paths?: unknown;
    components?: { schemas?: Record<string, unknown> };
  };
  const components = doc.components ?? {};
  const schemas = components.schemas ?? {};
  const reached = new Set<string>();
  let next = refsIn(doc.paths, new Set());
  while (next.size > 0) {
    for (const id of next) reached.add(id);
    next = new Set(
      [
        ...refsIn(
          [...next].map((id) => schemas[id]),
          new Set(),
        ),
      ].filter((id) => !reached.has(id)),
    );
  }
  const used = Object.fromEntries(Object.entries(schemas).filter(([id]) => reached.has(id)));
  for (const item of Object.values((doc.paths ?? {}) as Record<string, Record<string, Operation>>))
    for (const op of Object.values(item)) {
      if (op[OPTIONAL_BODY] && op.requestBody) op.requestBody.required = false;
      delete op[OPTIONAL_BODY];
    }
  return { ...doc, components: { ...components, schemas: used } } as ReturnType<SwaggerTransformObject>;
};

/** OpenAPI 3.1 generated from the route schemas, served at /openapi.json with a reference at /docs. */
export const openapiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: openapiInfo,
      servers: [{ url: '/' }],
      tags: openapiTags,
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key: wd_<prefix>_<secret>' },
        },
      },
      security: [{ bearerAuth: [] }],
    },
    transform,
    transformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get('/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
});

/** The document as committed in openapi.yaml; the test suite fails when the two differ. */
export function openapiYaml(app: FastifyInstance): string {
  return YAML.stringify(app.swagger(), { aliasDuplicateObjects: false, lineWidth: 0 });
}
