ALTER TABLE "webhook_deliveries" ADD COLUMN "inline_since" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_inline_idx" ON "webhook_deliveries" USING btree ("inline_since") WHERE "webhook_deliveries"."inline_since" is not null;--> statement-breakpoint

-- A matching wave's first webhook attempts are made by the matching process that wrote it, not by
-- the webhooks queue (src/modules/webhooks/inline-attempts.ts). The wave's statement asks for this
-- with the transaction-local setting `wd.webhooks_inline`, the wave's time: the fan-out then writes
-- the deliveries it creates with their first attempt counted and in flight since that time, marks
-- them as the writer's own (`inline_since`), plans no webhooks job for them, and leaves what their
-- POSTs need (endpoint URL and secret, message id, payload) in the transaction-local setting
-- `wd.webhooks_inline_started`, for the statement to return. Every other statement's deliveries get
-- their webhooks jobs as before.
CREATE OR REPLACE FUNCTION webhooks_fan_out() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
  inline_at timestamptz := nullif(current_setting('wd.webhooks_inline', true), '')::timestamptz;
  inline_started jsonb;
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
    INSERT INTO webhook_deliveries (id, endpoint_id, message_id, event_type, payload, inline_since,
                                    attempts, in_flight_since)
    SELECT uuid7_seq(k::int), endpoint_id, 'msg_' || event_id, type,
           jsonb_build_object(
             'type', type,
             'timestamp', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'data', data),
           inline_at, (inline_at IS NOT NULL)::int, inline_at
      FROM fan ORDER BY k
    RETURNING id, endpoint_id, message_id, payload),
  batched AS (
    SELECT id, endpoint_id, (row_number() OVER (PARTITION BY endpoint_id ORDER BY id) - 1) / 50 AS b
      FROM created WHERE inline_at IS NULL),
  jobs AS (
    SELECT (array_agg(id ORDER BY id))[1] AS first_id,
           CASE WHEN count(*) = 1 THEN jsonb_build_object('deliveryId', (array_agg(id))[1])
                ELSE jsonb_build_object('deliveryIds', jsonb_agg(id ORDER BY id)) END AS payload
      FROM batched GROUP BY endpoint_id, b)
  SELECT outbox_enqueue(coalesce(
           (SELECT jsonb_agg(jsonb_build_object('queue', 'webhooks', 'job_name', 'deliver', 'payload', payload)
                             ORDER BY first_id) FROM jobs),
           '[]'::jsonb)),
         (SELECT jsonb_agg(jsonb_build_object(
                   'deliveryId', c.id, 'messageId', c.message_id, 'payload', c.payload,
                   'endpoint', jsonb_build_object('id', e.id, 'url', e.url, 'secret', e.secret)) ORDER BY c.id)
            FROM created c JOIN webhook_endpoints e ON e.id = c.endpoint_id
           WHERE inline_at IS NOT NULL)
    INTO n, inline_started;
  IF inline_started IS NOT NULL THEN
    PERFORM set_config('wd.webhooks_inline_started',
      (coalesce(nullif(current_setting('wd.webhooks_inline_started', true), '')::jsonb, '[]') || inline_started)::text,
      true);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint

-- Hands deliveries still owned by a matching process (inline_since set) to the webhooks queue: the
-- mark is cleared and one job per endpoint (50 deliveries at most) is planned `delay_ms` from the
-- relay's pass, carrying the attempts already made so that the queue counts on from them. Deliveries
-- no longer marked (their outcome recorded, or handed over already) are left alone. Returns how many
-- were handed over.
CREATE FUNCTION webhooks_hand_over(ids uuid[], delay_ms bigint) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
  planned integer;
BEGIN
  WITH taken AS (
    UPDATE webhook_deliveries d SET inline_since = NULL
     WHERE d.id = any(ids) AND d.inline_since IS NOT NULL
    RETURNING d.id, d.endpoint_id, d.attempts),
  batched AS (
    SELECT id, endpoint_id, attempts,
           (row_number() OVER (PARTITION BY endpoint_id, attempts ORDER BY id) - 1) / 50 AS b
      FROM taken),
  jobs AS (
    SELECT (array_agg(id ORDER BY id))[1] AS first_id, count(*) AS k,
           jsonb_build_object('deliveryIds', jsonb_agg(id ORDER BY id), 'attemptsBefore', attempts) AS payload
      FROM batched GROUP BY endpoint_id, attempts, b)
  SELECT coalesce(sum(k), 0)::integer, outbox_enqueue(coalesce(
           (SELECT jsonb_agg(jsonb_build_object('queue', 'webhooks', 'job_name', 'deliver',
                                                'payload', payload, 'delay_ms', delay_ms) ORDER BY first_id)
              FROM jobs),
           '[]'::jsonb))
    INTO n, planned
    FROM jobs;
  RETURN n;
END $$;
