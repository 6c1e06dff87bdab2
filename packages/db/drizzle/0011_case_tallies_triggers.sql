-- Keeps case_tallies equal to the live cases counted by commune, assignee, registrar, status, stage and risk, in the
-- same transaction as every write to cases, so caseload counts and the dashboard's grid never scan the cases.
CREATE TRIGGER `cases_tally_insert` AFTER INSERT ON `cases` WHEN new.archived_at IS NULL BEGIN
  INSERT INTO case_tallies (commune_code, assigned_to, registered_by, status, stage, risk_level, cases)
  VALUES (new.commune_code, coalesce(new.assigned_to, ''), coalesce(new.registered_by, ''), new.status, new.stage, new.risk_level, 1)
  ON CONFLICT (commune_code, assigned_to, registered_by, status, stage, risk_level) DO UPDATE SET cases = case_tallies.cases + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_tally_update` AFTER UPDATE OF commune_code, assigned_to, registered_by, status, stage, risk_level, archived_at ON `cases` BEGIN
  UPDATE case_tallies SET cases = cases - 1
  WHERE old.archived_at IS NULL AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '')
    AND registered_by = coalesce(old.registered_by, '') AND status = old.status AND stage = old.stage AND risk_level = old.risk_level;
  INSERT INTO case_tallies (commune_code, assigned_to, registered_by, status, stage, risk_level, cases)
  SELECT new.commune_code, coalesce(new.assigned_to, ''), coalesce(new.registered_by, ''), new.status, new.stage, new.risk_level, 1
  WHERE new.archived_at IS NULL
  ON CONFLICT (commune_code, assigned_to, registered_by, status, stage, risk_level) DO UPDATE SET cases = case_tallies.cases + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_tally_delete` AFTER DELETE ON `cases` WHEN old.archived_at IS NULL BEGIN
  UPDATE case_tallies SET cases = cases - 1
  WHERE commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '')
    AND status = old.status AND stage = old.stage AND risk_level = old.risk_level;
END;
--> statement-breakpoint
DELETE FROM case_tallies;
--> statement-breakpoint
INSERT INTO case_tallies (commune_code, assigned_to, registered_by, status, stage, risk_level, cases)
SELECT commune_code, coalesce(assigned_to, ''), coalesce(registered_by, ''), status, stage, risk_level, count(*)
FROM cases WHERE archived_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6;
