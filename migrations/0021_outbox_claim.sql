-- The relay's claim (src/outbox/outbox.repo.ts, beginAndClaim) as a function, so that its plan is
-- made once per connection and kept: sent as text in the simple protocol, as it must be to share
-- one round trip with BEGIN, the statement was planned on every claim (0.4 ms each, a partitioned
-- table's planning, two claims per order at low rates). PL/pgSQL keeps the plan of its statements;
-- the partitions are still chosen when it runs (run-time pruning on the claimed rows' time range).
-- The index scan of the unpublished rows, never a bitmap scan, is the function's own setting (see
-- beginAndClaim for why).
CREATE FUNCTION outbox_claim(batch integer)
RETURNS TABLE (id bigint, queue text, job_name text, payload jsonb, job_id text, delay_ms bigint)
LANGUAGE plpgsql
SET enable_bitmapscan = off
AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH c AS MATERIALIZED (
    SELECT o.id, o.created_at FROM outbox o
     WHERE o.published_at IS NULL
     ORDER BY o.id LIMIT batch
       FOR UPDATE SKIP LOCKED)
  UPDATE outbox u SET published_at = now()
   WHERE u.id = any(array(SELECT c.id FROM c))
     AND u.created_at BETWEEN (SELECT min(c.created_at) FROM c) AND (SELECT max(c.created_at) FROM c)
  RETURNING u.id, u.queue, u.job_name, u.payload, u.job_id,
    greatest(0, u.delay_ms - floor(extract(epoch from clock_timestamp() - u.created_at) * 1000))::bigint;
END $$;
