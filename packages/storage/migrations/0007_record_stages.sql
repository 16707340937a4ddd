ALTER TABLE "jobs" ADD COLUMN "stage" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "origin" text DEFAULT 'uploaded' NOT NULL;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "stage" text DEFAULT 'available' NOT NULL;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "origin" text DEFAULT 'uploaded' NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_stage_check" CHECK ("jobs"."stage" in ('open', 'on_hold', 'closed'));--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_origin_check" CHECK ("jobs"."origin" in ('uploaded', 'internal', 'past'));--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_stage_check" CHECK ("resumes"."stage" in ('available', 'interviewing', 'hired', 'archived'));--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_origin_check" CHECK ("resumes"."origin" in ('uploaded', 'internal', 'past'));