CREATE TABLE `child_voices` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`occasion` text NOT NULL,
	`record_id` text NOT NULL,
	`views` text DEFAULT '' NOT NULL,
	`not_asked_reason` text,
	`not_asked_note` text DEFAULT '' NOT NULL,
	`recorded_by_id` text NOT NULL,
	`recorded_at` text NOT NULL,
	`reviewed_by_id` text,
	`reviewed_at` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `child_voices_record_idx` ON `child_voices` (`record_id`,`recorded_at`);--> statement-breakpoint
CREATE INDEX `child_voices_review_idx` ON `child_voices` (`reviewed_at`,`not_asked_reason`);--> statement-breakpoint
CREATE TABLE `feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`channel` text NOT NULL,
	`from_who` text NOT NULL,
	`words` text NOT NULL,
	`concerns` text DEFAULT '' NOT NULL,
	`answer_way` text NOT NULL,
	`contact_consent` integer DEFAULT false NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`received_on` text NOT NULL,
	`commune_code` text,
	`recorded_by_id` text NOT NULL,
	`status` text NOT NULL,
	`answer` text DEFAULT '' NOT NULL,
	`answered_on` text,
	`answered_by_id` text,
	`closed_on` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `feedback_status_idx` ON `feedback` (`status`,`received_on`);--> statement-breakpoint
CREATE INDEX `feedback_kind_idx` ON `feedback` (`kind`,`status`);--> statement-breakpoint
ALTER TABLE `users` ADD `safeguarding_lead` integer DEFAULT false NOT NULL;