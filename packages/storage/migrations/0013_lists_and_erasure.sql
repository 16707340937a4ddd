-- from the issue-10 branch: 0009_list_search
ALTER TABLE "jobs" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce("title", '')) || jsonb_to_tsvector('simple', coalesce(jsonb_path_query_array("card", '$.basics.title') || jsonb_path_query_array("card", '$.basics.normalized_title') || jsonb_path_query_array("card", '$.basics.company') || jsonb_path_query_array("card", '$.basics.department') || jsonb_path_query_array("card", '$.requirements.*[*].text'), '[]'::jsonb), '["string"]')) STORED;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "skill_ids" jsonb GENERATED ALWAYS AS (coalesce(jsonb_path_query_array("card", '$.requirements.*[*].skill_id'), '[]'::jsonb)) STORED;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce("name", '')) || jsonb_to_tsvector('simple', coalesce(jsonb_path_query_array("card", '$.personal_info.name') || jsonb_path_query_array("card", '$.personal_info.headline') || jsonb_path_query_array("card", '$.work_experience[*].title') || jsonb_path_query_array("card", '$.work_experience[*].normalized_title') || jsonb_path_query_array("card", '$.work_experience[*].company') || jsonb_path_query_array("card", '$.skills[*].name') || jsonb_path_query_array("card", '$.skills[*].raw'), '[]'::jsonb), '["string"]')) STORED;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "skill_ids" jsonb GENERATED ALWAYS AS (coalesce(jsonb_path_query_array("card", '$.skills[*].id'), '[]'::jsonb)) STORED;--> statement-breakpoint
CREATE INDEX "jobs_tenant_title_idx" ON "jobs" USING btree ("tenant_id",coalesce("title", ''),"id") WHERE "jobs"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "jobs_search_idx" ON "jobs" USING gin ("search");--> statement-breakpoint
CREATE INDEX "jobs_skill_ids_idx" ON "jobs" USING gin ("skill_ids" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "resumes_tenant_title_idx" ON "resumes" USING btree ("tenant_id",coalesce("name", ''),"id") WHERE "resumes"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "resumes_search_idx" ON "resumes" USING gin ("search");--> statement-breakpoint
CREATE INDEX "resumes_skill_ids_idx" ON "resumes" USING gin ("skill_ids" jsonb_path_ops);
--> statement-breakpoint
-- from the issue-10 branch: 0010_record_counts
CREATE TABLE "record_counts" (
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"stage" text NOT NULL,
	"origin" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "record_counts_tenant_id_kind_status_stage_origin_pk" PRIMARY KEY("tenant_id","kind","status","stage","origin")
);
--> statement-breakpoint
-- Adds `delta` to one (tenant, kind, status, stage, origin) count.
CREATE FUNCTION "record_counts_add"(p_tenant text, p_kind text, p_status text, p_stage text, p_origin text, p_delta integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "record_counts" ("tenant_id", "kind", "status", "stage", "origin", "count")
  VALUES (p_tenant, p_kind, p_status, p_stage, p_origin, p_delta)
  ON CONFLICT ("tenant_id", "kind", "status", "stage", "origin")
  DO UPDATE SET "count" = "record_counts"."count" + excluded."count";
END;
$$;
--> statement-breakpoint
-- A job or resume row as it was counts -1, as it is +1; a deleted row counts nowhere. Rows whose
-- counted columns did not change (a card edit, a title) touch no count. Of the two counts an
-- update changes, the lower key is locked first, so two transactions moving records in opposite
-- directions (failed → queued, queued → failed) cannot deadlock on them.
CREATE FUNCTION "record_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_kind text := TG_ARGV[0];
  v_old boolean := TG_OP <> 'INSERT' AND OLD."deleted_at" IS NULL;
  v_new boolean := TG_OP <> 'DELETE' AND NEW."deleted_at" IS NULL;
  v_old_key text;
  v_new_key text;
BEGIN
  IF v_old AND v_new AND OLD."tenant_id" = NEW."tenant_id" AND OLD."status" = NEW."status"
     AND OLD."stage" = NEW."stage" AND OLD."origin" = NEW."origin" THEN
    RETURN NULL;
  END IF;
  IF v_old THEN v_old_key := concat_ws(' ', OLD."tenant_id", OLD."status", OLD."stage", OLD."origin"); END IF;
  IF v_new THEN v_new_key := concat_ws(' ', NEW."tenant_id", NEW."status", NEW."stage", NEW."origin"); END IF;
  IF v_old AND (NOT v_new OR v_old_key < v_new_key) THEN
    PERFORM "record_counts_add"(OLD."tenant_id", v_kind, OLD."status", OLD."stage", OLD."origin", -1);
    v_old := false;
  END IF;
  IF v_new THEN
    PERFORM "record_counts_add"(NEW."tenant_id", v_kind, NEW."status", NEW."stage", NEW."origin", 1);
  END IF;
  IF v_old THEN
    PERFORM "record_counts_add"(OLD."tenant_id", v_kind, OLD."status", OLD."stage", OLD."origin", -1);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "jobs_record_counts" AFTER INSERT OR UPDATE OR DELETE ON "jobs"
  FOR EACH ROW EXECUTE FUNCTION "record_counts_track"('job');
--> statement-breakpoint
CREATE TRIGGER "resumes_record_counts" AFTER INSERT OR UPDATE OR DELETE ON "resumes"
  FOR EACH ROW EXECUTE FUNCTION "record_counts_track"('resume');
--> statement-breakpoint
-- The counts of what is already there.
INSERT INTO "record_counts" ("tenant_id", "kind", "status", "stage", "origin", "count")
  SELECT "tenant_id", 'job', "status", "stage", "origin", count(*)::integer FROM "jobs"
  WHERE "deleted_at" IS NULL GROUP BY "tenant_id", "status", "stage", "origin"
  UNION ALL
  SELECT "tenant_id", 'resume', "status", "stage", "origin", count(*)::integer FROM "resumes"
  WHERE "deleted_at" IS NULL GROUP BY "tenant_id", "status", "stage", "origin";

--> statement-breakpoint
-- from the issue-10 branch: 0011_failure_codes
ALTER TABLE "match_sessions" ADD COLUMN "error_code" text;--> statement-breakpoint
ALTER TABLE "tailorings" ADD COLUMN "error_code" text;--> statement-breakpoint
-- Failed before codes existed: the generic code, as migration 0006 gave failed records.
UPDATE "match_sessions" SET "error_code" = 'workflow.step_failed' WHERE "status" = 'failed' AND "error_code" IS NULL;--> statement-breakpoint
UPDATE "tailorings" SET "error_code" = 'workflow.step_failed' WHERE "status" = 'failed' AND "error_code" IS NULL;

--> statement-breakpoint
-- from the issue-10 branch: 0012_document_copies
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
--> statement-breakpoint
-- from the issue-10 branch: 0013_list_summaries
-- What a list shows of a CV or a job instead of its card (docs/api-contract.md#lists-of-jobs-and-cvs);
-- null before the card exists. jsonb_build_object is only STABLE because it accepts any type;
-- over jsonb values it always gives the same answer, so these may feed generated columns.
CREATE FUNCTION "resume_summary"(card jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN card IS NULL THEN NULL ELSE jsonb_strip_nulls(jsonb_build_object(
    'headline', card #> '{personal_info,headline}',
    'location', card #> '{personal_info,location}',
    'latestTitle', card #> '{work_experience,0,title}',
    'latestEmployer', card #> '{work_experience,0,company}',
    'totalYearsExperience', card -> 'total_years_experience',
    'skills', nullif(jsonb_path_query_array(card, '$.skills[0 to 11].name'), '[]'::jsonb))) END
$$;--> statement-breakpoint
CREATE FUNCTION "job_summary"(card jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN card IS NULL THEN NULL ELSE jsonb_strip_nulls(jsonb_build_object(
    'company', card #> '{basics,company}',
    'location', card #> '{basics,location}',
    'workMode', card #> '{basics,work_mode}',
    'seniority', card #> '{basics,seniority}',
    'employmentType', card #> '{basics,employment_type}',
    'mustHave', nullif(jsonb_path_query_array(card, '$.requirements.must_have[0 to 11].text'), '[]'::jsonb))) END
$$;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "summary" jsonb GENERATED ALWAYS AS (job_summary("card")) STORED;--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "summary" jsonb GENERATED ALWAYS AS (resume_summary("card")) STORED;
