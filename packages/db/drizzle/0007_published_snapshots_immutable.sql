-- A published impact snapshot never changes: the only update allowed is marking it superseded by a correction,
-- with everything else exactly as it was; a superseded one never changes at all; neither may be deleted.
CREATE TRIGGER `impact_snapshots_published_immutable` BEFORE UPDATE ON `impact_snapshots`
WHEN OLD.`status` = 'superseded' OR (OLD.`status` = 'published' AND NOT (
  NEW.`status` = 'superseded' AND OLD.`superseded_by_id` IS NULL AND NEW.`superseded_by_id` IS NOT NULL
  AND NEW.`id` = OLD.`id` AND NEW.`quarter` = OLD.`quarter` AND NEW.`revision` = OLD.`revision`
  AND NEW.`tables` = OLD.`tables` AND NEW.`raw_counts` = OLD.`raw_counts` AND NEW.`correction_note` = OLD.`correction_note`
  AND NEW.`corrects_id` IS OLD.`corrects_id` AND NEW.`built_by` IS OLD.`built_by` AND NEW.`frozen_at` IS OLD.`frozen_at`
  AND NEW.`submitted_by` IS OLD.`submitted_by` AND NEW.`submitted_at` IS OLD.`submitted_at`
  AND NEW.`reviewed_by` IS OLD.`reviewed_by` AND NEW.`reviewed_at` IS OLD.`reviewed_at`
  AND NEW.`published_by` IS OLD.`published_by` AND NEW.`published_at` IS OLD.`published_at`
  AND NEW.`created_at` = OLD.`created_at`
))
BEGIN
  SELECT RAISE(ABORT, 'A published impact snapshot never changes; publish a correction instead.');
END;
--> statement-breakpoint
CREATE TRIGGER `impact_snapshots_published_undeletable` BEFORE DELETE ON `impact_snapshots`
WHEN OLD.`status` IN ('published', 'superseded')
BEGIN
  SELECT RAISE(ABORT, 'A published impact snapshot is never deleted.');
END;
