-- Keeps approval_tallies and follow_up_tallies equal to what they count, in the same transaction as every write
-- that changes a count: records waiting for a decision on live cases, and visits still to do on live cases that
-- are not duplicates, each by the case's commune, assignee and registrar (the keys a scope filters on).
CREATE TRIGGER `assessments_approval_tally_insert` AFTER INSERT ON `assessments` BEGIN
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'assessment', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), 1 FROM cases c
  WHERE c.id = new.case_id AND c.archived_at IS NULL AND new.approval_state = 'submitted' AND new.archived_at IS NULL
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `assessments_approval_tally_update` AFTER UPDATE OF approval_state, archived_at, case_id ON `assessments` BEGIN
  UPDATE approval_tallies SET waiting = waiting - 1
  WHERE old.approval_state = 'submitted' AND old.archived_at IS NULL AND kind = 'assessment'
    AND (commune_code, assigned_to, registered_by) = (SELECT c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, '') FROM cases c WHERE c.id = old.case_id AND c.archived_at IS NULL);
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'assessment', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), 1 FROM cases c
  WHERE c.id = new.case_id AND c.archived_at IS NULL AND new.approval_state = 'submitted' AND new.archived_at IS NULL
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `assessments_approval_tally_delete` AFTER DELETE ON `assessments` BEGIN
  UPDATE approval_tallies SET waiting = waiting - 1
  WHERE old.approval_state = 'submitted' AND old.archived_at IS NULL AND kind = 'assessment'
    AND (commune_code, assigned_to, registered_by) = (SELECT c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, '') FROM cases c WHERE c.id = old.case_id AND c.archived_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `case_plans_approval_tally_insert` AFTER INSERT ON `case_plans` BEGIN
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'case_plan', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), 1 FROM cases c
  WHERE c.id = new.case_id AND c.archived_at IS NULL AND new.approval_state = 'submitted' AND new.archived_at IS NULL
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_plans_approval_tally_update` AFTER UPDATE OF approval_state, archived_at, case_id ON `case_plans` BEGIN
  UPDATE approval_tallies SET waiting = waiting - 1
  WHERE old.approval_state = 'submitted' AND old.archived_at IS NULL AND kind = 'case_plan'
    AND (commune_code, assigned_to, registered_by) = (SELECT c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, '') FROM cases c WHERE c.id = old.case_id AND c.archived_at IS NULL);
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'case_plan', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), 1 FROM cases c
  WHERE c.id = new.case_id AND c.archived_at IS NULL AND new.approval_state = 'submitted' AND new.archived_at IS NULL
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `case_plans_approval_tally_delete` AFTER DELETE ON `case_plans` BEGIN
  UPDATE approval_tallies SET waiting = waiting - 1
  WHERE old.approval_state = 'submitted' AND old.archived_at IS NULL AND kind = 'case_plan'
    AND (commune_code, assigned_to, registered_by) = (SELECT c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, '') FROM cases c WHERE c.id = old.case_id AND c.archived_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `closures_approval_tally_insert` AFTER INSERT ON `closures` BEGIN
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'closure', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), 1 FROM cases c
  WHERE c.id = new.case_id AND c.archived_at IS NULL AND new.approval_state = 'submitted' AND new.archived_at IS NULL
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `closures_approval_tally_update` AFTER UPDATE OF approval_state, archived_at, case_id ON `closures` BEGIN
  UPDATE approval_tallies SET waiting = waiting - 1
  WHERE old.approval_state = 'submitted' AND old.archived_at IS NULL AND kind = 'closure'
    AND (commune_code, assigned_to, registered_by) = (SELECT c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, '') FROM cases c WHERE c.id = old.case_id AND c.archived_at IS NULL);
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'closure', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), 1 FROM cases c
  WHERE c.id = new.case_id AND c.archived_at IS NULL AND new.approval_state = 'submitted' AND new.archived_at IS NULL
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `closures_approval_tally_delete` AFTER DELETE ON `closures` BEGIN
  UPDATE approval_tallies SET waiting = waiting - 1
  WHERE old.approval_state = 'submitted' AND old.archived_at IS NULL AND kind = 'closure'
    AND (commune_code, assigned_to, registered_by) = (SELECT c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, '') FROM cases c WHERE c.id = old.case_id AND c.archived_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `tracing_requests_approval_tally_insert` AFTER INSERT ON `tracing_requests` BEGIN
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'tracing_closure', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), 1 FROM cases c
  WHERE c.id = new.case_id AND c.archived_at IS NULL AND new.approval_state = 'submitted' AND new.archived_at IS NULL
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `tracing_requests_approval_tally_update` AFTER UPDATE OF approval_state, archived_at, case_id ON `tracing_requests` BEGIN
  UPDATE approval_tallies SET waiting = waiting - 1
  WHERE old.approval_state = 'submitted' AND old.archived_at IS NULL AND kind = 'tracing_closure'
    AND (commune_code, assigned_to, registered_by) = (SELECT c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, '') FROM cases c WHERE c.id = old.case_id AND c.archived_at IS NULL);
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'tracing_closure', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), 1 FROM cases c
  WHERE c.id = new.case_id AND c.archived_at IS NULL AND new.approval_state = 'submitted' AND new.archived_at IS NULL
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `tracing_requests_approval_tally_delete` AFTER DELETE ON `tracing_requests` BEGIN
  UPDATE approval_tallies SET waiting = waiting - 1
  WHERE old.approval_state = 'submitted' AND old.archived_at IS NULL AND kind = 'tracing_closure'
    AND (commune_code, assigned_to, registered_by) = (SELECT c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, '') FROM cases c WHERE c.id = old.case_id AND c.archived_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `reintegration_assessments_approval_tally_insert` AFTER INSERT ON `reintegration_assessments` BEGIN
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'reintegration_assessment', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), 1 FROM cases c
  WHERE c.id = new.case_id AND c.archived_at IS NULL AND new.approval_state = 'submitted' AND new.archived_at IS NULL
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reintegration_assessments_approval_tally_update` AFTER UPDATE OF approval_state, archived_at, case_id ON `reintegration_assessments` BEGIN
  UPDATE approval_tallies SET waiting = waiting - 1
  WHERE old.approval_state = 'submitted' AND old.archived_at IS NULL AND kind = 'reintegration_assessment'
    AND (commune_code, assigned_to, registered_by) = (SELECT c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, '') FROM cases c WHERE c.id = old.case_id AND c.archived_at IS NULL);
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'reintegration_assessment', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), 1 FROM cases c
  WHERE c.id = new.case_id AND c.archived_at IS NULL AND new.approval_state = 'submitted' AND new.archived_at IS NULL
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reintegration_assessments_approval_tally_delete` AFTER DELETE ON `reintegration_assessments` BEGIN
  UPDATE approval_tallies SET waiting = waiting - 1
  WHERE old.approval_state = 'submitted' AND old.archived_at IS NULL AND kind = 'reintegration_assessment'
    AND (commune_code, assigned_to, registered_by) = (SELECT c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, '') FROM cases c WHERE c.id = old.case_id AND c.archived_at IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `follow_ups_tally_insert` AFTER INSERT ON `follow_ups` BEGIN
  INSERT INTO follow_up_tallies (due_date, commune_code, assigned_to, registered_by, visits)
  SELECT new.due_date, c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), 1 FROM cases c
  WHERE c.id = new.case_id AND c.archived_at IS NULL AND c.status <> 'duplicate' AND new.done_on IS NULL AND new.cancelled_on IS NULL AND new.archived_at IS NULL
  ON CONFLICT (commune_code, due_date, assigned_to, registered_by) DO UPDATE SET visits = follow_up_tallies.visits + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `follow_ups_tally_update` AFTER UPDATE OF done_on, cancelled_on, archived_at, due_date, case_id ON `follow_ups` BEGIN
  UPDATE follow_up_tallies SET visits = visits - 1
  WHERE old.done_on IS NULL AND old.cancelled_on IS NULL AND old.archived_at IS NULL AND due_date = old.due_date
    AND (commune_code, assigned_to, registered_by) = (SELECT c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, '') FROM cases c WHERE c.id = old.case_id AND c.archived_at IS NULL AND c.status <> 'duplicate');
  INSERT INTO follow_up_tallies (due_date, commune_code, assigned_to, registered_by, visits)
  SELECT new.due_date, c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), 1 FROM cases c
  WHERE c.id = new.case_id AND c.archived_at IS NULL AND c.status <> 'duplicate' AND new.done_on IS NULL AND new.cancelled_on IS NULL AND new.archived_at IS NULL
  ON CONFLICT (commune_code, due_date, assigned_to, registered_by) DO UPDATE SET visits = follow_up_tallies.visits + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `follow_ups_tally_delete` AFTER DELETE ON `follow_ups` BEGIN
  UPDATE follow_up_tallies SET visits = visits - 1
  WHERE old.done_on IS NULL AND old.cancelled_on IS NULL AND old.archived_at IS NULL AND due_date = old.due_date
    AND (commune_code, assigned_to, registered_by) = (SELECT c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, '') FROM cases c WHERE c.id = old.case_id AND c.archived_at IS NULL AND c.status <> 'duplicate');
END;
--> statement-breakpoint
CREATE TRIGGER `cases_work_tally_update` AFTER UPDATE OF commune_code, assigned_to, registered_by, status, archived_at ON `cases` BEGIN
  UPDATE approval_tallies SET waiting = waiting - (SELECT count(*) FROM assessments r WHERE r.case_id = old.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL)
  WHERE old.archived_at IS NULL AND kind = 'assessment' AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '');
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'assessment', new.commune_code, coalesce(new.assigned_to, ''), coalesce(new.registered_by, ''), count(*) FROM assessments r
  WHERE new.archived_at IS NULL AND r.case_id = new.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL
  HAVING count(*) > 0
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + excluded.waiting;
  UPDATE approval_tallies SET waiting = waiting - (SELECT count(*) FROM case_plans r WHERE r.case_id = old.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL)
  WHERE old.archived_at IS NULL AND kind = 'case_plan' AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '');
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'case_plan', new.commune_code, coalesce(new.assigned_to, ''), coalesce(new.registered_by, ''), count(*) FROM case_plans r
  WHERE new.archived_at IS NULL AND r.case_id = new.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL
  HAVING count(*) > 0
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + excluded.waiting;
  UPDATE approval_tallies SET waiting = waiting - (SELECT count(*) FROM closures r WHERE r.case_id = old.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL)
  WHERE old.archived_at IS NULL AND kind = 'closure' AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '');
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'closure', new.commune_code, coalesce(new.assigned_to, ''), coalesce(new.registered_by, ''), count(*) FROM closures r
  WHERE new.archived_at IS NULL AND r.case_id = new.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL
  HAVING count(*) > 0
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + excluded.waiting;
  UPDATE approval_tallies SET waiting = waiting - (SELECT count(*) FROM tracing_requests r WHERE r.case_id = old.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL)
  WHERE old.archived_at IS NULL AND kind = 'tracing_closure' AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '');
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'tracing_closure', new.commune_code, coalesce(new.assigned_to, ''), coalesce(new.registered_by, ''), count(*) FROM tracing_requests r
  WHERE new.archived_at IS NULL AND r.case_id = new.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL
  HAVING count(*) > 0
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + excluded.waiting;
  UPDATE approval_tallies SET waiting = waiting - (SELECT count(*) FROM reintegration_assessments r WHERE r.case_id = old.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL)
  WHERE old.archived_at IS NULL AND kind = 'reintegration_assessment' AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '');
  INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
  SELECT 'reintegration_assessment', new.commune_code, coalesce(new.assigned_to, ''), coalesce(new.registered_by, ''), count(*) FROM reintegration_assessments r
  WHERE new.archived_at IS NULL AND r.case_id = new.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL
  HAVING count(*) > 0
  ON CONFLICT (kind, commune_code, assigned_to, registered_by) DO UPDATE SET waiting = approval_tallies.waiting + excluded.waiting;
  UPDATE follow_up_tallies SET visits = visits - (SELECT count(*) FROM follow_ups f WHERE f.case_id = old.id AND f.done_on IS NULL AND f.cancelled_on IS NULL AND f.archived_at IS NULL AND f.due_date = follow_up_tallies.due_date)
  WHERE old.archived_at IS NULL AND old.status <> 'duplicate' AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '')
    AND due_date IN (SELECT f.due_date FROM follow_ups f WHERE f.case_id = old.id AND f.done_on IS NULL AND f.cancelled_on IS NULL AND f.archived_at IS NULL);
  INSERT INTO follow_up_tallies (due_date, commune_code, assigned_to, registered_by, visits)
  SELECT f.due_date, new.commune_code, coalesce(new.assigned_to, ''), coalesce(new.registered_by, ''), count(*) FROM follow_ups f
  WHERE new.archived_at IS NULL AND new.status <> 'duplicate' AND f.case_id = new.id AND f.done_on IS NULL AND f.cancelled_on IS NULL AND f.archived_at IS NULL
  GROUP BY f.due_date
  ON CONFLICT (commune_code, due_date, assigned_to, registered_by) DO UPDATE SET visits = follow_up_tallies.visits + excluded.visits;
END;
--> statement-breakpoint
CREATE TRIGGER `cases_work_tally_delete` BEFORE DELETE ON `cases` BEGIN
  UPDATE approval_tallies SET waiting = waiting - (SELECT count(*) FROM assessments r WHERE r.case_id = old.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL)
  WHERE old.archived_at IS NULL AND kind = 'assessment' AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '');
  UPDATE approval_tallies SET waiting = waiting - (SELECT count(*) FROM case_plans r WHERE r.case_id = old.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL)
  WHERE old.archived_at IS NULL AND kind = 'case_plan' AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '');
  UPDATE approval_tallies SET waiting = waiting - (SELECT count(*) FROM closures r WHERE r.case_id = old.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL)
  WHERE old.archived_at IS NULL AND kind = 'closure' AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '');
  UPDATE approval_tallies SET waiting = waiting - (SELECT count(*) FROM tracing_requests r WHERE r.case_id = old.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL)
  WHERE old.archived_at IS NULL AND kind = 'tracing_closure' AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '');
  UPDATE approval_tallies SET waiting = waiting - (SELECT count(*) FROM reintegration_assessments r WHERE r.case_id = old.id AND r.approval_state = 'submitted' AND r.archived_at IS NULL)
  WHERE old.archived_at IS NULL AND kind = 'reintegration_assessment' AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '');
  UPDATE follow_up_tallies SET visits = visits - (SELECT count(*) FROM follow_ups f WHERE f.case_id = old.id AND f.done_on IS NULL AND f.cancelled_on IS NULL AND f.archived_at IS NULL AND f.due_date = follow_up_tallies.due_date)
  WHERE old.archived_at IS NULL AND old.status <> 'duplicate' AND commune_code = old.commune_code AND assigned_to = coalesce(old.assigned_to, '') AND registered_by = coalesce(old.registered_by, '')
    AND due_date IN (SELECT f.due_date FROM follow_ups f WHERE f.case_id = old.id AND f.done_on IS NULL AND f.cancelled_on IS NULL AND f.archived_at IS NULL);
END;
--> statement-breakpoint
DELETE FROM approval_tallies;
--> statement-breakpoint
INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
SELECT 'assessment', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), count(*) FROM assessments r JOIN cases c ON c.id = r.case_id
WHERE r.approval_state = 'submitted' AND r.archived_at IS NULL AND c.archived_at IS NULL GROUP BY 2, 3, 4;
--> statement-breakpoint
INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
SELECT 'case_plan', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), count(*) FROM case_plans r JOIN cases c ON c.id = r.case_id
WHERE r.approval_state = 'submitted' AND r.archived_at IS NULL AND c.archived_at IS NULL GROUP BY 2, 3, 4;
--> statement-breakpoint
INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
SELECT 'closure', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), count(*) FROM closures r JOIN cases c ON c.id = r.case_id
WHERE r.approval_state = 'submitted' AND r.archived_at IS NULL AND c.archived_at IS NULL GROUP BY 2, 3, 4;
--> statement-breakpoint
INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
SELECT 'tracing_closure', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), count(*) FROM tracing_requests r JOIN cases c ON c.id = r.case_id
WHERE r.approval_state = 'submitted' AND r.archived_at IS NULL AND c.archived_at IS NULL GROUP BY 2, 3, 4;
--> statement-breakpoint
INSERT INTO approval_tallies (kind, commune_code, assigned_to, registered_by, waiting)
SELECT 'reintegration_assessment', c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), count(*) FROM reintegration_assessments r JOIN cases c ON c.id = r.case_id
WHERE r.approval_state = 'submitted' AND r.archived_at IS NULL AND c.archived_at IS NULL GROUP BY 2, 3, 4;
--> statement-breakpoint
DELETE FROM follow_up_tallies;
--> statement-breakpoint
INSERT INTO follow_up_tallies (due_date, commune_code, assigned_to, registered_by, visits)
SELECT f.due_date, c.commune_code, coalesce(c.assigned_to, ''), coalesce(c.registered_by, ''), count(*) FROM follow_ups f JOIN cases c ON c.id = f.case_id
WHERE f.done_on IS NULL AND f.cancelled_on IS NULL AND f.archived_at IS NULL AND c.archived_at IS NULL AND c.status <> 'duplicate' GROUP BY 1, 2, 3, 4;
