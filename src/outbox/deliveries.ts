import { sql } from 'drizzle-orm';

/** Deliveries to one endpoint that one job attempts together, at most. */
export const DELIVERIES_PER_JOB = 50;

/**
 * Common table expressions that fan the events of a CTE `ev` (id, type, region_path, unit_ids,
 * data, created_at) out to webhook deliveries, for a statement that ends with them:
 * - `fan`: each event with each endpoint that covers it — enabled, not deleted, subscribed to the
 *   event's type or to '*', and with a scope that holds the event (no scope; a region whose subtree
 *   holds it; a unit it is addressed to);
 * - `created`: one delivery per pair, with the event's webhook-id (`msg_<event id>`, the same for
 *   every endpoint and retry) and its payload; ids are UUIDv7 made in the statement, in event then
 *   endpoint order. (message id, endpoint) is unique, so fanning out an event again adds nothing;
 * - `delivery_jobs`: one 'webhooks' job per endpoint for its new deliveries (up to
 *   DELIVERIES_PER_JOB each): `{ deliveryId }` for one, `{ deliveryIds }` for several.
 */
export const fanOutDeliveries = sql.raw(`fan as (
      select ev.id as event_id, ev.type, ev.data, ev.created_at, e.id as endpoint_id,
             row_number() over (order by ev.id, e.id) as n
        from ev
        join webhook_endpoints e on e.events && array[ev.type, '*']
        left join regions r on r.id = e.scope_region_id
       where e.enabled and e.deleted_at is null
         and ((e.scope_region_id is null and e.scope_unit_id is null)
           or (r.path is not null and starts_with(ev.region_path, r.path))
           or e.scope_unit_id = any(ev.unit_ids))),
    created as (
      insert into webhook_deliveries (id, endpoint_id, message_id, event_type, payload)
      select uuid7_seq(n::int), endpoint_id, 'msg_' || event_id, type,
             jsonb_build_object(
               'type', type,
               'timestamp', to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'data', data)
        from fan order by n
      on conflict (message_id, endpoint_id) do nothing
      returning id, endpoint_id),
    batched as (
      select id, endpoint_id,
             (row_number() over (partition by endpoint_id order by id) - 1) / ${DELIVERIES_PER_JOB} as k
        from created),
    delivery_jobs as (
      insert into outbox (queue, job_name, payload)
      select 'webhooks', 'deliver',
             case when count(*) = 1 then jsonb_build_object('deliveryId', (array_agg(id))[1])
                  else jsonb_build_object('deliveryIds', jsonb_agg(id order by id)) end
        from batched group by endpoint_id, k order by (array_agg(id order by id))[1]
      returning 1)`);
