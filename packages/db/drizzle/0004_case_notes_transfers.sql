CREATE TABLE `case_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`happened_on` text NOT NULL,
	`contact_with` text DEFAULT '' NOT NULL,
	`text` text NOT NULL,
	`sensitive` integer DEFAULT false NOT NULL,
	`author_id` text NOT NULL,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_notes_case_idx` ON `case_notes` (`case_id`,`happened_on`);--> statement-breakpoint
CREATE TABLE `case_transfers` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`from_user_id` text,
	`to_user_id` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`transferred_by_id` text NOT NULL,
	`transferred_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`transferred_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_transfers_case_idx` ON `case_transfers` (`case_id`,`transferred_at`);--> statement-breakpoint
ALTER TABLE `household_members` ADD `archived_at` text;--> statement-breakpoint
CREATE INDEX `cases_live_registered_idx` ON `cases` (`registered_at`) WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX `cases_registered_by_idx` ON `cases` (`registered_by`,`registered_at`);