-- A time-ordered id (UUIDv7, RFC 9562) made inside a statement, for rows whose number is only known
-- there (webhook deliveries: one per subscribed endpoint). The 48-bit millisecond field is the
-- statement's timestamp and the 12-bit rand_a field holds `seq` (RFC 9562 §6.2, method 1), so ids
-- made by one statement sort in `seq` order; the remaining 62 bits are random (with the RFC variant,
-- taken from a v4 uuid).
CREATE FUNCTION uuid7_seq(seq integer) RETURNS uuid
LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT encode(
    substring(int8send(floor(extract(epoch FROM statement_timestamp()) * 1000)::bigint) FROM 3)
      || int2send((28672 | (seq & 4095))::smallint)
      || substring(uuid_send(gen_random_uuid()) FROM 9),
    'hex')::uuid
$$;
