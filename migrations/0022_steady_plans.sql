-- Plans that stay right whatever the statistics say. The functions below run on every order; their
-- statements are planned once per connection from the statistics of that moment, and a table that
-- was small then (a new month's outbox partition, a young database's chain heads) kept a plan that
-- reads it whole on every call, a little longer each time, until the next analyze.

-- The audit rows are read from the argument once (was twice), and the heads to move on are found
-- by their keys through the primary key: the plan made while the table was small read every head
-- on each append (a hash join, or a filter over the whole table), more of them every day.
CREATE OR REPLACE FUNCTION audit_append(events jsonb) RETURNS integer
LANGUAGE plpgsql
SET enable_seqscan = off
AS $$
DECLARE
  n integer;
  expected integer;
  moved integer;
BEGIN
  WITH r AS MATERIALIZED (
    SELECT * FROM jsonb_to_recordset(events) AS r(entity_type text, entity_id uuid, seq integer,
           action text, actor_type text, actor_id text, request_id text, before jsonb, after jsonb,
           created_at timestamptz, prev_hash text, hash text)),
  written AS (
    INSERT INTO audit_events (entity_type, entity_id, seq, action, actor_type, actor_id, request_id,
                              before, after, created_at, prev_hash, hash)
    SELECT entity_type, entity_id, seq, action, actor_type, actor_id, request_id,
           before, after, created_at, prev_hash, hash FROM r
    RETURNING 1),
  b AS MATERIALIZED (
    SELECT entity_id, min(seq) AS lo, max(seq) AS hi,
           (array_agg(hash ORDER BY seq DESC))[1] AS hash,
           (array_agg(created_at ORDER BY seq DESC))[1] AS created_at
      FROM r GROUP BY entity_id),
  started AS (
    INSERT INTO audit_chain_heads (entity_id, seq, hash, created_at)
    SELECT entity_id, hi, hash, created_at FROM b WHERE lo = 1
    ON CONFLICT (entity_id) DO NOTHING
    RETURNING 1),
  advanced AS (
    UPDATE audit_chain_heads h SET seq = b.hi, hash = b.hash, created_at = b.created_at
      FROM b
     WHERE h.entity_id = any(array(SELECT entity_id FROM b WHERE lo > 1))
       AND b.lo > 1 AND h.entity_id = b.entity_id AND h.seq = b.lo - 1
    RETURNING 1)
  SELECT (SELECT count(*) FROM written), (SELECT count(*) FROM b),
         (SELECT count(*) FROM started) + (SELECT count(*) FROM advanced)
    INTO n, expected, moved;
  IF moved <> expected THEN
    RAISE EXCEPTION 'audit chain moved on: (entity, seq) already taken'
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'audit_chain_heads_pkey';
  END IF;
  RETURN n;
END $$;
--> statement-breakpoint

-- The relay's claim reads the unpublished rows through their partial index, never the partition
-- whole: a sequential scan, chosen while the month's partition was nearly empty, visits every row
-- published since (0021 already ruled out the bitmap scan, for the index entries it never marks dead).
ALTER FUNCTION outbox_claim(integer) SET enable_seqscan = off;
--> statement-breakpoint

-- Most statements that write domain events have no endpoint to deliver them to (no endpoint
-- subscribes to the event's type): the fan-out ends after one lookup in the endpoints' event index
-- instead of running its insert and its jobs' aggregation over nothing.
CREATE OR REPLACE FUNCTION webhooks_fan_out() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM webhook_endpoints e
     WHERE e.events && ((SELECT array_agg(DISTINCT ev.type) FROM new_events ev) || '*'::text)
       AND e.enabled AND e.deleted_at IS NULL) THEN
    RETURN NULL;
  END IF;
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
