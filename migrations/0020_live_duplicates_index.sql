-- Possible duplicates of a new order (src/modules/orders/orders.repo.ts, intakeFacts): up to ten live
-- orders of its category in its community from the last seven days, newest first, near its location
-- (a latitude band, then the distance) or in its grid. Read through orders_community_created_idx,
-- every order the community had in those seven days was fetched and filtered (1,250 rows and 900
-- heap pages a POST in a community of 1,250 recent orders). This index holds live orders only, by
-- category and newest first, and tests the latitude band and the grid on its own entries, so only
-- the rows that may be duplicates are fetched, and the read stops at the tenth.
CREATE INDEX "orders_live_duplicates_idx" ON "orders" USING btree ("community_id","category_code","created_at","lat","grid_id") WHERE "orders"."status" in ('open','filled','in_progress');
