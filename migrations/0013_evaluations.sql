-- Evaluations (考核): what the three rates, the league of escalation answers and the unit score need.

-- How many times an order's verification found the work not resolved (the resolution rate counts
-- only orders verified without a reopen). Existing orders take their count from the audit trail.
ALTER TABLE "orders" ADD COLUMN "reopen_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "orders" o SET "reopen_count" = r.n
  FROM (SELECT entity_id, count(*)::int AS n FROM audit_events
         WHERE entity_type = 'order' AND action = 'order.reopened' GROUP BY entity_id) r
 WHERE o.id = r.entity_id;--> statement-breakpoint

-- When the order first missed its claim-by: the response rate reads it from the order itself (and
-- from the covering index below), not from a join to every breach. Kept by a trigger on sla_breaches,
-- so every writer of a breach (the timers, the reconciler) keeps it.
ALTER TABLE "orders" ADD COLUMN "claim_breached_at" timestamp with time zone;--> statement-breakpoint
UPDATE "orders" o SET "claim_breached_at" = b.first
  FROM (SELECT order_id, min(detected_at) AS first FROM sla_breaches WHERE kind = 'claim' GROUP BY order_id) b
 WHERE o.id = b.order_id;--> statement-breakpoint
CREATE FUNCTION orders_note_claim_breach() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orders SET claim_breached_at = NEW.detected_at
   WHERE id = NEW.order_id AND (claim_breached_at IS NULL OR claim_breached_at > NEW.detected_at);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER sla_breaches_note_claim_breach AFTER INSERT ON sla_breaches
  FOR EACH ROW WHEN (NEW.kind = 'claim') EXECUTE FUNCTION orders_note_claim_breach();--> statement-breakpoint

-- The whistlers' rating of an escalation's answer: once, 1–5, with a comment.
ALTER TABLE "escalations" ADD COLUMN "answer_rating" integer;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "answer_comment" text;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "answer_rated_by" uuid;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "answer_rated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_answer_rating_check" CHECK ("answer_rating" between 1 and 5);--> statement-breakpoint
CREATE INDEX "escalations_responded_idx" ON "escalations" USING btree ("responded_at") WHERE "responded_at" IS NOT NULL;--> statement-breakpoint

-- Orders by publication time, covering what the three rates read: a month's orders are counted by
-- an index-only scan, without fetching a row of the (wide) orders table.
CREATE INDEX "orders_published_idx" ON "orders" USING btree ("published_at")
  INCLUDE ("community_id", "status", "claim_by", "complete_by", "claim_breached_at", "rating", "reopen_count");--> statement-breakpoint

-- The weights of the yearly unit evaluation: every change is a new version, none is edited.
CREATE TABLE "evaluation_weights" (
  "version" integer PRIMARY KEY NOT NULL,
  "weights" jsonb NOT NULL,
  "created_by" uuid,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
INSERT INTO "evaluation_weights" ("version", "weights")
VALUES (1, '{"reportIn": 20, "ordersTaken": 20, "hours": 20, "onTime": 20, "rating": 20, "resources": 20}');
