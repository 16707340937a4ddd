ALTER TABLE "batch_items" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "batches" ADD COLUMN "expected_total" integer;--> statement-breakpoint
CREATE UNIQUE INDEX "batch_items_batch_source_key_idx" ON "batch_items" USING btree ("batch_id","source_key");