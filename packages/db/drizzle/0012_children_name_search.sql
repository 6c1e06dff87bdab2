-- Name search: one FTS5 row per child (rowid = children.rowid) holding the child's names in both scripts, the Khmer
-- names once more without the space (typed either way), and the names of the members of the child's households.
-- The trigram tokenizer matches any part of a name of 3 characters or more, in Khmer as in Latin, with no word list.
-- Kept in step by triggers, in the same transaction as every write that changes a name.
CREATE VIRTUAL TABLE `children_search` USING fts5(names, tokenize = 'trigram remove_diacritics 1');
--> statement-breakpoint
CREATE VIEW `children_search_source` AS
SELECT c.rowid AS child_rowid, c.id AS child_id,
  c.family_name_latin || ' ' || c.given_name_latin || ' ' || c.family_name_km || ' ' || c.given_name_km || ' '
    || c.family_name_km || c.given_name_km || ' '
    || coalesce((SELECT group_concat(m.name_latin || ' ' || m.name_km, ' ') FROM household_members m
                 WHERE m.archived_at IS NULL AND m.household_id IN (SELECT k.household_id FROM cases k WHERE k.child_id = c.id)), '') AS names
FROM children c;
--> statement-breakpoint
CREATE TRIGGER `children_search_child_insert` AFTER INSERT ON `children` BEGIN
  INSERT INTO children_search (rowid, names) SELECT child_rowid, names FROM children_search_source WHERE child_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `children_search_child_update` AFTER UPDATE OF given_name_km, family_name_km, given_name_latin, family_name_latin ON `children` BEGIN
  DELETE FROM children_search WHERE rowid = new.rowid;
  INSERT INTO children_search (rowid, names) SELECT child_rowid, names FROM children_search_source WHERE child_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `children_search_child_delete` AFTER DELETE ON `children` BEGIN
  DELETE FROM children_search WHERE rowid = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `children_search_case_insert` AFTER INSERT ON `cases` BEGIN
  DELETE FROM children_search WHERE rowid = (SELECT rowid FROM children WHERE id = new.child_id);
  INSERT INTO children_search (rowid, names) SELECT child_rowid, names FROM children_search_source WHERE child_id = new.child_id;
END;
--> statement-breakpoint
CREATE TRIGGER `children_search_member_insert` AFTER INSERT ON `household_members` BEGIN
  DELETE FROM children_search WHERE rowid IN (SELECT c.rowid FROM children c JOIN cases k ON k.child_id = c.id WHERE k.household_id = new.household_id);
  INSERT INTO children_search (rowid, names) SELECT child_rowid, names FROM children_search_source
  WHERE child_id IN (SELECT child_id FROM cases WHERE household_id = new.household_id);
END;
--> statement-breakpoint
CREATE TRIGGER `children_search_member_update` AFTER UPDATE OF name_km, name_latin, archived_at, household_id ON `household_members` BEGIN
  DELETE FROM children_search WHERE rowid IN (SELECT c.rowid FROM children c JOIN cases k ON k.child_id = c.id WHERE k.household_id IN (old.household_id, new.household_id));
  INSERT INTO children_search (rowid, names) SELECT child_rowid, names FROM children_search_source
  WHERE child_id IN (SELECT child_id FROM cases WHERE household_id IN (old.household_id, new.household_id));
END;
--> statement-breakpoint
CREATE TRIGGER `children_search_member_delete` AFTER DELETE ON `household_members` BEGIN
  DELETE FROM children_search WHERE rowid IN (SELECT c.rowid FROM children c JOIN cases k ON k.child_id = c.id WHERE k.household_id = old.household_id);
  INSERT INTO children_search (rowid, names) SELECT child_rowid, names FROM children_search_source
  WHERE child_id IN (SELECT child_id FROM cases WHERE household_id = old.household_id);
END;
--> statement-breakpoint
INSERT INTO children_search (rowid, names) SELECT child_rowid, names FROM children_search_source;
