CREATE TABLE "document_copies" (
	"document_id" uuid NOT NULL,
	"tenant_id" text NOT NULL,
	"bucket" text NOT NULL,
	"s3_key" text NOT NULL,
	CONSTRAINT "document_copies_bucket_s3_key_pk" PRIMARY KEY("bucket","s3_key")
);
--> statement-breakpoint
ALTER TABLE "document_copies" ADD CONSTRAINT "document_copies_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_copies_document_idx" ON "document_copies" USING btree ("tenant_id","document_id");