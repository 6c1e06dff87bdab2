CREATE TABLE `sign_in_throttle` (
	`key_hash` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`blocked_until` text,
	`last_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_throttle_last_idx` ON `sign_in_throttle` (`last_at`);