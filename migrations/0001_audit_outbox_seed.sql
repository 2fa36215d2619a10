-- Custom SQL migration file, put your code below! ---- The audit trail is append-only: the database itself refuses to change or remove an event.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE FUNCTION ledger_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_refuse_change();
--> statement-breakpoint
-- Wake outbox relays as soon as a transaction that wrote outbox rows commits.
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox', '');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
  FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
--> statement-breakpoint
INSERT INTO categories (code, name, name_zh, description, "group", keywords, default_claim_within_s, default_complete_within_s, points_multiplier) VALUES
  ('micro_wish', 'Micro-wish', '微心愿', 'A small wish of a resident in need, fulfilled by a member or unit.', 'care', '{wish,gift,needy}', 172800, 604800, 1.0),
  ('home_visit', 'Home visit', '入户走访', 'Visit a resident at home: the elderly, the sick, families in difficulty.', 'care', '{visit,elderly,care}', 86400, 259200, 1.0),
  ('volunteer_service', 'Volunteer service', '志愿服务', 'General volunteer work for the community.', 'volunteering', '{volunteer,service}', 86400, 259200, 1.0),
  ('health_clinic', 'Health clinic', '义诊', 'A free clinic or health check held in the community.', 'health', '{clinic,doctor,health}', 259200, 604800, 1.5),
  ('legal_aid', 'Legal aid', '法律援助', 'Legal advice or a legal lecture for residents.', 'legal', '{law,lawyer,advice}', 86400, 432000, 1.5),
  ('dispute_mediation', 'Dispute mediation', '矛盾调解', 'Mediate a dispute between neighbours or within a family.', 'legal', '{dispute,mediation,neighbours}', 43200, 259200, 1.5),
  ('errand', 'Errand', '代办', 'Run an errand on a resident''s behalf: paperwork, shopping, medicine.', 'care', '{errand,paperwork,shopping}', 14400, 86400, 1.0),
  ('civic_campaign', 'Civic campaign', '三创', 'Civic campaign work: clean-ups, safety checks, civilised-city drives.', 'campaign', '{cleanup,campaign,civic}', 172800, 604800, 1.0),
  ('poverty_pairing', 'Poverty pairing', '结对帮扶', 'Regular support of a household paired with a member.', 'care', '{poverty,pairing,support}', 259200, 2592000, 1.2),
  ('other', 'Other', '其他', 'Anything else residents ask for.', 'other', '{other}', 86400, 259200, 1.0);
--> statement-breakpoint
INSERT INTO sla_policies (category_code, priority, claim_within_s, complete_within_s, response_within_s, max_level)
SELECT c.code, p.priority,
  CASE p.priority WHEN 'routine' THEN c.default_claim_within_s WHEN 'urgent' THEN greatest(c.default_claim_within_s / 4, 3600) ELSE 900 END,
  CASE p.priority WHEN 'routine' THEN c.default_complete_within_s WHEN 'urgent' THEN greatest(c.default_complete_within_s / 2, 14400) ELSE 14400 END,
  CASE p.priority WHEN 'routine' THEN 7200 WHEN 'urgent' THEN 3600 ELSE 1800 END,
  2
FROM categories c CROSS JOIN (VALUES ('routine'), ('urgent'), ('emergency')) AS p(priority);
