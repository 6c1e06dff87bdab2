DROP INDEX `cases_live_commune_idx`;--> statement-breakpoint
CREATE INDEX `cases_live_grid_idx` ON `cases` (`commune_code`,`status`,`stage`,`risk_level`) WHERE archived_at is null;