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
