-- The resource list (资源清单): resources units and communities open to others, and their bookings.
-- Overbooking is refused twice over: every booking locks its resource row and counts the bookings
-- that overlap its slot (bookings.repo.ts), and bookings made while the resource had capacity 1
-- (exclusive) may not overlap one another at all (the exclusion constraint below, btree_gist for
-- the uuid column).
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_unit_id" uuid,
	"owner_community_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"capacity" integer NOT NULL,
	"time_zone" text NOT NULL,
	"opening_hours" jsonb NOT NULL,
	"requires_approval" boolean DEFAULT false NOT NULL,
	"bookable_by" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resources_one_owner" CHECK (("resources"."owner_unit_id" is null) <> ("resources"."owner_community_id" is null)),
	CONSTRAINT "resources_capacity_check" CHECK ("resources"."capacity" between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"resource_id" uuid NOT NULL,
	"booker_unit_id" uuid,
	"booker_community_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"purpose" text,
	"exclusive" boolean NOT NULL,
	"remind_at" timestamp with time zone NOT NULL,
	"reminded_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" text,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_one_booker" CHECK (("bookings"."booker_unit_id" is null) <> ("bookings"."booker_community_id" is null)),
	CONSTRAINT "bookings_slot_check" CHECK ("bookings"."ends_at" > "bookings"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_owner_community_id_regions_id_fk" FOREIGN KEY ("owner_community_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_booker_unit_id_units_id_fk" FOREIGN KEY ("booker_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_booker_community_id_regions_id_fk" FOREIGN KEY ("booker_community_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resources_owner_unit_idx" ON "resources" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "resources_owner_community_idx" ON "resources" USING btree ("owner_community_id");--> statement-breakpoint
CREATE INDEX "bookings_resource_idx" ON "bookings" USING btree ("resource_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_booker_unit_idx" ON "bookings" USING btree ("booker_unit_id");--> statement-breakpoint
CREATE INDEX "bookings_booker_community_idx" ON "bookings" USING btree ("booker_community_id");--> statement-breakpoint
CREATE INDEX "bookings_reminder_due_idx" ON "bookings" USING btree ("remind_at") WHERE "bookings"."reminded_at" is null and "bookings"."status" in ('approved', 'confirmed');--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_exclusive_slot" EXCLUDE USING gist ("resource_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("exclusive" and "status" in ('requested', 'approved', 'confirmed'));
