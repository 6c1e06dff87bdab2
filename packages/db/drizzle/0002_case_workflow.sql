CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`assessed_on` text NOT NULL,
	`scores` text NOT NULL,
	`protection_concerns` text NOT NULL,
	`risk_level` text NOT NULL,
	`risk_reason` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`assessed_by_id` text NOT NULL,
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
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_case_idx` ON `assessments` (`case_id`,`assessed_on`);--> statement-breakpoint
CREATE INDEX `assessments_approval_idx` ON `assessments` (`approval_state`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `case_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`assessment_id` text NOT NULL,
	`goals` text NOT NULL,
	`child_views` text DEFAULT '' NOT NULL,
	`child_views_not_given_reason` text,
	`child_views_not_given_note` text DEFAULT '' NOT NULL,
	`review_date` text NOT NULL,
	`reviewed_on` text,
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
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_plans_case_idx` ON `case_plans` (`case_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `case_plans_approval_idx` ON `case_plans` (`approval_state`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`type` text NOT NULL,
	`type_other` text DEFAULT '' NOT NULL,
	`delivered_on` text NOT NULL,
	`provider` text NOT NULL,
	`outcome` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `services_case_idx` ON `services` (`case_id`,`delivered_on`);--> statement-breakpoint
CREATE TABLE `placements` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`type` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`reason` text NOT NULL,
	`household_id` text,
	`carer_name` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placements_case_idx` ON `placements` (`case_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`placement_id` text,
	`due_date` text NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`done_on` text,
	`child_seen` integer,
	`wellbeing` text,
	`notes` text DEFAULT '' NOT NULL,
	`visited_by_id` text,
	`cancelled_on` text,
	`cancel_reason` text,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visited_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_ups_case_idx` ON `follow_ups` (`case_id`,`due_date`);--> statement-breakpoint
CREATE INDEX `follow_ups_open_due_idx` ON `follow_ups` (`due_date`,`case_id`) WHERE done_on is null and cancelled_on is null and archived_at is null;--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`agency_kind` text,
	`agency_name` text DEFAULT '' NOT NULL,
	`to_user_id` text,
	`reason` text NOT NULL,
	`referred_on` text NOT NULL,
	`consent_given` integer DEFAULT false NOT NULL,
	`consent_given_by` text,
	`consent_recorded_on` text,
	`consent_recorded_by_id` text,
	`status` text NOT NULL,
	`responded_on` text,
	`outcome` text DEFAULT '' NOT NULL,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`consent_recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referrals_case_idx` ON `referrals` (`case_id`,`referred_on`);--> statement-breakpoint
CREATE INDEX `referrals_to_user_idx` ON `referrals` (`to_user_id`,`status`);--> statement-breakpoint
CREATE TABLE `closures` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`reason` text NOT NULL,
	`reason_other` text DEFAULT '' NOT NULL,
	`closed_on` text NOT NULL,
	`summary` text NOT NULL,
	`follow_up_on` text,
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
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `closures_case_idx` ON `closures` (`case_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `closures_approval_idx` ON `closures` (`approval_state`,`submitted_at`);