ALTER TABLE "documents" ADD COLUMN "error_code" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "error_code" text;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "error_code" text;--> statement-breakpoint
-- Failures recorded before codes existed get the generic code, so a failed record always has one.
UPDATE "documents" SET "error_code" = 'workflow.step_failed' WHERE "status" = 'failed';--> statement-breakpoint
UPDATE "jobs" SET "error_code" = 'workflow.step_failed' WHERE "status" = 'failed';--> statement-breakpoint
UPDATE "resumes" SET "error_code" = 'workflow.step_failed' WHERE "status" = 'failed';
