CREATE TABLE "match_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"session_id" uuid NOT NULL,
	"resume_id" uuid NOT NULL,
	"verdict" text NOT NULL,
	"notes" text,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_feedback_verdict_check" CHECK ("match_feedback"."verdict" in ('positive', 'negative', 'hired'))
);
--> statement-breakpoint
CREATE TABLE "match_results" (
	"session_id" uuid NOT NULL,
	"tenant_id" text NOT NULL,
	"resume_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"score" real NOT NULL,
	"breakdown" jsonb NOT NULL,
	"analysis" jsonb,
	CONSTRAINT "match_results_session_id_resume_id_pk" PRIMARY KEY("session_id","resume_id")
);
--> statement-breakpoint
CREATE TABLE "match_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"job_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_sessions_kind_check" CHECK ("match_sessions"."kind" in ('step1', 'step2')),
	CONSTRAINT "match_sessions_status_check" CHECK ("match_sessions"."status" in ('queued', 'running', 'done', 'failed')),
	CONSTRAINT "match_sessions_counts_check" CHECK ("match_sessions"."total" >= 0 and "match_sessions"."done" >= 0 and "match_sessions"."failed" >= 0)
);
--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_session_id_match_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."match_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_results" ADD CONSTRAINT "match_results_session_id_match_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."match_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_results" ADD CONSTRAINT "match_results_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_sessions" ADD CONSTRAINT "match_sessions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_sessions" ADD CONSTRAINT "match_sessions_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_feedback_tenant_session_idx" ON "match_feedback" USING btree ("tenant_id","session_id");--> statement-breakpoint
CREATE INDEX "match_results_tenant_session_rank_idx" ON "match_results" USING btree ("tenant_id","session_id","rank");--> statement-breakpoint
CREATE INDEX "match_sessions_tenant_job_created_idx" ON "match_sessions" USING btree ("tenant_id","job_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "jobs_tenant_updated_idx" ON "jobs" USING btree ("tenant_id","updated_at");--> statement-breakpoint
CREATE INDEX "resumes_tenant_updated_idx" ON "resumes" USING btree ("tenant_id","updated_at");