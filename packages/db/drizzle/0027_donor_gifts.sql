CREATE TABLE `donor_preferences` (
	`user_id` text PRIMARY KEY NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`quarterly_updates` integer DEFAULT false NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `gifts` (
	`id` text PRIMARY KEY NOT NULL,
	`receipt_serial` integer NOT NULL,
	`receipt_number` text NOT NULL,
	`donor_id` text NOT NULL,
	`given_on` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`programme_id` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`recorded_by_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`donor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gifts_receipt_serial_idx` ON `gifts` (`receipt_serial`);--> statement-breakpoint
CREATE UNIQUE INDEX `gifts_receipt_number_idx` ON `gifts` (`receipt_number`);--> statement-breakpoint
CREATE INDEX `gifts_donor_idx` ON `gifts` (`donor_id`,`given_on`);--> statement-breakpoint
CREATE TABLE `giving_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`giving_page_url` text DEFAULT '' NOT NULL,
	`unsubscribe_secret` text NOT NULL,
	`updated_at` text,
	`updated_by_id` text,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
