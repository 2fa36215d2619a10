-- POST /v1/orders (open dispatch, published at once) as the service runs it, statement for statement:
-- the key lookup of the auth hook, then one transaction with the order, its two audit events (each
-- behind the entity's advisory lock and the previous-hash select), the SLA timer outbox rows, the
-- domain event and its webhook fan-out lookup (no endpoint is subscribed), and the possible-duplicates
-- query. What Node computes (UUIDv7 ids, hashes, JSON) is computed by Postgres here or sent as a
-- constant of the same size. `npm run bench:intake` checks that this list still matches the service.
-- Variables: -D communities=<n> -D keyprefix=<prefix of the officer key>.
\set k random(0, :communities - 1)
\set cat random(1, 10)
\set dlat random(-500, 500)
\set dlng random(-500, 500)
select api_keys.id, api_keys.secret_hash, api_keys.role, api_keys.scope_region_id, regions.path, api_keys.scope_unit_id,
       api_keys.scope_member_id, api_keys.revoked_at, api_keys.expires_at, api_keys.last_used_at
  from api_keys left join regions on regions.id = api_keys.scope_region_id
  where api_keys.prefix = :keyprefix limit 1
\gset key_
begin;
select id, parent_id, level, name, code, path, center_lat, center_lng, radius_m, polygon, created_at, updated_at
  from regions where id = ('00000000-0000-7000-8000-' || lpad(:k::text, 12, '0'))::uuid
\gset c_
select code from categories
  where code = (array['micro_wish','home_visit','volunteer_service','health_clinic','legal_aid','dispute_mediation','errand','civic_campaign','poverty_pairing','other'])[:cat]
\gset cat_
select parent_id, level from regions where id = ('00000000-0000-7000-9000-' || lpad(:k::text, 12, '0'))::uuid;
insert into orders (id, community_id, grid_id, region_path, category_code, title, description, priority, headcount,
                    required_skills, lat, lng, address, window_starts_at, window_ends_at, beneficiary_name, beneficiary_phone,
                    source, dispatch_mode, target_unit_ids, status, created_by, created_at, updated_at)
  values ((lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3)
           || '8' || substr(md5(random()::text), 1, 15))::uuid,
          :c_id, ('00000000-0000-7000-9000-' || lpad(:k::text, 12, '0'))::uuid, :c_path, :cat_code,
          'Help an elderly resident with groceries', 'Lives alone on the 5th floor without a lift; needs the weekly shopping carried up.',
          'routine', 2, '{}', :c_center_lat + :dlat * 0.00001, :c_center_lng + :dlng * 0.00001, 'Building 3, Unit 2', null, null,
          'Li Guilan', '13900001111', 'grid_patrol', 'open', '{}', 'draft', :key_id, now(), now())
  returning *
\gset o_
select pg_advisory_xact_lock(hashtextextended(:o_id, 0));
select seq, hash from audit_events where entity_id = :o_id order by seq desc limit 1;
insert into audit_events (entity_type, entity_id, seq, action, actor_type, actor_id, request_id, before, after, created_at, prev_hash, hash)
  values ('order', :o_id, 1, 'order.created', 'api_key', :key_id, gen_random_uuid()::text, null,
          ('{"status": "draft","version": 1,"headcount": 2,"slotsHeld": 0,"priority": "routine","title": "Help an elderly resident with groceries","dispatchMode": "open","targetUnitIds": [],"requiredSkills": [],"escalationLevel": 0,"claimBy": null,"completeBy": null,"beneficiaryName": "L********","beneficiaryPhone": "139****1111","communityId": "'
           || :c_id::text || '","categoryCode": "' || :cat_code::text || '"}')::jsonb,
          now(), null, 'bf8cd8516f6c1dc3a34ed845878ca9637f370a41aa3563dc4933b35f41c378c0');
select category_code, priority, claim_within_s, complete_within_s, response_within_s, max_level, updated_at
  from sla_policies where category_code = :cat_code and priority = 'routine'
\gset p_
select count(*) filter (where status in ('held','checked_in','completed'))::int as held,
       count(*) filter (where status in ('checked_in','completed'))::int as started,
       count(*) filter (where status = 'completed')::int as done
  from claims where order_id = :o_id;
update orders set headcount = 2, status = 'open', version = 2, slots_held = 0,
                  claim_by = now() + make_interval(secs => :p_claim_within_s), complete_by = now() + make_interval(secs => :p_complete_within_s),
                  updated_at = now(), published_at = now()
  where id = :o_id returning *;
select pg_advisory_xact_lock(hashtextextended(:o_id, 0));
select seq, hash from audit_events where entity_id = :o_id order by seq desc limit 1
\gset a_
insert into audit_events (entity_type, entity_id, seq, action, actor_type, actor_id, request_id, before, after, created_at, prev_hash, hash)
  values ('order', :o_id, :a_seq + 1, 'order.published', 'api_key', :key_id, gen_random_uuid()::text,
          '{"status": "draft","version": 1,"headcount": 2,"slotsHeld": 0,"priority": "routine","title": "Help an elderly resident with groceries","dispatchMode": "open","targetUnitIds": [],"requiredSkills": [],"escalationLevel": 0,"claimBy": null,"completeBy": null,"beneficiaryName": "L********","beneficiaryPhone": "139****1111"}',
          ('{"status": "open","version": 2,"headcount": 2,"slotsHeld": 0,"priority": "routine","title": "Help an elderly resident with groceries","dispatchMode": "open","targetUnitIds": [],"requiredSkills": [],"escalationLevel": 0,"claimBy": ' || to_json(now() + make_interval(secs => :p_claim_within_s))::text || ',"completeBy": ' || to_json(now() + make_interval(secs => :p_complete_within_s))::text || ',"beneficiaryName": "L********","beneficiaryPhone": "139****1111"}')::jsonb,
          now(), :a_hash, '3ccd311fef72118e282bdbd125f078eb560a703fefe126135c77073285c42ebf');
insert into outbox (queue, job_name, payload, delay_ms, job_id)
  values ('sla', 'claim_deadline', ('{"orderId": "' || :o_id::text || '","kind": "claim","deadline": ' || to_json(now() + make_interval(secs => :p_claim_within_s))::text || '}')::jsonb,
          :p_claim_within_s::bigint * 1000, 'sla-claim-' || :o_id::text || '-' || (extract(epoch from now() + make_interval(secs => :p_claim_within_s)) * 1000)::bigint),
         ('sla', 'complete_deadline', ('{"orderId": "' || :o_id::text || '","kind": "complete","deadline": ' || to_json(now() + make_interval(secs => :p_complete_within_s))::text || '}')::jsonb,
          :p_complete_within_s::bigint * 1000, 'sla-complete-' || :o_id::text || '-' || (extract(epoch from now() + make_interval(secs => :p_complete_within_s)) * 1000)::bigint);
select unnest('{}'::uuid[]) as unit_id
  union select p.unit_id from pairings p
    where 'open' = 'open' and p.community_id = :c_id and p.valid_from <= current_date and (p.valid_to is null or p.valid_to >= current_date)
  union select m.unit_id from claims c join members m on m.id = c.member_id
    where c.order_id = :o_id and m.unit_id is not null and c.status in ('held','checked_in','completed')
\gset u_
insert into domain_events (id, type, order_id, region_path, unit_ids, data)
  values ((lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3)
           || '8' || substr(md5(random()::text), 1, 15))::uuid,
          'order.published', :o_id, :c_path, array[:u_unit_id::uuid],
          ('{"orderId": "' || :o_id::text || '","communityId": "' || :c_id::text || '","categoryCode": "' || :cat_code::text
           || '","priority": "routine","dispatchMode": "open","status": "open","version": 2,"slots": {"total": 2,"held": 0},"escalationLevel": 0}')::jsonb)
  returning id, created_at;
select ev.i, e.id as endpoint_id
  from jsonb_to_recordset(('[{"i": 0,"type": "order.published","region_path": "' || :c_path::text || '","unit_ids": ["' || :u_unit_id::text || '"]}]')::jsonb)
    as ev(i int, type text, region_path text, unit_ids uuid[])
  join webhook_endpoints e on e.events && array[ev.type, '*']
  left join regions r on r.id = e.scope_region_id
  where e.enabled and e.deleted_at is null
    and ((e.scope_region_id is null and e.scope_unit_id is null)
      or (r.path is not null and starts_with(ev.region_path, r.path))
      or e.scope_unit_id = any(ev.unit_ids))
  order by ev.i, e.id;
select d.id, d.title, d.status,
       case when d.lat is null or :o_lat::float8 is null then null else
         2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(d.lat - :o_lat) / 2), 2)
         + cos(radians(:o_lat)) * cos(radians(d.lat)) * power(sin(radians(d.lng - :o_lng) / 2), 2)))) end as distance_m
  from orders d
  where d.id <> :o_id and d.category_code = :cat_code and d.community_id = :c_id
    and d.status in ('open','filled','in_progress') and d.created_at >= now() - interval '7 days' and d.lat is not null
    and 2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(d.lat - :o_lat) / 2), 2)
        + cos(radians(:o_lat)) * cos(radians(d.lat)) * power(sin(radians(d.lng - :o_lng) / 2), 2)))) <= 50
    and d.lat between :o_lat - 0.001 and :o_lat + 0.001
  order by d.created_at desc limit 10;
commit;
