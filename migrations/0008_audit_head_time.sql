-- audit_chain_head also answers the head's created_at: the next event of the chain is stamped no
-- earlier than it (src/audit/audit.repo.ts, stampAfter), so time never runs backwards along a chain.
-- The OUT columns change, so the function is dropped and created again (in this migration's
-- transaction: no caller ever finds it missing). A caller selecting only seq and hash still works.
DROP FUNCTION audit_chain_head(uuid);
--> statement-breakpoint
CREATE FUNCTION audit_chain_head(entity uuid, OUT seq integer, OUT hash text, OUT created_at timestamptz)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(entity::text, 0));
  SELECT e.seq, e.hash, e.created_at INTO seq, hash, created_at
    FROM audit_events e WHERE e.entity_id = entity ORDER BY e.seq DESC LIMIT 1;
END
$$;
