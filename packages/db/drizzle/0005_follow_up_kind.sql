ALTER TABLE `follow_ups` ADD `kind` text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE `follow_ups` ADD `reschedule_reason` text DEFAULT '' NOT NULL;