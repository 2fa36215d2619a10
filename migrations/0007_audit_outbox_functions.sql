-- The database side of three layers, so that a module can write its change, the change's audit
-- events and the work it causes in ONE statement without holding another layer's SQL:
--   audit_append(events)      the audit layer's only insert (events chained and hashed by src/audit/)
--   outbox_enqueue(jobs)      the outbox's only insert into "outbox" (src/outbox/)
--   outbox_emit(events, jobs) domain events and jobs written together (src/outbox/)
--   webhooks_fan_out()        the webhooks module's rule of who receives an event: a statement
--                             trigger on domain_events writing one delivery per (event, endpoint)
--                             and their 'webhooks' jobs (src/modules/webhooks/)
-- Each takes its rows as one jsonb array, so a statement's text never depends on how many rows.

CREATE FUNCTION audit_append(events jsonb) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  INSERT INTO audit_events (entity_type, entity_id, seq, action, actor_type, actor_id, request_id,
                            before, after, created_at, prev_hash, hash)
  SELECT r.entity_type, r.entity_id, r.seq, r.action, r.actor_type, r.actor_id, r.request_id,
         r.before, r.after, r.created_at, r.prev_hash, r.hash
    FROM jsonb_to_recordset(events) AS r(entity_type text, entity_id uuid, seq integer, action text,
         actor_type text, actor_id text, request_id text, before jsonb, after jsonb,
         created_at timestamptz, prev_hash text, hash text);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;
--> statement-breakpoint
CREATE FUNCTION outbox_enqueue(jobs jsonb) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  IF jobs IS NULL OR jsonb_array_length(jobs) = 0 THEN RETURN 0; END IF;
  INSERT INTO outbox (queue, job_name, payload, delay_ms, job_id)
  SELECT e.j->>'queue', e.j->>'job_name', e.j->'payload', coalesce((e.j->>'delay_ms')::bigint, 0),
         e.j->>'job_id'
    FROM jsonb_array_elements(jobs) WITH ORDINALITY AS e(j, n)
   ORDER BY e.n;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;
--> statement-breakpoint
CREATE FUNCTION outbox_emit(events jsonb, jobs jsonb) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  INSERT INTO domain_events (id, type, order_id, region_path, unit_ids, data)
  SELECT d.id, d.type, d.order_id, d.region_path, coalesce(d.unit_ids, '{}'), d.data
    FROM jsonb_to_recordset(events) AS d(id uuid, type text, order_id uuid, region_path text,
         unit_ids uuid[], data jsonb);
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM outbox_enqueue(jobs);
  RETURN n;
END $$;
--> statement-breakpoint
-- Who receives an event: every enabled, not deleted endpoint subscribed to its type (or '*') whose
-- scope holds it (no scope; a region whose subtree holds it; a unit it is addressed to). One delivery
-- per (event, endpoint) with the event's webhook-id ('msg_' || event id: the same for every endpoint
-- and retry); ids are UUIDv7 made in the statement, in event then endpoint order. The new deliveries
-- to one endpoint share a 'webhooks' job, up to 50 a job.
CREATE FUNCTION webhooks_fan_out() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  WITH fan AS (
    SELECT ev.id AS event_id, ev.type, ev.data, ev.created_at, e.id AS endpoint_id,
           row_number() OVER (ORDER BY ev.id, e.id) AS k
      FROM new_events ev
      JOIN webhook_endpoints e ON e.events && array[ev.type, '*']
      LEFT JOIN regions r ON r.id = e.scope_region_id
     WHERE e.enabled AND e.deleted_at IS NULL
       AND ((e.scope_region_id IS NULL AND e.scope_unit_id IS NULL)
         OR (r.path IS NOT NULL AND starts_with(ev.region_path, r.path))
         OR e.scope_unit_id = any(ev.unit_ids))),
  created AS (
    INSERT INTO webhook_deliveries (id, endpoint_id, message_id, event_type, payload)
    SELECT uuid7_seq(k::int), endpoint_id, 'msg_' || event_id, type,
           jsonb_build_object(
             'type', type,
             'timestamp', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'data', data)
      FROM fan ORDER BY k
    ON CONFLICT (message_id, endpoint_id) DO NOTHING
    RETURNING id, endpoint_id),
  batched AS (
    SELECT id, endpoint_id, (row_number() OVER (PARTITION BY endpoint_id ORDER BY id) - 1) / 50 AS b
      FROM created),
  jobs AS (
    SELECT (array_agg(id ORDER BY id))[1] AS first_id,
           CASE WHEN count(*) = 1 THEN jsonb_build_object('deliveryId', (array_agg(id))[1])
                ELSE jsonb_build_object('deliveryIds', jsonb_agg(id ORDER BY id)) END AS payload
      FROM batched GROUP BY endpoint_id, b)
  SELECT outbox_enqueue(coalesce(
           (SELECT jsonb_agg(jsonb_build_object('queue', 'webhooks', 'job_name', 'deliver', 'payload', payload)
                             ORDER BY first_id) FROM jobs),
           '[]'::jsonb))
    INTO n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER domain_events_fan_out AFTER INSERT ON domain_events
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION webhooks_fan_out();
