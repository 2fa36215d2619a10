-- Webhook attempts are recorded before their POST: `attempts` counts an attempt as it starts and
-- `in_flight_since` holds its start until its outcome is recorded. A mark still set when the next
-- attempt starts belonged to an attempt whose process stopped mid-attempt (its receiver may or may
-- not have the message); that attempt counts it in `unknown_outcome_attempts`. The partial index
-- keeps the sum of those redeliveries (a Prometheus figure read at every scrape) to the few rows
-- that have one.
ALTER TABLE "webhook_deliveries" ADD COLUMN "in_flight_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "unknown_outcome_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_unknown_outcome_idx" ON "webhook_deliveries" USING btree ("unknown_outcome_attempts") WHERE "webhook_deliveries"."unknown_outcome_attempts" > 0;
