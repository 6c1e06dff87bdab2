CREATE TABLE `volunteer_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`contact_kind` text NOT NULL,
	`contact` text NOT NULL,
	`skills` text NOT NULL,
	`availability` text NOT NULL,
	`languages` text NOT NULL,
	`locale` text NOT NULL,
	`safeguarding_consent_at` text NOT NULL,
	`status` text NOT NULL,
	`decision_reason` text,
	`decided_by` text,
	`decided_at` text,
	`volunteer_id` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`volunteer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `volunteer_applications_status_idx` ON `volunteer_applications` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `volunteer_applications_contact_idx` ON `volunteer_applications` (`contact`,`status`);--> statement-breakpoint
ALTER TABLE `volunteer_signups` ADD `reminder_queued_at` text;