CREATE TABLE "skill_aliases" (
	"tenant_id" text NOT NULL,
	"alias" text NOT NULL,
	"skill_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_aliases_tenant_id_alias_pk" PRIMARY KEY("tenant_id","alias")
);
--> statement-breakpoint
ALTER TABLE "skill_aliases" ADD CONSTRAINT "skill_aliases_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "skill_aliases_tenant" ON "skill_aliases" USING btree ("tenant_id");