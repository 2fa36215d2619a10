-- Households a community looks after (personal data: masked outside the community's staff, erased
-- in place), members paired with them on a visit rhythm (an iCalendar RRULE), and the visits the
-- scheduler has published: one row per (pairing, occurrence), written in the transaction that writes
-- the visit's order, so no occurrence is ever published twice whatever runs the sweep.
CREATE TABLE "household_pairings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"household_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"region_path" text NOT NULL,
	"rrule" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"visit_duration_s" integer NOT NULL,
	"category_code" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"publish_from" timestamp with time zone NOT NULL,
	"replaces_id" uuid,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "household_pairings_duration_check" CHECK ("household_pairings"."visit_duration_s" > 0)
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"region_path" text NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"address" text,
	"lat" double precision,
	"lng" double precision,
	"needs" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pairing_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"occurrence_at" timestamp with time zone NOT NULL,
	"order_id" uuid NOT NULL,
	"offer_id" uuid,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "household_pairings" ADD CONSTRAINT "household_pairings_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_pairings" ADD CONSTRAINT "household_pairings_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_pairings" ADD CONSTRAINT "household_pairings_community_id_regions_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_pairings" ADD CONSTRAINT "household_pairings_category_code_categories_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_community_id_regions_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_pairing_id_household_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."household_pairings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "household_pairings_household_idx" ON "household_pairings" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "household_pairings_member_idx" ON "household_pairings" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "household_pairings_active_idx" ON "household_pairings" USING btree ("status") WHERE status = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "household_pairings_one_live_idx" ON "household_pairings" USING btree ("household_id","member_id") WHERE status <> 'ended';--> statement-breakpoint
CREATE INDEX "households_community_idx" ON "households" USING btree ("community_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visits_occurrence_idx" ON "visits" USING btree ("pairing_id","occurrence_at");--> statement-breakpoint
CREATE INDEX "visits_household_idx" ON "visits" USING btree ("household_id","occurrence_at");--> statement-breakpoint
CREATE INDEX "visits_order_idx" ON "visits" USING btree ("order_id");