import type { Actor } from '../../audit/audit.repo.js';
import type { AuthContext } from '../../auth/scope.js';
import { priorities } from '../../db/schema/enums.js';
import { Errors } from '../../errors.js';
import { resolveKey } from '../../plugins/auth.js';
import type { ServiceDeps } from '../deps.js';
import type { createOrdersService } from '../orders/orders.service.js';
import { placeAddress, placePoint, placesInScope } from './locate.js';
import { findCategory, listCategories } from './open311.repo.js';
import type { PostRequestForm, RequestsQuery, UpdatesQuery } from './open311.schemas.js';
import { orderFromForm } from './order-form.js';
import { listUpdates } from './request-updates.js';
import { getRequest, listRequests, serviceNotice } from './request-view.js';

export type Open311Deps = Pick<ServiceDeps, 'db' | 'clock'> & {
  /** Requests are posted as orders, through the orders service. */
  orders: Pick<ReturnType<typeof createOrdersService>, 'create'>;
};

const POSTING_ROLES: readonly AuthContext['role'][] = ['community_staff', 'street_officer', 'admin'];

/** What an Idempotency-Key of a posted request is scoped to: .json and .xml are one resource. */
const POST_REQUEST_ROUTE = 'POST /open311/v2/requests';

/** The order fields an Open311 client may set, in the shape of a GeoReport service definition. */
const ATTRIBUTES = [
  {
    variable: true,
    code: 'priority',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: 'One of routine, urgent, emergency; routine when not given',
    order: 1,
    description: 'How soon the resident needs help; it sets the deadlines to claim and to finish the work',
    values: priorities.map((p) => ({ key: p, name: p[0]!.toUpperCase() + p.slice(1) })),
  },
  {
    variable: true,
    code: 'headcount',
    datatype: 'number',
    required: false,
    datatype_description: 'A whole number from 1 to 500; 1 when not given',
    order: 2,
    description: 'How many volunteers the work needs',
    values: [],
  },
  {
    variable: true,
    code: 'window_start',
    datatype: 'datetime',
    required: false,
    datatype_description:
      'W3C date-time with a time zone, e.g. 2025-06-01T09:00:00+08:00; send with window_end',
    order: 3,
    description: 'When the work may start',
    values: [],
  },
  {
    variable: true,
    code: 'window_end',
    datatype: 'datetime',
    required: false,
    datatype_description: 'W3C date-time with a time zone, after window_start',
    order: 4,
    description: 'When the work must be done',
    values: [],
  },
] as const;

export function createOpen311Service(deps: Open311Deps) {
  const { db, clock, orders } = deps;

  async function categoryOf(code: string) {
    const category = await findCategory(db, code);
    if (!category) throw Errors.notFound(`service_code ${code} was not found`);
    return category;
  }

  /** The key travels in the form (Open311 has no headers of its own): 403 for any key that may not post. */
  async function poster(apiKey: string | undefined): Promise<AuthContext> {
    if (!apiKey) throw Errors.forbidden('api_key is required to post a request');
    const auth = await resolveKey(db, apiKey, clock.now());
    if (!auth) throw Errors.forbidden('Invalid api_key: unknown, revoked or expired');
    if (!POSTING_ROLES.includes(auth.role))
      throw Errors.forbidden('This api_key may not post requests; use a community staff key');
    return auth;
  }

  async function place(auth: AuthContext, form: PostRequestForm) {
    const places = await placesInScope(db, auth);
    if (form.lat !== undefined && form.long !== undefined) {
      const point = { lat: form.lat, lng: form.long };
      const placement = placePoint(places, point);
      if (!placement)
        throw Errors.badRequest(`No community of this api_key holds the point ${form.lat},${form.long}`);
      return { placement, point };
    }
    if (!form.address_string)
      throw Errors.badRequest('A location is required: lat and long, or address_string');
    const match = placeAddress(places, form.address_string);
    if (!match)
      throw Errors.badRequest('address_string names no community or grid of this api_key; send lat and long');
    if ('ambiguous' in match)
      throw Errors.badRequest(
        `address_string names several communities (${match.ambiguous.join(', ')}); send lat and long`,
      );
    return { placement: match.placement, point: null };
  }

  return {
    async listServices() {
      const rows = await listCategories(db);
      return rows.map((c) => ({
        service_code: c.code,
        service_name: c.name,
        description: c.description,
        metadata: true,
        type: 'realtime' as const,
        keywords: c.keywords.join(','),
        group: c.group,
      }));
    },

    async serviceDefinition(code: string) {
      const category = await categoryOf(code);
      return {
        service_code: category.code,
        attributes: ATTRIBUTES.map((a) => ({ ...a, values: [...a.values] })),
      };
    },

    /** Posts the request as an order through the orders service, in the community that holds it. */
    async postRequest(
      form: PostRequestForm,
      opts: { requestId: string; idempotencyKey: string | undefined },
    ) {
      const auth = await poster(form.api_key);
      const category = await categoryOf(form.service_code);
      const { placement, point } = await place(auth, form);
      const actor: Actor = { type: 'api_key', id: auth.keyId, requestId: opts.requestId };
      const body = orderFromForm(form, { serviceName: category.name, placement, point });
      const result = await orders.create({ auth, actor }, body, opts.idempotencyKey, POST_REQUEST_ROUTE);
      const order = result.body;
      const notice = serviceNotice({
        status: order.status,
        headcount: order.slots.total,
        slotsHeld: order.slots.held,
        claimBy: order.sla.claimBy === null ? null : new Date(order.sla.claimBy),
      });
      return [
        {
          service_request_id: order.id,
          service_notice: `Posted to ${placement.community.name}. ${notice ?? ''}`.trim(),
        },
      ];
    },

    /** Published orders as service requests, newest first. */
    listRequests: (q: RequestsQuery) => listRequests(db, q, clock.now()),

    getRequest: (id: string) => getRequest(db, id),

    /** Changes of published orders, oldest first. */
    listUpdates: (q: UpdatesQuery) => listUpdates(db, q, clock.now()),
  };
}
