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