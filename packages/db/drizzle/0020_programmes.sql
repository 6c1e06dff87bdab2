CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`serial` integer NOT NULL,
	`given_name_km` text NOT NULL,
	`family_name_km` text NOT NULL,
	`given_name_latin` text NOT NULL,
	`family_name_latin` text NOT NULL,
	`search_text` text NOT NULL,
	`sex` text NOT NULL,
	`birth_year` integer NOT NULL,
	`village_code` text NOT NULL,
	`commune_code` text NOT NULL,
	`guardian_name` text DEFAULT '' NOT NULL,
	`guardian_phone` text DEFAULT '' NOT NULL,
	`consent_on` text NOT NULL,
	`child_id` text,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_serial_unique` ON `participants` (`serial`);--> statement-breakpoint
CREATE INDEX `participants_commune_idx` ON `participants` (`commune_code`,`birth_year`);--> statement-breakpoint
CREATE INDEX `participants_child_idx` ON `participants` (`child_id`);--> statement-breakpoint
CREATE TABLE `programme_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`site_id` text NOT NULL,
	`held_on` text NOT NULL,
	`activity` text NOT NULL,
	`staff_id` text NOT NULL,
	`meals_served` integer,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `programme_sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `programme_sessions_programme_idx` ON `programme_sessions` (`programme_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `programme_sessions_site_idx` ON `programme_sessions` (`site_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `programme_sites` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`village_code` text NOT NULL,
	`commune_code` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `programme_sites_programme_idx` ON `programme_sites` (`programme_id`);--> statement-breakpoint
CREATE TABLE `programmes` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `session_attendance` (
	`session_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`recorded_by_id` text NOT NULL,
	`recorded_at` text NOT NULL,
	PRIMARY KEY(`session_id`, `participant_id`),
	FOREIGN KEY (`session_id`) REFERENCES `programme_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `session_attendance_participant_idx` ON `session_attendance` (`participant_id`);