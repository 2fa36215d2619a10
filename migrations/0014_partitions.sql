-- The tables that grow without end are partitioned by month (PostgreSQL declarative range
-- partitioning), see docs/operations.md, "Partitions":
--   audit_events        by created_at; months past AUDIT_ARCHIVE_AFTER_MONTHS move to archive.audit_events
--   outbox              by created_at; months past OUTBOX_RETENTION_MONTHS are dropped once all published
--   webhook_deliveries  by id (a UUIDv7: its first 48 bits are its millisecond time, and uuids compare
--                       bytewise, so an id range is a time range and a lookup by id reads one partition)
--   idempotency_keys    by created_at; a month is dropped once IDEMPOTENCY_RETENTION_S has passed its end
-- Partition <table>_pYYYYMM holds one UTC month; <table>_default takes a row no month partition
-- holds (a clock far off, a maintenance run missed) so a write never fails for want of a partition,
-- and the maintenance job (src/db/partitions.ts) moves such rows into their month's partition.
-- A primary key must hold the partition key: (id, created_at) for audit events and the outbox,
-- (api_key_id, route, key, created_at) for idempotency records (a key is taken under a transaction
-- lock and looked up in every partition, src/lib/idempotency.repo.ts), id for deliveries. What a
-- unique index kept before is kept otherwise: (entity, seq) of the audit trail by audit_chain_heads
-- (moved on by audit_append only from the seq a batch chains to); (message, endpoint) of deliveries
-- by the fan-out writing each event's deliveries once (events are unique by id). No foreign key
-- points at these tables.
-- Existing rows are copied into the partitioned tables (one partition per month they span), in
-- this migration's transaction, before the keys and indexes are built (built once over the rows
-- rather than row by row); ids, hashes and sequences are kept, so the audit chains verify.

CREATE SCHEMA IF NOT EXISTS archive;
--> statement-breakpoint
-- The month (UTC) a UUIDv7 was made in; null for an id whose time is not a plausible one.
CREATE FUNCTION uuid7_month(id uuid) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN m BETWEEN date '2000-01-01' AND date '2999-12-01' THEN m END
    FROM (SELECT date_trunc('month', to_timestamp(
            ('x' || left(replace(id::text, '-', ''), 12))::bit(48)::bigint / 1000.0) AT TIME ZONE 'UTC')::date AS m) t
$$;
--> statement-breakpoint
-- The partition key of a partitioned table, and the literal of a month's lower bound in it.
CREATE FUNCTION partition_key(parent text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE parent WHEN 'webhook_deliveries' THEN 'id' ELSE 'created_at' END
$$;
--> statement-breakpoint
CREATE FUNCTION partition_bound(parent text, month date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE partition_key(parent)
    WHEN 'id' THEN quote_literal((lpad(to_hex((extract(epoch FROM month::timestamp) * 1000)::bigint), 12, '0')
                                  || '00000000000000000000')::uuid::text)
    ELSE quote_literal(to_char(month, 'YYYY-MM-DD') || ' 00:00:00+00') END
$$;
--> statement-breakpoint
-- Storage parameters of a new partition. The outbox and deliveries churn (every row updated, outbox
-- rows deleted a day later): their partitions are vacuumed after a fixed number of dead rows, not
-- a fraction of the table, so each vacuum is small and the relay's partial index stays clean, and
-- deliveries leave room on their pages for HOT updates of status and attempts.
CREATE FUNCTION partition_storage(parent text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN parent IN ('outbox', 'webhook_deliveries') THEN
    ' WITH (fillfactor = 85, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,'
    || ' autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 5000,'
    || ' autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 5000,'
    || ' autovacuum_vacuum_cost_limit = 1000)'
  ELSE '' END
$$;
--> statement-breakpoint
-- The months (UTC) of the rows of relation rel, a partition of parent or a copy of its rows.
CREATE FUNCTION partition_row_months(parent text, rel regclass) RETURNS SETOF date
LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF partition_key(parent) = 'id' THEN
    RETURN QUERY EXECUTE format('SELECT DISTINCT uuid7_month(id) FROM %s WHERE uuid7_month(id) IS NOT NULL', rel);
  ELSE
    RETURN QUERY EXECUTE format('SELECT DISTINCT date_trunc(''month'', created_at AT TIME ZONE ''UTC'')::date FROM %s', rel);
  END IF;
END $$;
--> statement-breakpoint
-- Creates parent's partition for the month holding `month`; false if it exists. Rows of that month
-- in the default partition are moved into it (the default is detached meanwhile, under the lock
-- this statement holds on the table, so no write sees it missing).
CREATE FUNCTION partition_create(parent text, month date) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
  m date := date_trunc('month', month)::date;
  name text := parent || '_p' || to_char(date_trunc('month', month), 'YYYYMM');
  dflt text := parent || '_default';
  k text := partition_key(parent);
  lo text;
  hi text;
  stray boolean;
BEGIN
  IF to_regclass(quote_ident(name)) IS NOT NULL THEN RETURN false; END IF;
  lo := partition_bound(parent, m);
  hi := partition_bound(parent, (m + interval '1 month')::date);
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I >= %s AND %I < %s)', dflt, k, lo, k, hi) INTO stray;
  IF stray THEN
    EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', parent, dflt);
  END IF;
  EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%s) TO (%s)%s',
                 name, parent, lo, hi, partition_storage(parent));
  IF stray THEN
    EXECUTE format('INSERT INTO %I SELECT * FROM %I WHERE %I >= %s AND %I < %s', name, dflt, k, lo, k, hi);
    EXECUTE format('DELETE FROM %I WHERE %I >= %s AND %I < %s', dflt, k, lo, k, hi);
    EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I DEFAULT', parent, dflt);
  END IF;
  RETURN true;
END $$;
--> statement-breakpoint
-- Retires parent's month partitions that end at or before `before`: detached, then moved to the
-- archive schema and attached to archive.<parent> (archive = true), or dropped. An outbox month
-- still holding unpublished rows is kept. Answers the partitions retired.
CREATE FUNCTION partition_retire(parent text, before timestamptz, archive boolean) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
  p record;
  m date;
  pending boolean;
BEGIN
  FOR p IN
    SELECT c.relname::text AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = parent::regclass AND c.relname ~ ('^' || parent || '_p[0-9]{6}$')
     ORDER BY c.relname
  LOOP
    m := to_date(right(p.name, 6), 'YYYYMM');
    CONTINUE WHEN (m + interval '1 month') AT TIME ZONE 'UTC' > before;
    IF parent = 'outbox' THEN
      EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE published_at IS NULL)', p.name) INTO pending;
      CONTINUE WHEN pending;
    END IF;
    EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', parent, p.name);
    IF archive THEN
      EXECUTE format('ALTER TABLE %I SET SCHEMA archive', p.name);
      EXECUTE format('ALTER TABLE archive.%I ATTACH PARTITION archive.%I FOR VALUES FROM (%s) TO (%s)',
                     parent, p.name, partition_bound(parent, m),
                     partition_bound(parent, (m + interval '1 month')::date));
    ELSE
      EXECUTE format('DROP TABLE %I', p.name);
    END IF;
    RETURN NEXT p.name;
  END LOOP;
END $$;
--> statement-breakpoint
-- The partitioned tables start with their default partition and the months of their rows, this
-- month and the next: a fresh database takes writes at once.
CREATE FUNCTION partition_start(parent text, source regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  this_month date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
BEGIN
  EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT%s', parent || '_default', parent, partition_storage(parent));
  PERFORM partition_create(parent, m)
     FROM (SELECT partition_row_months(parent, source) AS m
           UNION SELECT this_month UNION SELECT (this_month + interval '1 month')::date) months
    ORDER BY m;
END $$;
--> statement-breakpoint

-- audit_events
ALTER TABLE "audit_events" RENAME TO "audit_events_unpartitioned";--> statement-breakpoint
DROP INDEX "audit_events_entity_seq_idx";--> statement-breakpoint
DROP INDEX "audit_events_created_idx";--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint DEFAULT nextval('audit_events_id_seq'::regclass) NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"request_id" text,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"prev_hash" text,
	"hash" text NOT NULL
) PARTITION BY RANGE ("created_at");
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
SELECT partition_start('audit_events', 'audit_events_unpartitioned');--> statement-breakpoint
INSERT INTO "audit_events" ("id", "entity_type", "entity_id", "seq", "action", "actor_type", "actor_id",
  "request_id", "before", "after", "created_at", "prev_hash", "hash")
SELECT "id", "entity_type", "entity_id", "seq", "action", "actor_type", "actor_id",
  "request_id", "before", "after", "created_at", "prev_hash", "hash" FROM "audit_events_unpartitioned";
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_id_created_at_pk" PRIMARY KEY("id","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_seq_idx" ON "audit_events" USING btree ("entity_id","seq");--> statement-breakpoint
CREATE INDEX "audit_events_created_idx" ON "audit_events" USING btree ("created_at");--> statement-breakpoint
ALTER SEQUENCE "audit_events_id_seq" OWNED BY "audit_events"."id";--> statement-breakpoint
DROP TABLE "audit_events_unpartitioned";--> statement-breakpoint
-- Archived months: read-only, read with the live ones through the view audit_trail.
CREATE TABLE archive."audit_events" (LIKE "audit_events" INCLUDING CONSTRAINTS) PARTITION BY RANGE ("created_at");
--> statement-breakpoint
ALTER TABLE archive."audit_events" ADD CONSTRAINT "audit_events_id_created_at_pk" PRIMARY KEY("id","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_seq_idx" ON archive."audit_events" USING btree ("entity_id","seq");--> statement-breakpoint
CREATE INDEX "audit_events_created_idx" ON archive."audit_events" USING btree ("created_at");--> statement-breakpoint
CREATE TRIGGER audit_events_archived BEFORE INSERT OR UPDATE OR DELETE ON archive.audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON archive.audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE VIEW "audit_trail" AS
  SELECT * FROM "audit_events" UNION ALL SELECT * FROM archive."audit_events";
--> statement-breakpoint

-- The head of every chain; audit_append moves it on, audit_chain_head reads it.
CREATE TABLE "audit_chain_heads" (
	"entity_id" uuid PRIMARY KEY NOT NULL,
	"seq" integer NOT NULL,
	"hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
INSERT INTO "audit_chain_heads" ("entity_id", "seq", "hash", "created_at")
SELECT DISTINCT ON ("entity_id") "entity_id", "seq", "hash", "created_at" FROM "audit_events"
 ORDER BY "entity_id", "seq" DESC;
--> statement-breakpoint
-- The events are written, and each entity's head moved from the seq the batch chains to (seq 1: no
-- head yet) to its last event. A head that is not where the batch chains from (another writer
-- appended first) is a unique violation of (entity, seq), as the unique index once raised.
CREATE OR REPLACE FUNCTION audit_append(events jsonb) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
  expected integer;
  moved integer;
BEGIN
  INSERT INTO audit_events (entity_type, entity_id, seq, action, actor_type, actor_id, request_id,
                            before, after, created_at, prev_hash, hash)
  SELECT r.entity_type, r.entity_id, r.seq, r.action, r.actor_type, r.actor_id, r.request_id,
         r.before, r.after, r.created_at, r.prev_hash, r.hash
    FROM jsonb_to_recordset(events) AS r(entity_type text, entity_id uuid, seq integer, action text,
         actor_type text, actor_id text, request_id text, before jsonb, after jsonb,
         created_at timestamptz, prev_hash text, hash text);
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n = 0 THEN RETURN 0; END IF;
  WITH r AS (
    SELECT * FROM jsonb_to_recordset(events) AS r(entity_id uuid, seq integer, created_at timestamptz, hash text)),
  b AS (
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
      FROM b WHERE b.lo > 1 AND h.entity_id = b.entity_id AND h.seq = b.lo - 1
    RETURNING 1)
  SELECT (SELECT count(*) FROM b), (SELECT count(*) FROM started) + (SELECT count(*) FROM advanced)
    INTO expected, moved;
  IF moved <> expected THEN
    RAISE EXCEPTION 'audit chain moved on: (entity, seq) already taken'
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'audit_chain_heads_pkey';
  END IF;
  RETURN n;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_chain_head(entity uuid, OUT seq integer, OUT hash text, OUT created_at timestamptz)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(entity::text, 0));
  SELECT h.seq, h.hash, h.created_at INTO seq, hash, created_at
    FROM audit_chain_heads h WHERE h.entity_id = entity;
END
$$;
--> statement-breakpoint

-- outbox
ALTER TABLE "outbox" RENAME TO "outbox_unpartitioned";--> statement-breakpoint
DROP INDEX "outbox_unpublished_idx";--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigint DEFAULT nextval('outbox_id_seq'::regclass) NOT NULL,
	"queue" text NOT NULL,
	"job_name" text NOT NULL,
	"payload" jsonb NOT NULL,
	"delay_ms" bigint DEFAULT 0 NOT NULL,
	"job_id" text,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"published_at" timestamp with time zone
) PARTITION BY RANGE ("created_at");
--> statement-breakpoint
CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
  FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
--> statement-breakpoint
SELECT partition_start('outbox', 'outbox_unpartitioned');--> statement-breakpoint
INSERT INTO "outbox" ("id", "queue", "job_name", "payload", "delay_ms", "job_id", "created_at", "published_at")
SELECT "id", "queue", "job_name", "payload", "delay_ms", "job_id", "created_at", "published_at" FROM "outbox_unpartitioned";
--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_id_created_at_pk" PRIMARY KEY("id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "outbox" USING btree ("id") WHERE "published_at" is null;--> statement-breakpoint
ALTER SEQUENCE "outbox_id_seq" OWNED BY "outbox"."id";--> statement-breakpoint
DROP TABLE "outbox_unpartitioned";--> statement-breakpoint

-- webhook_deliveries
ALTER TABLE "webhook_deliveries" RENAME TO "webhook_deliveries_unpartitioned";--> statement-breakpoint
ALTER TABLE "webhook_deliveries_unpartitioned" RENAME CONSTRAINT "webhook_deliveries_pkey" TO "webhook_deliveries_unpartitioned_pkey";--> statement-breakpoint
ALTER TABLE "webhook_deliveries_unpartitioned" DROP CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk";--> statement-breakpoint
DROP INDEX "webhook_deliveries_endpoint_idx";--> statement-breakpoint
DROP INDEX "webhook_deliveries_message_endpoint_idx";--> statement-breakpoint
DROP INDEX "webhook_deliveries_unknown_outcome_idx";--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" uuid NOT NULL,
	"endpoint_id" uuid NOT NULL,
	"message_id" text NOT NULL,
	"event_type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_status_code" integer,
	"last_error" text,
	"last_latency_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"in_flight_since" timestamp with time zone,
	"unknown_outcome_attempts" integer DEFAULT 0 NOT NULL
) PARTITION BY RANGE ("id");
--> statement-breakpoint
SELECT partition_start('webhook_deliveries', 'webhook_deliveries_unpartitioned');--> statement-breakpoint
INSERT INTO "webhook_deliveries" ("id", "endpoint_id", "message_id", "event_type", "payload", "status", "attempts",
  "last_status_code", "last_error", "last_latency_ms", "created_at", "last_attempt_at", "delivered_at",
  "in_flight_since", "unknown_outcome_attempts")
SELECT "id", "endpoint_id", "message_id", "event_type", "payload", "status", "attempts",
  "last_status_code", "last_error", "last_latency_ms", "created_at", "last_attempt_at", "delivered_at",
  "in_flight_since", "unknown_outcome_attempts"
  FROM "webhook_deliveries_unpartitioned";
--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY("id");--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."webhook_endpoints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_message_endpoint_idx" ON "webhook_deliveries" USING btree ("message_id","endpoint_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_unknown_outcome_idx" ON "webhook_deliveries" USING btree ("unknown_outcome_attempts") WHERE "unknown_outcome_attempts" > 0;--> statement-breakpoint
DROP TABLE "webhook_deliveries_unpartitioned";--> statement-breakpoint
-- The fan-out as in 0007, without ON CONFLICT: no unique index on (message, endpoint) is left to
-- infer, and none is needed, as each event fans out once, in the statement that writes it.
CREATE OR REPLACE FUNCTION webhooks_fan_out() RETURNS trigger
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

-- idempotency_keys
ALTER TABLE "idempotency_keys" RENAME TO "idempotency_keys_unpartitioned";--> statement-breakpoint
ALTER TABLE "idempotency_keys_unpartitioned" DROP CONSTRAINT "idempotency_keys_api_key_id_route_key_pk";--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"api_key_id" uuid NOT NULL,
	"key" text NOT NULL,
	"route" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
) PARTITION BY RANGE ("created_at");
--> statement-breakpoint
SELECT partition_start('idempotency_keys', 'idempotency_keys_unpartitioned');--> statement-breakpoint
INSERT INTO "idempotency_keys" ("api_key_id", "key", "route", "request_hash", "status_code", "response", "created_at")
SELECT "api_key_id", "key", "route", "request_hash", "status_code", "response", "created_at" FROM "idempotency_keys_unpartitioned";
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_api_key_id_route_key_created_at_pk" PRIMARY KEY("api_key_id","route","key","created_at");--> statement-breakpoint
DROP TABLE "idempotency_keys_unpartitioned";
