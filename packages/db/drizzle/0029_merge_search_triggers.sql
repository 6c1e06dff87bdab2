-- A case that changes child or household (a merge of duplicates, a move, an undo) changes whose names the search
-- finds through it: rebuild the search rows of the children on both sides, and queue the case's tracing requests,
-- whose indexed child is now another record.
CREATE TRIGGER `children_search_case_update` AFTER UPDATE OF child_id, household_id ON `cases` BEGIN
  DELETE FROM children_search WHERE rowid IN (SELECT rowid FROM children WHERE id IN (old.child_id, new.child_id));
  INSERT INTO children_search (rowid, names) SELECT child_rowid, names FROM children_search_source WHERE child_id IN (old.child_id, new.child_id);
  INSERT OR IGNORE INTO tracing_index_queue (source, source_id) SELECT 'tracing_request', r.id FROM tracing_requests r WHERE r.case_id = new.id;
END;
