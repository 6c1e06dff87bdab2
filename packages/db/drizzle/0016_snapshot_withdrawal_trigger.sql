-- A published impact snapshot never changes: the only updates allowed are marking it superseded by a correction,
-- or withdrawing it (published or superseded: it is then no longer served), with everything else exactly as it
-- was; a withdrawn one never changes at all; none may be deleted.
DROP TRIGGER IF EXISTS `impact_snapshots_published_immutable`;
--> statement-breakpoint
CREATE TRIGGER `impact_snapshots_published_immutable` BEFORE UPDATE ON `impact_snapshots`
WHEN OLD.`status` = 'withdrawn' OR (OLD.`status` IN ('published', 'superseded') AND NOT (
  (
    (OLD.`status` = 'published' AND NEW.`status` = 'superseded' AND OLD.`superseded_by_id` IS NULL AND NEW.`superseded_by_id` IS NOT NULL
      AND NEW.`withdrawn_at` IS NULL)
    OR (NEW.`status` = 'withdrawn' AND NEW.`superseded_by_id` IS OLD.`superseded_by_id`
      AND NEW.`withdrawn_at` IS NOT NULL AND NEW.`withdrawn_by` IS NOT NULL AND NEW.`withdraw_reason` IS NOT NULL)
  )
  AND NEW.`id` = OLD.`id` AND NEW.`quarter` = OLD.`quarter` AND NEW.`revision` = OLD.`revision`
  AND NEW.`tables` = OLD.`tables` AND NEW.`raw_counts` = OLD.`raw_counts` AND NEW.`correction_note` = OLD.`correction_note`
  AND NEW.`correction_reason` IS OLD.`correction_reason` AND NEW.`coarse` = OLD.`coarse`
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
DROP TRIGGER IF EXISTS `impact_snapshots_published_undeletable`;
--> statement-breakpoint
CREATE TRIGGER `impact_snapshots_published_undeletable` BEFORE DELETE ON `impact_snapshots`
WHEN OLD.`status` IN ('published', 'superseded', 'withdrawn')
BEGIN
  SELECT RAISE(ABORT, 'A published impact snapshot is never deleted.');
END;
