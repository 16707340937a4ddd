CREATE TABLE "document_embeddings" (
	"tenant_id" text NOT NULL,
	"document_id" uuid NOT NULL,
	"part" text NOT NULL,
	"space" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_embeddings_document_id_part_pk" PRIMARY KEY("document_id","part")
);
--> statement-breakpoint
CREATE TABLE "skill_embeddings" (
	"space" text NOT NULL,
	"skill_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_embeddings_space_skill_id_pk" PRIMARY KEY("space","skill_id")
);
--> statement-breakpoint
ALTER TABLE "document_embeddings" ADD CONSTRAINT "document_embeddings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_embeddings" ADD CONSTRAINT "document_embeddings_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_embeddings_tenant_idx" ON "document_embeddings" USING btree ("tenant_id","document_id");--> statement-breakpoint
-- Hand-written (drizzle declares no such column): pgvector where the server has it (Neon; PGlite
-- with @electric-sql/pglite-pgvector), else real[] (a PostgreSQL without the extension, as the
-- PostgreSQL 15 of the tests and CI). Dimensionless, since the space (model:dimensions) is a row's.
DO $$
BEGIN
	IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
		CREATE EXTENSION IF NOT EXISTS vector;
		ALTER TABLE "skill_embeddings" ADD COLUMN "embedding" vector NOT NULL;
		ALTER TABLE "document_embeddings" ADD COLUMN "embedding" vector NOT NULL;
	ELSE
		ALTER TABLE "skill_embeddings" ADD COLUMN "embedding" real[] NOT NULL;
		ALTER TABLE "document_embeddings" ADD COLUMN "embedding" real[] NOT NULL;
	END IF;
END $$;
