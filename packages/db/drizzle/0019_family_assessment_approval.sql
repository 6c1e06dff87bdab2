ALTER TABLE `family_assessments` ADD `approval_state` text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE `family_assessments` ADD `submitted_by_id` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `family_assessments` ADD `submitted_at` text;--> statement-breakpoint
ALTER TABLE `family_assessments` ADD `decided_by_id` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `family_assessments` ADD `decided_at` text;--> statement-breakpoint
ALTER TABLE `family_assessments` ADD `return_reason` text;--> statement-breakpoint
CREATE INDEX `family_assessments_approval_idx` ON `family_assessments` (`approval_state`,`submitted_at`);--> statement-breakpoint
ALTER TABLE `carer_records` ADD `relationship_to_child` text;