-- Claims handed over (转派): a holder's offer of its claim to a named member, or a member's (or its
-- unit's) request for a held claim; answered, withdrawn, ended with the claim, or moved by its timer.
-- One open transfer per claim; open requests are found by their auto-accept time.
CREATE TABLE "claim_transfers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"from_member_id" uuid NOT NULL,
	"to_member_id" uuid NOT NULL,
	"to_unit_id" uuid,
	"reason" text,
	"auto_accept_at" timestamp with time zone,
	"auto_accepted" boolean DEFAULT false NOT NULL,
	"end_cause" text,
	"created_by" uuid,
	"answered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "claim_transfers_auto_check" CHECK (("claim_transfers"."kind" = 'request') = ("claim_transfers"."auto_accept_at" is not null)),
	CONSTRAINT "claim_transfers_other_member_check" CHECK ("claim_transfers"."from_member_id" <> "claim_transfers"."to_member_id")
);
--> statement-breakpoint
ALTER TABLE "claim_transfers" ADD CONSTRAINT "claim_transfers_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_transfers" ADD CONSTRAINT "claim_transfers_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_transfers" ADD CONSTRAINT "claim_transfers_from_member_id_members_id_fk" FOREIGN KEY ("from_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_transfers" ADD CONSTRAINT "claim_transfers_to_member_id_members_id_fk" FOREIGN KEY ("to_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_transfers" ADD CONSTRAINT "claim_transfers_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "claim_transfers_one_open_idx" ON "claim_transfers" USING btree ("claim_id") WHERE "claim_transfers"."status" = 'open';--> statement-breakpoint
CREATE INDEX "claim_transfers_order_idx" ON "claim_transfers" USING btree ("order_id","created_at");--> statement-breakpoint
CREATE INDEX "claim_transfers_from_idx" ON "claim_transfers" USING btree ("from_member_id","created_at");--> statement-breakpoint
CREATE INDEX "claim_transfers_to_idx" ON "claim_transfers" USING btree ("to_member_id","created_at");--> statement-breakpoint
CREATE INDEX "claim_transfers_due_idx" ON "claim_transfers" USING btree ("auto_accept_at") WHERE "claim_transfers"."status" = 'open';
