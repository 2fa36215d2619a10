-- The matcher's reads of members, from their indexes alone (src/modules/offers/matching.candidates.repo.ts).
-- A city's members are not stored by community: read through the heap, the thousand members of a
-- community cost a thousand heap pages, and the matcher reads a community's members on every wave.
-- The indexes by community, by unit and by home now hold every column the candidate read tests and
-- scores, so that the read is an index-only scan of pages that keep a community's (or a
-- neighbourhood's) members together. The price: a change of any of these columns (active claims,
-- availability, claim history) writes new index entries instead of a heap-only update.
CREATE INDEX "members_community_covering_idx" ON "members" USING btree ("community_id")
  INCLUDE ("id", "unit_id", "grid_id", "skills", "home_lat", "home_lng", "completions", "withdrawals", "no_shows",
    "last_completed_at", "status", "available", "active_claims", "max_active_claims");
--> statement-breakpoint
DROP INDEX "members_community_idx";
--> statement-breakpoint
ALTER INDEX "members_community_covering_idx" RENAME TO "members_community_idx";
--> statement-breakpoint
CREATE INDEX "members_unit_covering_idx" ON "members" USING btree ("unit_id")
  INCLUDE ("id", "community_id", "grid_id", "skills", "home_lat", "home_lng", "completions", "withdrawals", "no_shows",
    "last_completed_at", "status", "available", "active_claims", "max_active_claims");
--> statement-breakpoint
DROP INDEX "members_unit_idx";
--> statement-breakpoint
ALTER INDEX "members_unit_covering_idx" RENAME TO "members_unit_idx";
--> statement-breakpoint
CREATE INDEX "members_home_covering_idx" ON "members" USING spgist (point("home_lat", "home_lng"))
  INCLUDE ("id", "unit_id", "community_id", "grid_id", "skills", "home_lat", "home_lng", "completions", "withdrawals",
    "no_shows", "last_completed_at", "status", "available", "active_claims", "max_active_claims");
--> statement-breakpoint
DROP INDEX "members_home_idx";
--> statement-breakpoint
ALTER INDEX "members_home_covering_idx" RENAME TO "members_home_idx";
