CREATE TABLE `committees` (
	`id` text PRIMARY KEY NOT NULL,
	`commune_code` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `committees_commune_idx` ON `committees` (`commune_code`);--> statement-breakpoint
CREATE TABLE `committee_members` (
	`id` text PRIMARY KEY NOT NULL,
	`committee_id` text NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`is_child` integer NOT NULL,
	`birth_year` integer,
	`guardian_name` text DEFAULT '' NOT NULL,
	`consent_on` text,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `committee_members_committee_idx` ON `committee_members` (`committee_id`);--> statement-breakpoint
CREATE TABLE `committee_meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`committee_id` text NOT NULL,
	`held_on` text NOT NULL,
	`place` text NOT NULL,
	`created_by_id` text NOT NULL,
	`archived_at` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `committee_meetings_committee_idx` ON `committee_meetings` (`committee_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `committee_attendance` (
	`meeting_id` text NOT NULL,
	`member_id` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `member_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `committee_meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `committee_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `committee_attendance_member_idx` ON `committee_attendance` (`member_id`);--> statement-breakpoint
CREATE TABLE `committee_issues` (
	`id` text PRIMARY KEY NOT NULL,
	`committee_id` text NOT NULL,
	`meeting_id` text NOT NULL,
	`raised_on` text NOT NULL,
	`text` text NOT NULL,
	`language` text NOT NULL,
	`status` text NOT NULL,
	`answer` text DEFAULT '' NOT NULL,
	`action` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`answered_on` text,
	`closed_on` text,
	`answered_by_id` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `committee_meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `committee_issues_committee_idx` ON `committee_issues` (`committee_id`,`status`);--> statement-breakpoint
CREATE INDEX `committee_issues_meeting_idx` ON `committee_issues` (`meeting_id`);