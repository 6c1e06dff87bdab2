CREATE TABLE `health_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`weight_kg` real NOT NULL,
	`height_cm` real NOT NULL,
	`bmi` real NOT NULL,
	`indication` text NOT NULL,
	`flags` text DEFAULT '' NOT NULL,
	`referred_to` text,
	`referral_reason` text DEFAULT '' NOT NULL,
	`referral_status` text,
	`referral_outcome_on` text,
	`referral_note` text DEFAULT '' NOT NULL,
	`recorded_by_id` text NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `programme_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `health_checks_session_participant_idx` ON `health_checks` (`session_id`,`participant_id`);--> statement-breakpoint
CREATE INDEX `health_checks_participant_idx` ON `health_checks` (`participant_id`);--> statement-breakpoint
CREATE INDEX `health_checks_referral_idx` ON `health_checks` (`referral_status`);