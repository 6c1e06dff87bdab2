CREATE TABLE `story_check_overrules` (
	`id` text PRIMARY KEY NOT NULL,
	`story_id` text NOT NULL,
	`finding_key` text NOT NULL,
	`reason` text NOT NULL,
	`overruled_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`overruled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `story_check_overrules_finding_idx` ON `story_check_overrules` (`story_id`,`finding_key`);--> statement-breakpoint
ALTER TABLE `impact_snapshots` ADD `correction_reason` text;--> statement-breakpoint
ALTER TABLE `impact_snapshots` ADD `coarse` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `impact_snapshots` ADD `withdrawn_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `impact_snapshots` ADD `withdrawn_at` text;--> statement-breakpoint
ALTER TABLE `impact_snapshots` ADD `withdraw_reason` text;