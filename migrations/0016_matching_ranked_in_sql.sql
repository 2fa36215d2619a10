-- Candidates chosen and ranked in Postgres (src/modules/offers/matching.candidates.repo.ts):
--   * an SP-GiST index over members' homes as points (lat, lng), read nearest first
--     (ORDER BY point(...) <-> point(...)) when an escalated order reaches a street or district;
--   * indexes for members of a grid, and members without a home, read whole;
--   * members' claim history as the score reads it (completions, withdrawals, no-shows, the latest
--     completion), kept by triggers on claims in the statement that changes a claim, so a candidate
--     costs no read of its claims.
ALTER TABLE "members" ADD COLUMN "completions" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "withdrawals" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "no_shows" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "last_completed_at" timestamp with time zone;
--> statement-breakpoint
UPDATE "members" m
   SET completions = h.completions, withdrawals = h.withdrawals, no_shows = h.no_shows,
       last_completed_at = h.last_completed_at
  FROM (SELECT c.member_id,
               count(*) FILTER (WHERE c.status = 'completed')::int AS completions,
               count(*) FILTER (WHERE c.status = 'withdrawn')::int AS withdrawals,
               count(*) FILTER (WHERE c.status = 'no_show')::int AS no_shows,
               max(c.completed_at) FILTER (WHERE c.status = 'completed') AS last_completed_at
          FROM claims c GROUP BY c.member_id) h
 WHERE h.member_id = m.id;
--> statement-breakpoint
-- A claim leaving or entering completed, withdrawn or no_show moves its member's counts by one; a
-- completed claim's completion time raises last_completed_at (never lowered: it only tells the
-- matcher whether the member's recent hours must be read).
CREATE FUNCTION claims_member_history() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status IN ('completed', 'withdrawn', 'no_show') THEN
    UPDATE members
       SET completions = completions - (OLD.status = 'completed')::int,
           withdrawals = withdrawals - (OLD.status = 'withdrawn')::int,
           no_shows = no_shows - (OLD.status = 'no_show')::int
     WHERE id = OLD.member_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status IN ('completed', 'withdrawn', 'no_show') THEN
    UPDATE members
       SET completions = completions + (NEW.status = 'completed')::int,
           withdrawals = withdrawals + (NEW.status = 'withdrawn')::int,
           no_shows = no_shows + (NEW.status = 'no_show')::int,
           last_completed_at = CASE WHEN NEW.status = 'completed' AND NEW.completed_at IS NOT NULL
             THEN greatest(last_completed_at, NEW.completed_at) ELSE last_completed_at END
     WHERE id = NEW.member_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER claims_member_history_insert AFTER INSERT ON claims FOR EACH ROW
  WHEN (NEW.status IN ('completed', 'withdrawn', 'no_show'))
  EXECUTE FUNCTION claims_member_history();
--> statement-breakpoint
CREATE TRIGGER claims_member_history_update AFTER UPDATE ON claims FOR EACH ROW
  WHEN ((OLD.status IS DISTINCT FROM NEW.status OR OLD.member_id IS DISTINCT FROM NEW.member_id
         OR OLD.completed_at IS DISTINCT FROM NEW.completed_at)
        AND (OLD.status IN ('completed', 'withdrawn', 'no_show') OR NEW.status IN ('completed', 'withdrawn', 'no_show')))
  EXECUTE FUNCTION claims_member_history();
--> statement-breakpoint
CREATE TRIGGER claims_member_history_delete AFTER DELETE ON claims FOR EACH ROW
  WHEN (OLD.status IN ('completed', 'withdrawn', 'no_show'))
  EXECUTE FUNCTION claims_member_history();
--> statement-breakpoint
CREATE INDEX "members_grid_idx" ON "members" USING btree ("grid_id");
--> statement-breakpoint
CREATE INDEX "members_home_idx" ON "members" USING spgist (point("home_lat", "home_lng"));
--> statement-breakpoint
CREATE INDEX "members_homeless_community_idx" ON "members" USING btree ("community_id") WHERE "members"."home_lat" is null or "members"."home_lng" is null;
--> statement-breakpoint
CREATE INDEX "members_homeless_unit_idx" ON "members" USING btree ("unit_id") WHERE "members"."home_lat" is null or "members"."home_lng" is null;
