CREATE TABLE "score_buckets" (
	"tenant_id" text NOT NULL,
	"bucket" smallint NOT NULL,
	"count" bigint DEFAULT 0 NOT NULL,
	"total" numeric DEFAULT '0' NOT NULL,
	CONSTRAINT "score_buckets_tenant_id_bucket_pk" PRIMARY KEY("tenant_id","bucket")
);
--> statement-breakpoint
CREATE TABLE "skill_counts" (
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"skill_id" text NOT NULL,
	"count" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "skill_counts_tenant_id_kind_skill_id_pk" PRIMARY KEY("tenant_id","kind","skill_id")
);
--> statement-breakpoint
CREATE INDEX "documents_tenant_settled_idx" ON "documents" USING btree ("tenant_id","updated_at" DESC NULLS FIRST) WHERE "documents"."status" in ('parsed', 'failed');--> statement-breakpoint
CREATE INDEX "match_sessions_tenant_updated_idx" ON "match_sessions" USING btree ("tenant_id","updated_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "tailorings_tenant_updated_idx" ON "tailorings" USING btree ("tenant_id","updated_at" DESC NULLS FIRST);--> statement-breakpoint
-- A record's distinct taxonomy skill ids (a card may name a skill twice: must-have and nice-to-have).
CREATE FUNCTION "skill_ids_of"(ids jsonb) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT DISTINCT id FROM jsonb_array_elements_text(coalesce(ids, '[]'::jsonb)) AS id WHERE id IS NOT NULL
$$;
--> statement-breakpoint
-- Whether a record counts in skill_counts: a CV while parsed and visible (supply), a job while
-- parsed, visible and open (demand).
CREATE FUNCTION "skill_counted"(p_kind text, p_status text, p_stage text, p_deleted_at timestamptz) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT p_deleted_at IS NULL AND p_status = 'parsed' AND (p_kind = 'resume' OR p_stage = 'open')
$$;
--> statement-breakpoint
-- Statement-level, over the transition tables: a bulk insert of 500 CVs is one upsert of its
-- skills, not 500. Rows that were and still are counted with the same skills net to zero and
-- write nothing. The upsert takes its rows in key order, so two writers cannot deadlock.
CREATE FUNCTION "skill_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_kind text := TG_ARGV[0];
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "skill_counts" ("tenant_id", "kind", "skill_id", "count")
      SELECT r."tenant_id", v_kind, s.id, count(*) FROM new_rows r CROSS JOIN LATERAL "skill_ids_of"(r."skill_ids") AS s(id)
      WHERE "skill_counted"(v_kind, r."status", r."stage", r."deleted_at")
      GROUP BY 1, 3 ORDER BY 1, 3
      ON CONFLICT ("tenant_id", "kind", "skill_id") DO UPDATE SET "count" = "skill_counts"."count" + excluded."count";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "skill_counts" ("tenant_id", "kind", "skill_id", "count")
      SELECT r."tenant_id", v_kind, s.id, -count(*) FROM old_rows r CROSS JOIN LATERAL "skill_ids_of"(r."skill_ids") AS s(id)
      WHERE "skill_counted"(v_kind, r."status", r."stage", r."deleted_at")
      GROUP BY 1, 3 ORDER BY 1, 3
      ON CONFLICT ("tenant_id", "kind", "skill_id") DO UPDATE SET "count" = "skill_counts"."count" + excluded."count";
  ELSE
    INSERT INTO "skill_counts" ("tenant_id", "kind", "skill_id", "count")
      SELECT d.tenant_id, v_kind, d.id, sum(d.delta) FROM (
        SELECT r."tenant_id" AS tenant_id, s.id, 1 AS delta FROM new_rows r CROSS JOIN LATERAL "skill_ids_of"(r."skill_ids") AS s(id)
        WHERE "skill_counted"(v_kind, r."status", r."stage", r."deleted_at")
        UNION ALL
        SELECT r."tenant_id", s.id, -1 FROM old_rows r CROSS JOIN LATERAL "skill_ids_of"(r."skill_ids") AS s(id)
        WHERE "skill_counted"(v_kind, r."status", r."stage", r."deleted_at")
      ) d
      GROUP BY 1, 3 HAVING sum(d.delta) <> 0 ORDER BY 1, 3
      ON CONFLICT ("tenant_id", "kind", "skill_id") DO UPDATE SET "count" = "skill_counts"."count" + excluded."count";
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "jobs_skill_counts_insert" AFTER INSERT ON "jobs" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "skill_counts_track"('job');
--> statement-breakpoint
CREATE TRIGGER "jobs_skill_counts_update" AFTER UPDATE ON "jobs" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "skill_counts_track"('job');
--> statement-breakpoint
CREATE TRIGGER "jobs_skill_counts_delete" AFTER DELETE ON "jobs" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "skill_counts_track"('job');
--> statement-breakpoint
CREATE TRIGGER "resumes_skill_counts_insert" AFTER INSERT ON "resumes" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "skill_counts_track"('resume');
--> statement-breakpoint
CREATE TRIGGER "resumes_skill_counts_update" AFTER UPDATE ON "resumes" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "skill_counts_track"('resume');
--> statement-breakpoint
CREATE TRIGGER "resumes_skill_counts_delete" AFTER DELETE ON "resumes" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "skill_counts_track"('resume');
--> statement-breakpoint
-- The skills of what is already there.
INSERT INTO "skill_counts" ("tenant_id", "kind", "skill_id", "count")
  SELECT r."tenant_id", 'job', s.id, count(*) FROM "jobs" r CROSS JOIN LATERAL "skill_ids_of"(r."skill_ids") AS s(id)
  WHERE "skill_counted"('job', r."status", r."stage", r."deleted_at") GROUP BY 1, 3
  UNION ALL
  SELECT r."tenant_id", 'resume', s.id, count(*) FROM "resumes" r CROSS JOIN LATERAL "skill_ids_of"(r."skill_ids") AS s(id)
  WHERE "skill_counted"('resume', r."status", r."stage", r."deleted_at") GROUP BY 1, 3;
--> statement-breakpoint
-- A step-1 score's 10-point bucket: 0 = [0, 10) … 9 = [90, 100] (100 joins the top bucket).
CREATE FUNCTION "score_bucket_of"(score real) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT least(9, greatest(0, floor(score / 10)))::smallint
$$;
--> statement-breakpoint
-- live_scores rows added (+1, +score) and removed (-1, -score), per tenant and bucket; an upsert
-- that rescored a pair is its old row removed and its new row added. Key order, as above.
CREATE FUNCTION "score_buckets_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "score_buckets" ("tenant_id", "bucket", "count", "total")
      SELECT "tenant_id", "score_bucket_of"("score"), count(*), sum("score"::numeric) FROM new_rows
      GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("tenant_id", "bucket") DO UPDATE
        SET "count" = "score_buckets"."count" + excluded."count", "total" = "score_buckets"."total" + excluded."total";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "score_buckets" ("tenant_id", "bucket", "count", "total")
      SELECT "tenant_id", "score_bucket_of"("score"), -count(*), -sum("score"::numeric) FROM old_rows
      GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("tenant_id", "bucket") DO UPDATE
        SET "count" = "score_buckets"."count" + excluded."count", "total" = "score_buckets"."total" + excluded."total";
  ELSE
    INSERT INTO "score_buckets" ("tenant_id", "bucket", "count", "total")
      SELECT d.tenant_id, d.bucket, sum(d.n), sum(d.total) FROM (
        SELECT "tenant_id" AS tenant_id, "score_bucket_of"("score") AS bucket, 1 AS n, "score"::numeric AS total FROM new_rows
        UNION ALL
        SELECT "tenant_id", "score_bucket_of"("score"), -1, -"score"::numeric FROM old_rows
      ) d
      GROUP BY 1, 2 HAVING sum(d.n) <> 0 OR sum(d.total) <> 0 ORDER BY 1, 2
      ON CONFLICT ("tenant_id", "bucket") DO UPDATE
        SET "count" = "score_buckets"."count" + excluded."count", "total" = "score_buckets"."total" + excluded."total";
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "live_scores_buckets_insert" AFTER INSERT ON "live_scores" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "score_buckets_track"();
--> statement-breakpoint
CREATE TRIGGER "live_scores_buckets_update" AFTER UPDATE ON "live_scores" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "score_buckets_track"();
--> statement-breakpoint
CREATE TRIGGER "live_scores_buckets_delete" AFTER DELETE ON "live_scores" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "score_buckets_track"();
--> statement-breakpoint
-- The scores already there.
INSERT INTO "score_buckets" ("tenant_id", "bucket", "count", "total")
  SELECT "tenant_id", "score_bucket_of"("score"), count(*), sum("score"::numeric) FROM "live_scores" GROUP BY 1, 2;
