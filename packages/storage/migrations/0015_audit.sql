CREATE TABLE "ai_audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"provider" text NOT NULL,
	"model" text NOT NULL,
	"prompt_version" text,
	"input_hash" text NOT NULL,
	"prompt_tokens" integer,
	"completion_tokens" integer,
	"total_tokens" integer,
	"outcome" text NOT NULL,
	"error_code" text,
	"verdict" jsonb,
	"duration_ms" integer NOT NULL,
	"retries" integer DEFAULT 0 NOT NULL,
	"cached" boolean DEFAULT false NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"document_id" uuid,
	"document_kind" text,
	"job_id" uuid,
	"resume_id" uuid,
	"session_id" uuid,
	"tailoring_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_audit_events_kind_check" CHECK ("ai_audit_events"."kind" in ('extraction', 'analysis', 'tailoring', 'vision')),
	CONSTRAINT "ai_audit_events_outcome_check" CHECK ("ai_audit_events"."outcome" in ('ok', 'failed')),
	CONSTRAINT "ai_audit_events_actor_type_check" CHECK ("ai_audit_events"."actor_type" in ('user', 'system')),
	CONSTRAINT "ai_audit_events_retries_check" CHECK ("ai_audit_events"."retries" >= 0)
);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "requested_by" text;--> statement-breakpoint
ALTER TABLE "ai_audit_events" ADD CONSTRAINT "ai_audit_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_audit_events_tenant_created_idx" ON "ai_audit_events" USING btree ("tenant_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "ai_audit_events_tenant_document_idx" ON "ai_audit_events" USING btree ("tenant_id","document_id");--> statement-breakpoint
CREATE INDEX "ai_audit_events_tenant_job_idx" ON "ai_audit_events" USING btree ("tenant_id","job_id");--> statement-breakpoint
CREATE INDEX "ai_audit_events_tenant_resume_idx" ON "ai_audit_events" USING btree ("tenant_id","resume_id");--> statement-breakpoint
CREATE INDEX "ai_audit_events_tenant_tailoring_idx" ON "ai_audit_events" USING btree ("tenant_id","tailoring_id");