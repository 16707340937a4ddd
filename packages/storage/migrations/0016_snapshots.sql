CREATE TABLE "resume_erasures" (
	"tenant_id" text NOT NULL,
	"resume_id" uuid NOT NULL,
	"erased_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resume_erasures_tenant_id_resume_id_pk" PRIMARY KEY("tenant_id","resume_id")
);
--> statement-breakpoint
ALTER TABLE "resume_erasures" ADD CONSTRAINT "resume_erasures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resume_erasures_tenant_erased_at_idx" ON "resume_erasures" USING btree ("tenant_id","erased_at");