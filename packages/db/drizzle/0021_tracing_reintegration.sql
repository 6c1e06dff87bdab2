CREATE TABLE `institutions` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`commune_code` text NOT NULL,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `institutions_commune_idx` ON `institutions` (`commune_code`);--> statement-breakpoint
CREATE TABLE `residential_admissions` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`institution_id` text NOT NULL,
	`admitted_on` text NOT NULL,
	`left_on` text,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `residential_admissions_case_idx` ON `residential_admissions` (`case_id`,`admitted_on`);--> statement-breakpoint
CREATE INDEX `residential_admissions_institution_idx` ON `residential_admissions` (`institution_id`,`left_on`);--> statement-breakpoint
CREATE TABLE `tracing_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`opened_on` text NOT NULL,
	`child_account` text NOT NULL,
	`people` text NOT NULL,
	`places_remembered` text DEFAULT '' NOT NULL,
	`place_code` text,
	`age_at_separation` integer,
	`language` text DEFAULT '' NOT NULL,
	`institution_records` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`outcome` text,
	`found_household_id` text,
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
	FOREIGN KEY (`found_household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tracing_requests_case_idx` ON `tracing_requests` (`case_id`);--> statement-breakpoint
CREATE INDEX `tracing_requests_approval_idx` ON `tracing_requests` (`approval_state`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `trace_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`tracing_request_id` text NOT NULL,
	`kind` text NOT NULL,
	`action_on` text NOT NULL,
	`who` text NOT NULL,
	`place` text NOT NULL,
	`result` text NOT NULL,
	`next_step` text DEFAULT '' NOT NULL,
	`created_by_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`tracing_request_id`) REFERENCES `tracing_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trace_actions_request_idx` ON `trace_actions` (`tracing_request_id`,`action_on`);--> statement-breakpoint
CREATE TABLE `tracing_index_queue` (
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`source`, `source_id`)
);
--> statement-breakpoint
CREATE TABLE `tracing_match_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`tracing_request_id` text NOT NULL,
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	`decision` text NOT NULL,
	`note` text NOT NULL,
	`score_permille` integer NOT NULL,
	`reasons` text NOT NULL,
	`decided_by_id` text NOT NULL,
	`decided_at` text NOT NULL,
	FOREIGN KEY (`tracing_request_id`) REFERENCES `tracing_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tracing_match_decisions_pair_idx` ON `tracing_match_decisions` (`tracing_request_id`,`source`,`source_id`);--> statement-breakpoint
CREATE TABLE `tracing_name_keys` (
	`key` text NOT NULL,
	`person_id` text NOT NULL,
	PRIMARY KEY(`key`, `person_id`)
);
--> statement-breakpoint
CREATE INDEX `tracing_name_keys_person_idx` ON `tracing_name_keys` (`person_id`);--> statement-breakpoint
CREATE TABLE `tracing_people` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	`names` text NOT NULL,
	`birth_year` integer,
	`sex` text,
	`place_code` text,
	`commune_code` text,
	`household_id` text,
	`case_id` text,
	`role` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tracing_people_source_idx` ON `tracing_people` (`source`,`source_id`);--> statement-breakpoint
CREATE TABLE `reintegration_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`assessed_on` text NOT NULL,
	`family_capacity` text NOT NULL,
	`child_wishes` text NOT NULL,
	`child_fears` text DEFAULT '' NOT NULL,
	`safety` text NOT NULL,
	`school_plan` text NOT NULL,
	`health_plan` text NOT NULL,
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
CREATE INDEX `reintegration_assessments_case_idx` ON `reintegration_assessments` (`case_id`);--> statement-breakpoint
CREATE INDEX `reintegration_assessments_approval_idx` ON `reintegration_assessments` (`approval_state`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `reintegration_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`owner` text NOT NULL,
	`due_on` text NOT NULL,
	`done_on` text,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reintegration_steps_case_idx` ON `reintegration_steps` (`case_id`,`due_on`);