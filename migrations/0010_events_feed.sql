-- The event feed (GET /v1/events) and stream (GET /v1/events/stream) read domain_events in the order
-- of the transactions that wrote them: tx_id (set by Postgres) then id. A reader returns only events
-- of transactions below its horizon (the oldest transaction of this database still running), which
-- have all ended, so no event can later appear before a position already read: a cursor resumes
-- exactly, however transactions commit (see src/modules/events/events.repo.ts).
-- member_id addresses offer events to their member (what a member's key sees); event_feed_floor
-- records the last position the retention sweep removed (a cursor before it has lost events).
CREATE TABLE "event_feed_floor" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"tx_id" "xid8" NOT NULL,
	"event_id" uuid NOT NULL,
	"purged_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "domain_events" ADD COLUMN "member_id" uuid;--> statement-breakpoint
ALTER TABLE "domain_events" ADD COLUMN "tx_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
UPDATE "domain_events" SET "member_id" = ("data"->>'memberId')::uuid
 WHERE "type" LIKE 'offer.%' AND "data" ? 'memberId';--> statement-breakpoint
CREATE INDEX "domain_events_feed_idx" ON "domain_events" USING btree ("tx_id","id");--> statement-breakpoint
CREATE INDEX "domain_events_member_feed_idx" ON "domain_events" USING btree ("member_id","tx_id","id") WHERE "domain_events"."member_id" is not null;--> statement-breakpoint
CREATE INDEX "domain_events_region_feed_idx" ON "domain_events" USING btree ("region_path" text_pattern_ops,"tx_id","id");--> statement-breakpoint
CREATE INDEX "domain_events_units_idx" ON "domain_events" USING gin ("unit_ids");--> statement-breakpoint
CREATE OR REPLACE FUNCTION outbox_emit(events jsonb, jobs jsonb) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  INSERT INTO domain_events (id, type, order_id, region_path, unit_ids, member_id, data)
  SELECT d.id, d.type, d.order_id, d.region_path, coalesce(d.unit_ids, '{}'), d.member_id, d.data
    FROM jsonb_to_recordset(events) AS d(id uuid, type text, order_id uuid, region_path text,
         unit_ids uuid[], member_id uuid, data jsonb);
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM outbox_enqueue(jobs);
  RETURN n;
END $$;
--> statement-breakpoint
-- Wakes the API processes' event listeners when a transaction that wrote events commits (NOTIFY is
-- delivered at commit; one per transaction, as equal notifications are folded).
CREATE FUNCTION domain_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('domain_events', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER domain_events_notify AFTER INSERT ON domain_events
  FOR EACH STATEMENT EXECUTE FUNCTION domain_events_notify();
