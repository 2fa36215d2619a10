import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { execute } from '../db/exec.js';
import { newId } from '../lib/ids.js';

/** The webhook-id of an event: one per event, so every endpoint and every retry sees the same id. */
export const messageIdOf = (eventId: string) => `msg_${eventId}`;

/** A stored domain event, as far as fan-out needs it. */
export interface FannedEvent {
  id: string;
  type: string;
  regionPath: string | null;
  unitIds: string[];
  data: unknown;
  createdAt: Date;
}

/**
 * The enabled endpoints each event goes to, in one query for the whole batch: subscribed to the
 * event's type or to '*', and with a scope that covers it — no scope; a region whose subtree holds
 * the event; or a unit the event is addressed to. Pairs are (index in `events`, endpoint id).
 */
async function subscribedEndpoints(
  tx: DbOrTx,
  events: FannedEvent[],
): Promise<{ i: number; endpointId: string }[]> {
  const batch = events.map((e, i) => ({ i, type: e.type, region_path: e.regionPath, unit_ids: e.unitIds }));
  const { rows } = await execute<{ i: number; endpoint_id: string }>(
    tx,
    sql`
    select ev.i, e.id as endpoint_id
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as ev(i int, type text, region_path text, unit_ids uuid[])
      join webhook_endpoints e on e.events && array[ev.type, '*']
      left join regions r on r.id = e.scope_region_id
     where ${endpointCovers}
     order by ev.i, e.id`,
  );
  return rows.map((r) => ({ i: r.i, endpointId: r.endpoint_id }));
}

/** Deliveries to one endpoint that one job attempts together, at most. */
export const DELIVERIES_PER_JOB = 50;

/**
 * Creates one delivery per (event, covering endpoint) and the 'webhooks' jobs that attempt them, in
 * the caller's transaction: one query to find the endpoints, one statement for the deliveries and
 * their outbox rows. The new deliveries to one endpoint share a job (up to DELIVERIES_PER_JOB each):
 * `{ deliveryId }` for one, `{ deliveryIds }` for several. Safe to run again for the same events:
 * (message id, endpoint) is unique and only newly inserted deliveries get a job. Returns how many
 * deliveries were created.
 */
export async function createDeliveries(tx: DbOrTx, events: FannedEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  return insertDeliveries(tx, events, await subscribedEndpoints(tx, events));
}

/** The scope rule of subscribedEndpoints, for an event row `ev` and an endpoint `e` joined to its region `r`. */
export const endpointCovers = sql.raw(`e.enabled and e.deleted_at is null
       and ((e.scope_region_id is null and e.scope_unit_id is null)
         or (r.path is not null and starts_with(ev.region_path, r.path))
         or e.scope_unit_id = any(ev.unit_ids))`);

/**
 * The deliveries of (event, endpoint) pairs (`i` indexes `events`) and their jobs, in one statement;
 * see createDeliveries.
 */
export async function insertDeliveries(
  tx: DbOrTx,
  events: FannedEvent[],
  pairs: { i: number; endpointId: string }[],
): Promise<number> {
  if (pairs.length === 0) return 0;
  const rows = pairs.map(({ i, endpointId }) => {
    const event = events[i]!;
    return {
      id: newId(),
      endpoint_id: endpointId,
      message_id: messageIdOf(event.id),
      event_type: event.type,
      payload: { type: event.type, timestamp: event.createdAt.toISOString(), data: event.data },
    };
  });
  const result = await execute<{ n: number }>(
    tx,
    sql`
    with created as (
      insert into webhook_deliveries (id, endpoint_id, message_id, event_type, payload)
      select id, endpoint_id, message_id, event_type, payload
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as d(id uuid, endpoint_id uuid, message_id text, event_type text, payload jsonb)
      on conflict (message_id, endpoint_id) do nothing
      returning id, endpoint_id),
    batched as (
      select id, endpoint_id,
             (row_number() over (partition by endpoint_id order by id) - 1) / ${DELIVERIES_PER_JOB} as k
        from created),
    jobs as (
      insert into outbox (queue, job_name, payload)
      select 'webhooks', 'deliver',
             case when count(*) = 1 then jsonb_build_object('deliveryId', (array_agg(id))[1])
                  else jsonb_build_object('deliveryIds', jsonb_agg(id order by id)) end
        from batched group by endpoint_id, k order by (array_agg(id order by id))[1]
      returning 1)
    select (select count(*)::int from created) as n, (select count(*) from jobs) as jobs`,
  );
  return result.rows[0]?.n ?? 0;
}
