-- The head of an entity's audit chain, read after taking the entity's append lock, in one round trip.
-- A VOLATILE PL/pgSQL function takes a fresh snapshot for each statement it runs, so under READ
-- COMMITTED the select sees an event that another transaction committed while this one waited for
-- the lock (a select in the same statement as the lock would not). No row: a chain not yet begun.
CREATE FUNCTION audit_chain_head(entity uuid, OUT seq integer, OUT hash text)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(entity::text, 0));
  SELECT e.seq, e.hash INTO seq, hash
    FROM audit_events e WHERE e.entity_id = entity ORDER BY e.seq DESC LIMIT 1;
END
$$;
