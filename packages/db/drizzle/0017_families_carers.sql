CREATE TABLE `household_stays` (
	`id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`child_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`reason` text DEFAULT '' NOT NULL,
	`created_by_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `household_stays_household_idx` ON `household_stays` (`household_id`,`from_date`);--> statement-breakpoint
CREATE INDEX `household_stays_child_idx` ON `household_stays` (`child_id`,`from_date`);--> statement-breakpoint
CREATE TABLE `household_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`recorded_on` text NOT NULL,
	`id_poor` text NOT NULL,
	`income_sources` text NOT NULL,
	`monthly_income_riel` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `household_status_history_household_idx` ON `household_status_history` (`household_id`,`recorded_on`);--> statement-breakpoint
CREATE TABLE `school_enrolments` (
	`id` text PRIMARY KEY NOT NULL,
	`child_id` text NOT NULL,
	`school_name` text NOT NULL,
	`grade` text DEFAULT '' NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`created_by_id` text,
	`created_at` text NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `school_enrolments_child_idx` ON `school_enrolments` (`child_id`,`from_date`);--> statement-breakpoint
CREATE TABLE `family_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`assessed_on` text NOT NULL,
	`id_poor` text NOT NULL,
	`areas` text NOT NULL,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `family_assessments_household_idx` ON `family_assessments` (`household_id`,`assessed_on`);--> statement-breakpoint
CREATE TABLE `family_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`goals` text NOT NULL,
	`review_date` text NOT NULL,
	`created_by_id` text NOT NULL,
	`approval_state` text DEFAULT 'draft' NOT NULL,
	`submitted_by_id` text,
	`submitted_at` text,
	`decided_by_id` text,
	`decided_at` text,
	`return_reason` text,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `family_plans_household_idx` ON `family_plans` (`household_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `family_plans_approval_idx` ON `family_plans` (`approval_state`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `carer_records` (
	`id` text PRIMARY KEY NOT NULL,
	`carer_id` text NOT NULL,
	`kind` text NOT NULL,
	`recorded_on` text NOT NULL,
	`outcome` text NOT NULL,
	`amount_riel` integer,
	`case_id` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_by_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`carer_id`) REFERENCES `carers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `carer_records_carer_idx` ON `carer_records` (`carer_id`,`recorded_on`);--> statement-breakpoint
CREATE TABLE `carer_status_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`carer_id` text NOT NULL,
	`status` text NOT NULL,
	`reason` text NOT NULL,
	`changed_on` text NOT NULL,
	`changed_by_id` text NOT NULL,
	FOREIGN KEY (`carer_id`) REFERENCES `carers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `carer_status_changes_carer_idx` ON `carer_status_changes` (`carer_id`,`changed_on`);--> statement-breakpoint
CREATE TABLE `carers` (
	`id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`kind` text NOT NULL,
	`emergency` integer DEFAULT false NOT NULL,
	`capacity` integer NOT NULL,
	`age_min` integer NOT NULL,
	`age_max` integer NOT NULL,
	`languages` text NOT NULL,
	`takes_siblings` integer DEFAULT false NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`status_reason` text DEFAULT '' NOT NULL,
	`applied_on` text NOT NULL,
	`approval_state` text DEFAULT 'draft' NOT NULL,
	`submitted_by_id` text,
	`submitted_at` text,
	`decided_by_id` text,
	`decided_at` text,
	`return_reason` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `carers_household_idx` ON `carers` (`household_id`);--> statement-breakpoint
CREATE INDEX `carers_status_idx` ON `carers` (`status`,`kind`,`emergency`);--> statement-breakpoint
ALTER TABLE `placements` ADD `relationship_to_child` text;--> statement-breakpoint
CREATE INDEX `placements_household_idx` ON `placements` (`household_id`,`end_date`);