CREATE TABLE `stories` (
	`id` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`current_version_id` text NOT NULL,
	`author_id` text NOT NULL,
	`guardian_consent_on` text NOT NULL,
	`child_consent_on` text NOT NULL,
	`consent_expires_on` text NOT NULL,
	`consent_withdrawn_at` text,
	`consent_withdrawn_by` text,
	`submitted_by` text,
	`submitted_at` text,
	`reviewed_by` text,
	`reviewed_at` text,
	`reviewed_version_id` text,
	`return_reason` text,
	`published_by` text,
	`published_at` text,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`consent_withdrawn_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stories_status_idx` ON `stories` (`status`,`published_at`);--> statement-breakpoint
CREATE TABLE `story_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`story_id` text NOT NULL,
	`number` integer NOT NULL,
	`locale` text NOT NULL,
	`title` text NOT NULL,
	`pseudonym` text NOT NULL,
	`province_code` text,
	`body` text NOT NULL,
	`edited_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`edited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `story_versions_story_idx` ON `story_versions` (`story_id`,`number`);--> statement-breakpoint
CREATE TABLE `volunteer_opportunities` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`commune_code` text NOT NULL,
	`shift_date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`capacity` integer NOT NULL,
	`near_children` integer NOT NULL,
	`cancelled_at` text,
	`created_by` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `volunteer_opportunities_shift_idx` ON `volunteer_opportunities` (`shift_date`);--> statement-breakpoint
CREATE TABLE `volunteer_signups` (
	`id` text PRIMARY KEY NOT NULL,
	`opportunity_id` text NOT NULL,
	`volunteer_id` text NOT NULL,
	`status` text NOT NULL,
	`confirmed_at` text,
	`cancelled_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`opportunity_id`) REFERENCES `volunteer_opportunities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`volunteer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `volunteer_signups_opportunity_idx` ON `volunteer_signups` (`opportunity_id`,`status`);--> statement-breakpoint
CREATE INDEX `volunteer_signups_volunteer_idx` ON `volunteer_signups` (`volunteer_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `volunteer_signups_live_idx` ON `volunteer_signups` (`opportunity_id`,`volunteer_id`) WHERE status <> 'cancelled';--> statement-breakpoint
CREATE TABLE `volunteer_hours` (
	`id` text PRIMARY KEY NOT NULL,
	`signup_id` text NOT NULL,
	`volunteer_id` text NOT NULL,
	`worked_on` text NOT NULL,
	`hours` real NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`decided_by` text,
	`decided_at` text,
	`decision_reason` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`signup_id`) REFERENCES `volunteer_signups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`volunteer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `volunteer_hours_volunteer_idx` ON `volunteer_hours` (`volunteer_id`,`worked_on`);--> statement-breakpoint
CREATE INDEX `volunteer_hours_status_idx` ON `volunteer_hours` (`status`);--> statement-breakpoint
CREATE TABLE `safeguarding_clearances` (
	`id` text PRIMARY KEY NOT NULL,
	`volunteer_id` text NOT NULL,
	`kind` text NOT NULL,
	`background_check_on` text,
	`code_of_conduct_signed_on` text,
	`reason` text DEFAULT '' NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`volunteer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `safeguarding_clearances_volunteer_idx` ON `safeguarding_clearances` (`volunteer_id`,`recorded_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_impact_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`quarter` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`status` text NOT NULL,
	`tables` text NOT NULL,
	`raw_counts` text DEFAULT '{}' NOT NULL,
	`correction_note` text DEFAULT '' NOT NULL,
	`corrects_id` text,
	`superseded_by_id` text,
	`built_by` text,
	`frozen_at` text,
	`submitted_by` text,
	`submitted_at` text,
	`reviewed_by` text,
	`reviewed_at` text,
	`return_reason` text,
	`published_by` text,
	`published_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`built_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_impact_snapshots`("id", "quarter", "revision", "status", "tables", "correction_note", "built_by", "reviewed_by", "published_at", "version", "created_at", "updated_at") SELECT "id", "quarter", "revision", "status", "tables", "correction_note", "built_by", "reviewed_by", "published_at", "version", "created_at", "created_at" FROM `impact_snapshots`;--> statement-breakpoint
DROP TABLE `impact_snapshots`;--> statement-breakpoint
ALTER TABLE `__new_impact_snapshots` RENAME TO `impact_snapshots`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `impact_snapshots_status_idx` ON `impact_snapshots` (`status`,`quarter`);--> statement-breakpoint
CREATE UNIQUE INDEX `impact_snapshots_published_quarter_idx` ON `impact_snapshots` (`quarter`) WHERE status = 'published';