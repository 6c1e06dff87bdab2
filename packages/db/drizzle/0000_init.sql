CREATE TABLE `geo_units` (
	`code` text PRIMARY KEY NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	`name_km` text NOT NULL,
	`name_latin` text NOT NULL,
	`unit_km` text,
	`unit_latin` text,
	`lat` real,
	`lng` real
);
--> statement-breakpoint
CREATE INDEX `geo_units_parent_idx` ON `geo_units` (`parent_code`);--> statement-breakpoint
CREATE INDEX `geo_units_level_idx` ON `geo_units` (`level`);--> statement-breakpoint
CREATE TABLE `user_communes` (
	`user_id` text NOT NULL,
	`commune_code` text NOT NULL,
	PRIMARY KEY(`user_id`, `commune_code`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`locale` text DEFAULT 'en' NOT NULL,
	`totp_secret` text,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_idx` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`portal` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_id` text,
	`portal` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`detail` text DEFAULT '{}' NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `children` (
	`id` text PRIMARY KEY NOT NULL,
	`given_name_km` text NOT NULL,
	`family_name_km` text NOT NULL,
	`given_name_latin` text NOT NULL,
	`family_name_latin` text NOT NULL,
	`search_text` text NOT NULL,
	`sex` text NOT NULL,
	`date_of_birth` text NOT NULL,
	`date_of_birth_estimated` integer DEFAULT false NOT NULL,
	`disability` text NOT NULL,
	`school_status` text NOT NULL,
	`birth_registration` text NOT NULL,
	`photo_consent` integer DEFAULT false NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `children_dob_idx` ON `children` (`date_of_birth`);--> statement-breakpoint
CREATE TABLE `household_members` (
	`id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`name_km` text NOT NULL,
	`name_latin` text DEFAULT '' NOT NULL,
	`sex` text NOT NULL,
	`date_of_birth` text,
	`relationship` text NOT NULL,
	`is_caregiver` integer DEFAULT false NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `household_members_household_idx` ON `household_members` (`household_id`);--> statement-breakpoint
CREATE TABLE `households` (
	`id` text PRIMARY KEY NOT NULL,
	`village_code` text NOT NULL,
	`commune_code` text NOT NULL,
	`id_poor` text NOT NULL,
	`income_sources` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `households_commune_idx` ON `households` (`commune_code`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`child_id` text NOT NULL,
	`household_id` text NOT NULL,
	`status` text NOT NULL,
	`stage` text NOT NULL,
	`risk_level` text NOT NULL,
	`protection_concerns` text NOT NULL,
	`source` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`commune_code` text NOT NULL,
	`assigned_to` text,
	`registered_by` text,
	`registered_at` text NOT NULL,
	`first_contact_due_at` text NOT NULL,
	`first_contact_at` text,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `children`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_to`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`registered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_reference_idx` ON `cases` (`reference`);--> statement-breakpoint
CREATE INDEX `cases_commune_idx` ON `cases` (`commune_code`,`registered_at`);--> statement-breakpoint
CREATE INDEX `cases_assigned_idx` ON `cases` (`assigned_to`,`registered_at`);--> statement-breakpoint
CREATE INDEX `cases_child_idx` ON `cases` (`child_id`);--> statement-breakpoint
CREATE INDEX `cases_stage_idx` ON `cases` (`stage`);--> statement-breakpoint
CREATE TABLE `hive_needs` (
	`id` text PRIMARY KEY NOT NULL,
	`volunteer_id` text NOT NULL,
	`commune_code` text NOT NULL,
	`village_code` text NOT NULL,
	`category` text NOT NULL,
	`urgency` text NOT NULL,
	`description` text NOT NULL,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`consent_to_contact` integer NOT NULL,
	`content_hash` text NOT NULL,
	`status` text NOT NULL,
	`message_to_volunteer` text DEFAULT '' NOT NULL,
	`case_id` text,
	`reported_at` text NOT NULL,
	`received_at` text NOT NULL,
	`triaged_by` text,
	`triaged_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`volunteer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hive_needs_commune_idx` ON `hive_needs` (`commune_code`,`status`);--> statement-breakpoint
CREATE INDEX `hive_needs_volunteer_idx` ON `hive_needs` (`volunteer_id`);--> statement-breakpoint
CREATE TABLE `impact_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`quarter` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`status` text NOT NULL,
	`tables` text NOT NULL,
	`correction_note` text DEFAULT '' NOT NULL,
	`built_by` text,
	`reviewed_by` text,
	`published_at` text,
	`created_at` text NOT NULL,
	`version` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `impact_snapshots_status_idx` ON `impact_snapshots` (`status`,`published_at`);