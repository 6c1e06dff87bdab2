CREATE TABLE `hive_communes` (
	`id` text PRIMARY KEY NOT NULL,
	`commune_code` text NOT NULL,
	`committee_formed` integer NOT NULL,
	`volunteers_target` integer NOT NULL,
	`budget_line_adopted` integer NOT NULL,
	`referral_pathway_mapped` integer NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hive_communes_commune_idx` ON `hive_communes` (`commune_code`);--> statement-breakpoint
CREATE TABLE `hive_committee_members` (
	`id` text PRIMARY KEY NOT NULL,
	`commune_code` text NOT NULL,
	`name` text NOT NULL,
	`committee_role` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `hive_committee_commune_idx` ON `hive_committee_members` (`commune_code`);--> statement-breakpoint
CREATE TABLE `hive_volunteers` (
	`id` text PRIMARY KEY NOT NULL,
	`commune_code` text NOT NULL,
	`name` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`user_id` text,
	`trainings` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hive_volunteers_commune_idx` ON `hive_volunteers` (`commune_code`);--> statement-breakpoint
CREATE INDEX `hive_volunteers_user_idx` ON `hive_volunteers` (`user_id`);--> statement-breakpoint
CREATE TABLE `hive_meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`commune_code` text NOT NULL,
	`held_on` text NOT NULL,
	`attendees_count` integer NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`decisions` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `hive_meetings_commune_idx` ON `hive_meetings` (`commune_code`,`held_on`);--> statement-breakpoint
CREATE TABLE `hive_independence_history` (
	`id` text PRIMARY KEY NOT NULL,
	`commune_code` text NOT NULL,
	`recorded_on` text NOT NULL,
	`independence_index` real NOT NULL,
	`milestones` text NOT NULL,
	`recorded_by` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hive_independence_commune_idx` ON `hive_independence_history` (`commune_code`,`recorded_on`);--> statement-breakpoint
ALTER TABLE `hive_needs` ADD `referral_agency` text;--> statement-breakpoint
ALTER TABLE `hive_needs` ADD `referral_agency_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `hive_needs` ADD `triage_priority` integer;--> statement-breakpoint
CREATE INDEX `hive_needs_queue_idx` ON `hive_needs` (`status`,`triage_priority`);--> statement-breakpoint
CREATE INDEX `hive_needs_reported_idx` ON `hive_needs` (`commune_code`,`reported_at`);