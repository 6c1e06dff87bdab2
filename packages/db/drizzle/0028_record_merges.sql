CREATE TABLE `record_merges` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`survivor_id` text NOT NULL,
	`merged_id` text NOT NULL,
	`merged_label` text NOT NULL,
	`repointed` text NOT NULL,
	`decisions` text NOT NULL,
	`merged_archived_at` text,
	`merged_by_id` text NOT NULL,
	`merged_at` text NOT NULL,
	`undone_by_id` text,
	`undone_at` text,
	FOREIGN KEY (`merged_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undone_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `record_merges_survivor_idx` ON `record_merges` (`kind`,`survivor_id`,`merged_at`);--> statement-breakpoint
CREATE INDEX `record_merges_merged_idx` ON `record_merges` (`kind`,`merged_id`);--> statement-breakpoint
ALTER TABLE `children` ADD `merged_into_id` text;--> statement-breakpoint
ALTER TABLE `households` ADD `merged_into_id` text;