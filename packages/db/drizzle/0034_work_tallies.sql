CREATE TABLE `approval_tallies` (
	`kind` text NOT NULL,
	`commune_code` text NOT NULL,
	`assigned_to` text NOT NULL,
	`registered_by` text NOT NULL,
	`waiting` integer NOT NULL,
	PRIMARY KEY(`kind`, `commune_code`, `assigned_to`, `registered_by`)
);
--> statement-breakpoint
CREATE TABLE `follow_up_tallies` (
	`due_date` text NOT NULL,
	`commune_code` text NOT NULL,
	`assigned_to` text NOT NULL,
	`registered_by` text NOT NULL,
	`visits` integer NOT NULL,
	PRIMARY KEY(`commune_code`, `due_date`, `assigned_to`, `registered_by`)
);
--> statement-breakpoint
CREATE INDEX `cases_awaiting_contact_commune_idx` ON `cases` (`commune_code`,`status`,`first_contact_due_at`) WHERE first_contact_at is null and archived_at is null;