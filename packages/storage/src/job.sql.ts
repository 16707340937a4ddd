import { cardTable } from "./card.sql";
import { jobStages } from "./columns";

/** A job description's parsed Job Card, 1:1 with its document. */
export const jobs = cardTable("jobs", "title", jobStages, {
  text: [
    "$.basics.title",
    "$.basics.normalized_title",
    "$.basics.company",
    "$.basics.department",
    "$.requirements.*[*].text",
  ],
  skillIds: "$.requirements.*[*].skill_id",
  summaryFunction: "job_summary",
});
