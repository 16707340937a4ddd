ALTER TABLE "match_sessions" ADD COLUMN "error_code" text;--> statement-breakpoint
ALTER TABLE "tailorings" ADD COLUMN "error_code" text;--> statement-breakpoint
-- Failed before codes existed: the generic code, as migration 0006 gave failed records.
UPDATE "match_sessions" SET "error_code" = 'workflow.step_failed' WHERE "status" = 'failed' AND "error_code" IS NULL;--> statement-breakpoint
UPDATE "tailorings" SET "error_code" = 'workflow.step_failed' WHERE "status" = 'failed' AND "error_code" IS NULL;
