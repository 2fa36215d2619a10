-- POST /v1/orders (open dispatch, published at once) as the service runs it at steady state, statement
-- for statement: the API process has taken an order of the same community, grid, category and
-- priority that day, so it checks the order against the facts kept from then and sends ONE
-- statement, which reads everything the order is checked against and needs again (community,
-- category, grid, pairings, SLA policy) with its possible duplicates, and, while those facts still
-- hold, writes the order (already published), its two hash-chained audit events (audit_append), the
-- domain event and the SLA timer outbox rows (outbox_emit), whose webhooks fan-out trigger finds the
-- endpoints to deliver the event to (none is subscribed) — the database functions of migration 0007.
-- A single statement is atomic, so there is no transaction block. What Node computes (UUIDv7 ids,
-- SHA-256 hashes, JSON, fields picked out of the kept facts) Postgres computes here from pgbench's
-- random numbers and the facts read, or receives as a constant of the same size; the facts are
-- compared with themselves where the service compares them with those it kept.
-- `npm run bench:intake` checks that this list still matches the service.
-- The officer's key is in the service's key cache (AUTH_CACHE_TTL_MS) at steady state, so no key
-- lookup is sent per request; pgbench is given the key's id.
-- Variables: -D communities=<n> -D keyid=<id of the officer key>.
\set k random(0, :communities - 1)
\set cat random(1, 10)
\set lat 29.6 + :k * 0.01 + random(-500, 500) * 0.00001
\set lng 116.0 + :k * 0.01 + random(-500, 500) * 0.00001
\set h1 random(0, 2147483647)
\set h2 random(0, 65535)
\set h3 random(0, 4095)
\set h4 random(0, 4095)
\set h5 random(0, 2147483647)
\set h6 random(0, 2147483647)
\set e1 random(0, 2147483647)
\set e2 random(0, 2147483647)
with f as materialized (select
  (select json_build_object('id', c.id, 'level', c.level, 'path', c.path)
     from regions c where c.id = ('00000000-0000-7000-8000-' || lpad(:k::text, 12, '0'))::uuid) as community,
  exists (select 1 from categories where code = (array['micro_wish','home_visit','volunteer_service','health_clinic','legal_aid',
          'dispute_mediation','errand','civic_campaign','poverty_pairing','other'])[:cat]) as category_known,
  (select json_build_object('parentId', g.parent_id, 'level', g.level)
     from regions g where g.id = ('00000000-0000-7000-9000-' || lpad(:k::text, 12, '0'))::uuid) as grid,
  array(select distinct p.unit_id from pairings p
     where p.community_id = ('00000000-0000-7000-8000-' || lpad(:k::text, 12, '0'))::uuid and p.valid_from <= current_date
       and (p.valid_to is null or p.valid_to >= current_date)
     order by p.unit_id) as paired_units,
  (select json_build_object('claimWithinS', s.claim_within_s, 'completeWithinS', s.complete_within_s)
     from sla_policies s where s.category_code = (array['micro_wish','home_visit','volunteer_service','health_clinic','legal_aid',
          'dispute_mediation','errand','civic_campaign','poverty_pairing','other'])[:cat] and s.priority = 'routine') as policy,
  (array['micro_wish','home_visit','volunteer_service','health_clinic','legal_aid','dispute_mediation','errand','civic_campaign',
         'poverty_pairing','other'])[:cat] as cat_code,
  coalesce((select json_agg(x) from (
    select d.id, d.title, d.status,
      case when d.lat is null or :lat::float8 is null then null else
        2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(d.lat - :lat) / 2), 2)
        + cos(radians(:lat)) * cos(radians(d.lat)) * power(sin(radians(d.lng - :lng) / 2), 2)))) end as distance_m
    from orders d
    where d.category_code = (array['micro_wish','home_visit','volunteer_service','health_clinic','legal_aid','dispute_mediation',
            'errand','civic_campaign','poverty_pairing','other'])[:cat]
      and d.community_id = ('00000000-0000-7000-8000-' || lpad(:k::text, 12, '0'))::uuid
      and d.status in ('open','filled','in_progress') and d.created_at >= now() - interval '7 days'
      and d.lat is not null and 2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(d.lat - :lat) / 2), 2)
        + cos(radians(:lat)) * cos(radians(d.lat)) * power(sin(radians(d.lng - :lng) / 2), 2)))) <= 50
      and d.lat between :lat - 0.001 and :lat + 0.001
    order by d.created_at desc limit 10) x), '[]') as duplicates),
holds as materialized (
  select 1 from f
   where f.community::jsonb is not distinct from (select community from f)::jsonb and f.category_known = (select category_known from f)
     and f.grid::jsonb is not distinct from (select grid from f)::jsonb and f.paired_units = (select paired_units from f)
     and f.policy::jsonb is not distinct from (select policy from f)::jsonb),
o as (insert into orders (id, community_id, grid_id, region_path, category_code, title, description, priority, headcount,
                      required_skills, lat, lng, address, window_starts_at, window_ends_at, beneficiary_name, beneficiary_phone,
                      source, dispatch_mode, target_unit_ids, status, version, slots_held, escalation_level, match_wave,
                      claim_by, complete_by, published_at, created_by, created_at, updated_at)
  select (lpad(to_hex(:h1::bigint), 8, '0') || '-' || lpad(to_hex(:h2::bigint), 4, '0') || '-7' || lpad(to_hex(:h3::bigint), 3, '0') || '-8'
           || lpad(to_hex(:h4::bigint), 3, '0') || '-' || lpad(to_hex(:h5::bigint), 8, '0') || lpad(to_hex(:h6::bigint % 65536), 4, '0'))::uuid,
          ((select community from f) ->> 'id')::uuid, ('00000000-0000-7000-9000-' || lpad(:k::text, 12, '0'))::uuid,
          (select community from f) ->> 'path', (select cat_code from f),
          'Help an elderly resident with groceries', 'Lives alone on the 5th floor without a lift; needs the weekly shopping carried up.',
          'routine', 2, '{}', :lat, :lng, 'Building 3, Unit 2', null, null, 'Li Guilan', '13900001111', 'grid_patrol', 'open', '{}',
          'open', 2, 0, 0, 0, now() + make_interval(secs => ((select policy from f) ->> 'claimWithinS')::int),
          now() + make_interval(secs => ((select policy from f) ->> 'completeWithinS')::int), now(), :keyid, now(), now()
   where exists (select 1 from holds))
select f.*, w.written from f left join lateral (select audit_append(('[{"entity_type": "order","entity_id": "'
      || (lpad(to_hex(:h1::bigint), 8, '0') || '-' || lpad(to_hex(:h2::bigint), 4, '0') || '-7' || lpad(to_hex(:h3::bigint), 3, '0') || '-8'
          || lpad(to_hex(:h4::bigint), 3, '0') || '-' || lpad(to_hex(:h5::bigint), 8, '0') || lpad(to_hex(:h6::bigint % 65536), 4, '0'))
      || '","seq": 1,"action": "order.created","actor_type": "api_key","actor_id": "' || :keyid::text
      || '","request_id": "' || gen_random_uuid()::text || '","before": null,"after": {"status": "draft","version": 1,"headcount": 2,"slotsHeld": 0,"priority": "routine","title": "Help an elderly resident with groceries","dispatchMode": "open","targetUnitIds": [],"requiredSkills": [],"escalationLevel": 0,"claimBy": null,"completeBy": null,"beneficiaryName": "L********","beneficiaryPhone": "139****1111","communityId": "'
      || ((select community from f) ->> 'id') || '","categoryCode": "' || (select cat_code from f) || '"},"created_at": ' || to_json(now())::text
      || ',"prev_hash": null,"hash": "bf8cd8516f6c1dc3a34ed845878ca9637f370a41aa3563dc4933b35f41c378c0"},'
      || '{"entity_type": "order","entity_id": "'
      || (lpad(to_hex(:h1::bigint), 8, '0') || '-' || lpad(to_hex(:h2::bigint), 4, '0') || '-7' || lpad(to_hex(:h3::bigint), 3, '0') || '-8'
          || lpad(to_hex(:h4::bigint), 3, '0') || '-' || lpad(to_hex(:h5::bigint), 8, '0') || lpad(to_hex(:h6::bigint % 65536), 4, '0'))
      || '","seq": 2,"action": "order.published","actor_type": "api_key","actor_id": "' || :keyid::text
      || '","request_id": "' || gen_random_uuid()::text || '","before": {"status": "draft","version": 1,"headcount": 2,"slotsHeld": 0,"priority": "routine","title": "Help an elderly resident with groceries","dispatchMode": "open","targetUnitIds": [],"requiredSkills": [],"escalationLevel": 0,"claimBy": null,"completeBy": null,"beneficiaryName": "L********","beneficiaryPhone": "139****1111"},"after": {"status": "open","version": 2,"headcount": 2,"slotsHeld": 0,"priority": "routine","title": "Help an elderly resident with groceries","dispatchMode": "open","targetUnitIds": [],"requiredSkills": [],"escalationLevel": 0,"claimBy": '
      || to_json(now() + make_interval(secs => ((select policy from f) ->> 'claimWithinS')::int))::text || ',"completeBy": '
      || to_json(now() + make_interval(secs => ((select policy from f) ->> 'completeWithinS')::int))::text
      || ',"beneficiaryName": "L********","beneficiaryPhone": "139****1111"},"created_at": ' || to_json(now())::text
      || ',"prev_hash": "bf8cd8516f6c1dc3a34ed845878ca9637f370a41aa3563dc4933b35f41c378c0","hash": "3ccd311fef72118e282bdbd125f078eb560a703fefe126135c77073285c42ebf"}]')::jsonb),
  outbox_emit(('[{"id": "' || (lpad(to_hex(:e1::bigint), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(:e2::bigint), 12, '0'))
      || '","type": "order.published","order_id": "'
      || (lpad(to_hex(:h1::bigint), 8, '0') || '-' || lpad(to_hex(:h2::bigint), 4, '0') || '-7' || lpad(to_hex(:h3::bigint), 3, '0') || '-8'
          || lpad(to_hex(:h4::bigint), 3, '0') || '-' || lpad(to_hex(:h5::bigint), 8, '0') || lpad(to_hex(:h6::bigint % 65536), 4, '0'))
      || '","region_path": "' || ((select community from f) ->> 'path') || '","unit_ids": ' || to_json((select paired_units from f))::text
      || ',"data": {"orderId": "'
      || (lpad(to_hex(:h1::bigint), 8, '0') || '-' || lpad(to_hex(:h2::bigint), 4, '0') || '-7' || lpad(to_hex(:h3::bigint), 3, '0') || '-8'
          || lpad(to_hex(:h4::bigint), 3, '0') || '-' || lpad(to_hex(:h5::bigint), 8, '0') || lpad(to_hex(:h6::bigint % 65536), 4, '0'))
      || '","communityId": "' || ((select community from f) ->> 'id') || '","categoryCode": "' || (select cat_code from f)
      || '","priority": "routine","dispatchMode": "open","status": "open","version": 2,"slots": {"total": 2,"held": 0},"escalationLevel": 0}}]')::jsonb,
    ('[{"queue": "sla","job_name": "claim_deadline","payload": {"orderId": "'
      || (lpad(to_hex(:h1::bigint), 8, '0') || '-' || lpad(to_hex(:h2::bigint), 4, '0') || '-7' || lpad(to_hex(:h3::bigint), 3, '0') || '-8'
          || lpad(to_hex(:h4::bigint), 3, '0') || '-' || lpad(to_hex(:h5::bigint), 8, '0') || lpad(to_hex(:h6::bigint % 65536), 4, '0'))
      || '","kind": "claim","deadline": ' || to_json(now() + make_interval(secs => ((select policy from f) ->> 'claimWithinS')::int))::text
      || '},"delay_ms": ' || (((select policy from f) ->> 'claimWithinS')::bigint * 1000)::text || ',"job_id": "sla-claim-'
      || (lpad(to_hex(:h1::bigint), 8, '0') || '-' || lpad(to_hex(:h2::bigint), 4, '0') || '-7' || lpad(to_hex(:h3::bigint), 3, '0') || '-8'
          || lpad(to_hex(:h4::bigint), 3, '0') || '-' || lpad(to_hex(:h5::bigint), 8, '0') || lpad(to_hex(:h6::bigint % 65536), 4, '0'))
      || '-1795821495380"},{"queue": "sla","job_name": "complete_deadline","payload": {"orderId": "'
      || (lpad(to_hex(:h1::bigint), 8, '0') || '-' || lpad(to_hex(:h2::bigint), 4, '0') || '-7' || lpad(to_hex(:h3::bigint), 3, '0') || '-8'
          || lpad(to_hex(:h4::bigint), 3, '0') || '-' || lpad(to_hex(:h5::bigint), 8, '0') || lpad(to_hex(:h6::bigint % 65536), 4, '0'))
      || '","kind": "complete","deadline": ' || to_json(now() + make_interval(secs => ((select policy from f) ->> 'completeWithinS')::int))::text
      || '},"delay_ms": ' || (((select policy from f) ->> 'completeWithinS')::bigint * 1000)::text || ',"job_id": "sla-complete-'
      || (lpad(to_hex(:h1::bigint), 8, '0') || '-' || lpad(to_hex(:h2::bigint), 4, '0') || '-7' || lpad(to_hex(:h3::bigint), 3, '0') || '-8'
          || lpad(to_hex(:h4::bigint), 3, '0') || '-' || lpad(to_hex(:h5::bigint), 8, '0') || lpad(to_hex(:h6::bigint % 65536), 4, '0'))
      || '-1795821495380"}]')::jsonb), true as written where exists (select 1 from holds)) w on true;
