import type { Db } from '../../db/client.js';
import type { OrderStatus } from '../../db/schema/enums.js';
import { Errors } from '../../errors.js';
import {
  categoryNames,
  type OrderRow,
  type PublishedFilter,
  publishedOrder,
  publishedOrders,
  regionsById,
  unitsHolding,
} from './open311.repo.js';
import type { RequestsQuery, ServiceRequest } from './open311.schemas.js';
import { splitDescription } from './order-form.js';

export const MAX_RESULTS = 1000;
export const DEFAULT_SPAN_MS = 90 * 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const OPEN: readonly OrderStatus[] = ['draft', 'open', 'filled', 'in_progress'];
export const open311Status = (s: OrderStatus): 'open' | 'closed' => (OPEN.includes(s) ? 'open' : 'closed');
const STATUSES_OF = {
  open: ['open', 'filled', 'in_progress'],
  closed: ['completed', 'verified', 'cancelled', 'expired'],
} as const satisfies Record<string, OrderStatus[]>;

/** Escalation levels by the tier that holds the whistle: 0 the community, 1 the street, 2 the district. */
const LEVEL_NAMES = ['community', 'street', 'district'] as const;
export const levelName = (level: number) =>
  LEVEL_NAMES[Math.min(Math.max(level, 0), LEVEL_NAMES.length - 1)]!;

const iso = (d: Date | null) => (d === null ? null : d.toISOString());
/** About 110 m: enough to see the neighbourhood, not the door. */
const coarse = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

export function serviceNotice(o: {
  status: OrderStatus;
  headcount: number;
  slotsHeld: number;
  claimBy: Date | null;
}): string | null {
  const slots = `${o.slotsHeld} of ${o.headcount} volunteer slot${o.headcount === 1 ? '' : 's'} taken`;
  switch (o.status) {
    case 'open':
      return `Waiting for volunteers: ${slots}${o.claimBy ? `; to be taken by ${iso(o.claimBy)}` : ''}`;
    case 'filled':
      return `Every volunteer slot is taken (${slots}); work has not started yet`;
    case 'in_progress':
      return `Volunteers are at work (${slots})`;
    case 'completed':
      return 'The work is reported done; the community is checking it with the resident';
    default:
      return null;
  }
}

/**
 * Public fields of an order. Every published order is listed (civic transparency), but only a request
 * posted online, which its reporter made public, shows its text, address and exact point; orders taken
 * at the desk, on the phone or on patrol often describe vulnerable residents at home, so they show
 * their service, status and timing with a point rounded to the neighbourhood. Beneficiaries never.
 */
function toServiceRequest(o: OrderRow, ctx: { serviceName: string; agency: string }): ServiceRequest {
  const status = open311Status(o.status);
  const published = o.source === 'online';
  const text = splitDescription(o.description);
  return {
    service_request_id: o.id,
    status,
    status_notes: `${o.status}; escalation level ${o.escalationLevel} (${levelName(o.escalationLevel)})`,
    service_name: ctx.serviceName,
    service_code: o.categoryCode,
    description: published ? text.text : null,
    agency_responsible: ctx.agency,
    service_notice: serviceNotice(o),
    requested_datetime: o.createdAt.toISOString(),
    updated_datetime: (status === 'closed'
      ? (o.closedAt ?? o.completedAt ?? o.updatedAt)
      : o.updatedAt
    ).toISOString(),
    expected_datetime: iso(o.completeBy),
    address: published ? (o.address ?? text.address) : null,
    address_id: null,
    zipcode: null,
    lat: published ? o.lat : coarse(o.lat),
    long: published ? o.lng : coarse(o.lng),
    media_url: published ? text.mediaUrl : null,
  };
}

/** The unit holding a claim answers for the order; without one, the tier the whistle has reached. */
async function enrich(db: Db, rows: OrderRow[]): Promise<ServiceRequest[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((o) => o.id);
  const regionIds = [...new Set(rows.flatMap((o) => o.regionPath.split('/').filter(Boolean)))];
  const [regionRows, categoryRows, unitRows] = await Promise.all([
    regionsById(db, regionIds),
    categoryNames(db, [...new Set(rows.map((o) => o.categoryCode))]),
    unitsHolding(db, ids),
  ]);
  const region = new Map(regionRows.map((r) => [r.id, r]));
  const serviceName = new Map(categoryRows.map((c) => [c.code, c.name]));
  const holders = new Map<string, string[]>();
  for (const u of unitRows) holders.set(u.orderId, [...(holders.get(u.orderId) ?? []), u.name]);
  return rows.map((o) => {
    const path = o.regionPath.split('/').filter(Boolean);
    const tier = region.get(path[Math.max(path.length - 1 - o.escalationLevel, 0)]!);
    const byLevel = tier ? `${tier.level[0]!.toUpperCase()}${tier.level.slice(1)} ${tier.name}` : 'Community';
    const agency = holders.get(o.id)?.join(', ') ?? byLevel;
    return toServiceRequest(o, { serviceName: serviceName.get(o.categoryCode) ?? o.categoryCode, agency });
  });
}

const listOf = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A window of dates: at most 90 days, the most recent 90 when no date is given. */
export function dateWindow(
  q: { start_date?: string; end_date?: string },
  now: Date,
): { from: Date; to: Date } {
  const to = q.end_date
    ? new Date(q.end_date)
    : q.start_date
      ? new Date(Date.parse(q.start_date) + DEFAULT_SPAN_MS)
      : now;
  const from = q.start_date ? new Date(q.start_date) : new Date(to.getTime() - DEFAULT_SPAN_MS);
  if (to < from) throw Errors.badRequest('end_date is before start_date');
  if (to.getTime() - from.getTime() > DEFAULT_SPAN_MS)
    throw Errors.badRequest('start_date and end_date may not span more than 90 days');
  return { from, to };
}

export async function listRequests(db: Db, q: RequestsQuery, now: Date): Promise<ServiceRequest[]> {
  const requested = listOf(q.service_request_id);
  const statuses = listOf(q.status);
  const unknown = statuses.filter((s) => !(s in STATUSES_OF));
  if (unknown.length) throw Errors.badRequest(`status must be open or closed, not ${unknown.join(', ')}`);
  let filter: PublishedFilter;
  if (requested.length) {
    // The specification lets a list of ids override every other argument.
    const ids = requested.filter((id) => UUID.test(id));
    if (ids.length === 0) return [];
    filter = { ids };
  } else {
    filter = {
      ...dateWindow(q, now),
      categoryCodes: listOf(q.service_code),
      statuses: statuses.flatMap((s) => STATUSES_OF[s as keyof typeof STATUSES_OF]),
    };
  }
  return enrich(db, await publishedOrders(db, filter, MAX_RESULTS));
}

export async function getRequest(db: Db, id: string): Promise<ServiceRequest[]> {
  const rows = await publishedOrder(db, id);
  if (rows.length === 0) throw Errors.notFound(`service_request_id ${id} was not found`);
  return enrich(db, rows);
}
