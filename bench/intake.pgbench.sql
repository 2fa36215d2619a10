-- POST /v1/orders (open dispatch, published at once) as the service runs it, statement for statement:
-- the key lookup of the auth hook, then one transaction: one select of everything the order is checked
-- against and needs (community, category, grid, pairings, SLA policy, possible duplicates), the order
-- row written already published, its two hash-chained audit events in one insert (a chain begun in
-- this transaction needs no lock), the SLA timer outbox rows, the domain event and its webhook fan-out
-- lookup (no endpoint is subscribed). What Node computes (UUIDv7 ids, SHA-256 hashes, JSON, fields
-- picked out of the first select) Postgres computes here, or receives as a constant of the same size.
-- `npm run bench:intake` checks that this list still matches the service.
-- Variables: -D communities=<n> -D keyprefix=<prefix of the officer key>.
\set k random(0, :communities - 1)
\set cat random(1, 10)
\set lat 29.6 + :k * 0.01 + random(-500, 500) * 0.00001
\set lng 116.0 + :k * 0.01 + random(-500, 500) * 0.00001
select api_keys.id, api_keys.secret_hash, api_keys.role, api_keys.scope_region_id, regions.path, api_keys.scope_unit_id,
       api_keys.scope_member_id, api_keys.revoked_at, api_keys.expires_at, api_keys.last_used_at
  from api_keys left join regions on regions.id = api_keys.scope_region_id
  where api_keys.prefix = :keyprefix limit 1
\gset key_
begin;
select
  (select json_build_object('id', c.id, 'level', c.level, 'path', c.path)
     from regions c where c.id = ('00000000-0000-7000-8000-' || lpad(:k::text, 12, '0'))::uuid) as community,
  exists (select 1 from categories where code = (array['micro_wish','home_visit','volunteer_service','health_clinic','legal_aid',
          'dispute_mediation','errand','civic_campaign','poverty_pairing','other'])[:cat]) as category_known,
  (select json_build_object('parentId', g.parent_id, 'level', g.level)
     from regions g where g.id = ('00000000-0000-7000-9000-' || lpad(:k::text, 12, '0'))::uuid) as grid,
  array(select distinct p.unit_id from pairings p
     where p.community_id = ('00000000-0000-7000-8000-' || lpad(:k::text, 12, '0'))::uuid and p.valid_from <= current_date
       and (p.valid_to is null or p.valid_to >= current_date)) as paired_units,
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
    order by d.created_at desc limit 10) x), '[]') as duplicates
\gset f_
insert into orders (id, community_id, grid_id, region_path, category_code, title, description, priority, headcount,
                    required_skills, lat, lng, address, window_starts_at, window_ends_at, beneficiary_name, beneficiary_phone,
                    source, dispatch_mode, target_unit_ids, status, version, claim_by, complete_by, published_at,
                    created_by, created_at, updated_at)
  values ((lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3)
           || '8' || substr(md5(random()::text), 1, 15))::uuid,
          (:f_community::json ->> 'id')::uuid, ('00000000-0000-7000-9000-' || lpad(:k::text, 12, '0'))::uuid,
          :f_community::json ->> 'path', :f_cat_code,
          'Help an elderly resident with groceries', 'Lives alone on the 5th floor without a lift; needs the weekly shopping carried up.',
          'routine', 2, '{}', :lat, :lng, 'Building 3, Unit 2', null, null, 'Li Guilan', '13900001111', 'grid_patrol', 'open', '{}',
          'open', 2, now() + make_interval(secs => (:f_policy::json ->> 'claimWithinS')::int),
          now() + make_interval(secs => (:f_policy::json ->> 'completeWithinS')::int), now(), :key_id, now(), now())
  returning *
\gset o_
insert into audit_events (entity_type, entity_id, seq, action, actor_type, actor_id, request_id, before, after, created_at, prev_hash, hash)
  values ('order', :o_id, 1, 'order.created', 'api_key', :key_id, gen_random_uuid()::text, null,
          ('{"status": "draft","version": 1,"headcount": 2,"slotsHeld": 0,"priority": "routine","title": "Help an elderly resident with groceries","dispatchMode": "open","targetUnitIds": [],"requiredSkills": [],"escalationLevel": 0,"claimBy": null,"completeBy": null,"beneficiaryName": "L********","beneficiaryPhone": "139****1111","communityId": "'
           || :o_community_id::text || '","categoryCode": "' || :o_category_code::text || '"}')::jsonb,
          now(), null, 'bf8cd8516f6c1dc3a34ed845878ca9637f370a41aa3563dc4933b35f41c378c0'),
         ('order', :o_id, 2, 'order.published', 'api_key', :key_id, gen_random_uuid()::text,
          '{"status": "draft","version": 1,"headcount": 2,"slotsHeld": 0,"priority": "routine","title": "Help an elderly resident with groceries","dispatchMode": "open","targetUnitIds": [],"requiredSkills": [],"escalationLevel": 0,"claimBy": null,"completeBy": null,"beneficiaryName": "L********","beneficiaryPhone": "139****1111"}',
          ('{"status": "open","version": 2,"headcount": 2,"slotsHeld": 0,"priority": "routine","title": "Help an elderly resident with groceries","dispatchMode": "open","targetUnitIds": [],"requiredSkills": [],"escalationLevel": 0,"claimBy": ' || to_json(:o_claim_by::timestamptz)::text || ',"completeBy": ' || to_json(:o_complete_by::timestamptz)::text || ',"beneficiaryName": "L********","beneficiaryPhone": "139****1111"}')::jsonb,
          now(), 'bf8cd8516f6c1dc3a34ed845878ca9637f370a41aa3563dc4933b35f41c378c0', '3ccd311fef72118e282bdbd125f078eb560a703fefe126135c77073285c42ebf');
insert into outbox (queue, job_name, payload, delay_ms, job_id)
  values ('sla', 'claim_deadline', ('{"orderId": "' || :o_id::text || '","kind": "claim","deadline": ' || to_json(:o_claim_by::timestamptz)::text || '}')::jsonb,
          (extract(epoch from :o_claim_by::timestamptz - now()) * 1000)::bigint,
          'sla-claim-' || :o_id::text || '-' || (extract(epoch from :o_claim_by::timestamptz) * 1000)::bigint),
         ('sla', 'complete_deadline', ('{"orderId": "' || :o_id::text || '","kind": "complete","deadline": ' || to_json(:o_complete_by::timestamptz)::text || '}')::jsonb,
          (extract(epoch from :o_complete_by::timestamptz - now()) * 1000)::bigint,
          'sla-complete-' || :o_id::text || '-' || (extract(epoch from :o_complete_by::timestamptz) * 1000)::bigint);
insert into domain_events (id, type, order_id, region_path, unit_ids, data)
  values ((lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3)
           || '8' || substr(md5(random()::text), 1, 15))::uuid,
          'order.published', :o_id, :o_region_path, :f_paired_units::uuid[],
          ('{"orderId": "' || :o_id::text || '","communityId": "' || :o_community_id::text || '","categoryCode": "' || :o_category_code::text
           || '","priority": "routine","dispatchMode": "open","status": "open","version": 2,"slots": {"total": 2,"held": 0},"escalationLevel": 0}')::jsonb)
  returning id, created_at;
select ev.i, e.id as endpoint_id
  from jsonb_to_recordset(('[{"i": 0,"type": "order.published","region_path": "' || :o_region_path::text || '","unit_ids": '
                           || to_json(:f_paired_units::uuid[])::text || '}]')::jsonb)
    as ev(i int, type text, region_path text, unit_ids uuid[])
  join webhook_endpoints e on e.events && array[ev.type, '*']
  left join regions r on r.id = e.scope_region_id
  where e.enabled and e.deleted_at is null
    and ((e.scope_region_id is null and e.scope_unit_id is null)
      or (r.path is not null and starts_with(ev.region_path, r.path))
      or e.scope_unit_id = any(ev.unit_ids))
  order by ev.i, e.id;
commit;
