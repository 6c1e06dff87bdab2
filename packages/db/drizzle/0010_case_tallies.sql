CREATE TABLE `case_tallies` (
	`commune_code` text NOT NULL,
	`assigned_to` text NOT NULL,
	`registered_by` text NOT NULL,
	`status` text NOT NULL,
	`stage` text NOT NULL,
	`risk_level` text NOT NULL,
	`cases` integer NOT NULL,
	PRIMARY KEY(`commune_code`, `assigned_to`, `registered_by`, `status`, `stage`, `risk_level`)
);
--> statement-breakpoint
CREATE INDEX `cases_household_idx` ON `cases` (`household_id`);