CREATE INDEX `children_name_idx` ON `children` (`family_name_latin`,`given_name_latin`);--> statement-breakpoint
CREATE INDEX `cases_live_commune_idx` ON `cases` (`commune_code`) WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX `cases_awaiting_contact_idx` ON `cases` (`first_contact_due_at`) WHERE first_contact_at is null and archived_at is null;