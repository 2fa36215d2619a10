-- An Idempotency-Key is scoped to the API key that sent it and the resource it was sent to (the
-- method and path in "route"), no longer to the API key alone: the same key on two routes is two
-- operations. Safe on a table with rows: rows unique on (api_key_id, key) are unique on
-- (api_key_id, route, key) too, and the old key is dropped and the new one built in this migration's
-- transaction, so no moment is without one. The table holds at most IDEMPOTENCY_RETENTION_S of
-- writes, so building the key holds its lock briefly. Stored request hashes are unchanged: a retry
-- that spans the upgrade still replays.
ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_api_key_id_key_pk";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_api_key_id_route_key_pk" PRIMARY KEY("api_key_id","route","key");
