ALTER TABLE `audit_log` ADD `case_id` text;--> statement-breakpoint
CREATE INDEX `audit_case_idx` ON `audit_log` (`case_id`,`seq`);