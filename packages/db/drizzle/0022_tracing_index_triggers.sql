-- Tracing match index: every change to a person the matcher may propose (a household member, a hive need's contact,
-- a tracing request's child or remembered parents) queues the source row; the application normalises its names
-- (Khmer marks, romanisation, Latin spelling folds, which SQL cannot do) into tracing_people and tracing_name_keys
-- before the next search. The triggers run in the same transaction as the write, so nothing changes unqueued.
CREATE TRIGGER `tracing_queue_member_insert` AFTER INSERT ON `household_members` BEGIN
  INSERT OR IGNORE INTO tracing_index_queue (source, source_id) VALUES ('household_member', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `tracing_queue_member_update` AFTER UPDATE OF name_km, name_latin, sex, date_of_birth, relationship, archived_at, household_id ON `household_members` BEGIN
  INSERT OR IGNORE INTO tracing_index_queue (source, source_id) VALUES ('household_member', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `tracing_queue_member_delete` AFTER DELETE ON `household_members` BEGIN
  INSERT OR IGNORE INTO tracing_index_queue (source, source_id) VALUES ('household_member', old.id);
END;
--> statement-breakpoint
CREATE TRIGGER `tracing_queue_household_update` AFTER UPDATE OF village_code, commune_code, archived_at ON `households` BEGIN
  INSERT OR IGNORE INTO tracing_index_queue (source, source_id) SELECT 'household_member', m.id FROM household_members m WHERE m.household_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `tracing_queue_need_insert` AFTER INSERT ON `hive_needs` BEGIN
  INSERT OR IGNORE INTO tracing_index_queue (source, source_id) VALUES ('hive_need', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `tracing_queue_need_update` AFTER UPDATE OF contact_name, village_code, commune_code ON `hive_needs` BEGIN
  INSERT OR IGNORE INTO tracing_index_queue (source, source_id) VALUES ('hive_need', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `tracing_queue_request_insert` AFTER INSERT ON `tracing_requests` BEGIN
  INSERT OR IGNORE INTO tracing_index_queue (source, source_id) VALUES ('tracing_request', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `tracing_queue_request_update` AFTER UPDATE OF people, place_code, status, archived_at ON `tracing_requests` BEGIN
  INSERT OR IGNORE INTO tracing_index_queue (source, source_id) VALUES ('tracing_request', new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `tracing_queue_child_update` AFTER UPDATE OF given_name_km, family_name_km, given_name_latin, family_name_latin, date_of_birth ON `children` BEGIN
  INSERT OR IGNORE INTO tracing_index_queue (source, source_id)
  SELECT 'tracing_request', r.id FROM tracing_requests r JOIN cases c ON c.id = r.case_id WHERE c.child_id = new.id;
END;
--> statement-breakpoint
INSERT OR IGNORE INTO tracing_index_queue (source, source_id) SELECT 'household_member', id FROM household_members;
--> statement-breakpoint
INSERT OR IGNORE INTO tracing_index_queue (source, source_id) SELECT 'hive_need', id FROM hive_needs WHERE contact_name <> '';
