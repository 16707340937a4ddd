CREATE TABLE "list_versions" (
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "list_versions_tenant_id_kind_pk" PRIMARY KEY("tenant_id","kind")
);
--> statement-breakpoint
-- A list's version (src/list-version.sql.ts) is the id of the last transaction that wrote a job or
-- resume row of that tenant: transaction ids are never reused by a database cluster, so two
-- different states of a list never share a version, whatever was deleted or re-created before.
CREATE FUNCTION "list_versions_bump"(p_tenant text, p_kind text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "list_versions" ("tenant_id", "kind", "version")
  VALUES (p_tenant, p_kind, pg_current_xact_id()::text::bigint)
  ON CONFLICT ("tenant_id", "kind") DO UPDATE SET "version" = excluded."version";
END;
$$;
--> statement-breakpoint
-- Every insert, update and delete of a row: what a list shows of a record is all on its row (and
-- on its document's filename, which never changes).
CREATE FUNCTION "list_versions_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "list_versions_bump"(OLD."tenant_id", TG_ARGV[0]); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."tenant_id" <> OLD."tenant_id") THEN
    PERFORM "list_versions_bump"(NEW."tenant_id", TG_ARGV[0]);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- TRUNCATE fires no row trigger: every tenant's list of that kind changes at once.
CREATE FUNCTION "list_versions_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "list_versions" SET "version" = pg_current_xact_id()::text::bigint WHERE "kind" = TG_ARGV[0];
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "jobs_list_versions" AFTER INSERT OR UPDATE OR DELETE ON "jobs"
  FOR EACH ROW EXECUTE FUNCTION "list_versions_track"('job');
--> statement-breakpoint
CREATE TRIGGER "resumes_list_versions" AFTER INSERT OR UPDATE OR DELETE ON "resumes"
  FOR EACH ROW EXECUTE FUNCTION "list_versions_track"('resume');
--> statement-breakpoint
CREATE TRIGGER "jobs_list_versions_truncate" AFTER TRUNCATE ON "jobs"
  FOR EACH STATEMENT EXECUTE FUNCTION "list_versions_truncated"('job');
--> statement-breakpoint
CREATE TRIGGER "resumes_list_versions_truncate" AFTER TRUNCATE ON "resumes"
  FOR EACH STATEMENT EXECUTE FUNCTION "list_versions_truncated"('resume');
--> statement-breakpoint
-- Every tenant with records already has a version, so "no row" only ever means "never had one".
INSERT INTO "list_versions" ("tenant_id", "kind", "version")
  SELECT DISTINCT "tenant_id", 'job', pg_current_xact_id()::text::bigint FROM "jobs"
  UNION
  SELECT DISTINCT "tenant_id", 'resume', pg_current_xact_id()::text::bigint FROM "resumes";
