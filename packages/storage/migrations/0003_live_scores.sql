CREATE TABLE "live_scores" (
	"tenant_id" text NOT NULL,
	"job_id" uuid NOT NULL,
	"resume_id" uuid NOT NULL,
	"score" real NOT NULL,
	"breakdown" jsonb NOT NULL,
	"scored_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_scores_job_id_resume_id_pk" PRIMARY KEY("job_id","resume_id")
);
--> statement-breakpoint
ALTER TABLE "live_scores" ADD CONSTRAINT "live_scores_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_scores" ADD CONSTRAINT "live_scores_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "live_scores_tenant_job_score_idx" ON "live_scores" USING btree ("tenant_id","job_id","score" DESC NULLS LAST,"resume_id");