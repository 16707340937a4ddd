ALTER TABLE "documents" ADD COLUMN "execution_name" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "recovery_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "documents_unsettled_idx" ON "documents" USING btree ("updated_at","id") WHERE "documents"."status" in ('queued', 'processing');--> statement-breakpoint
CREATE INDEX "documents_bucket_key_idx" ON "documents" USING btree ("bucket","s3_key");