import { cardTable } from "./card.sql";
import { pipelineStages } from "./columns";

/** A CV's parsed Resume Card, 1:1 with its document. */
export const resumes = cardTable("resumes", "name", pipelineStages, {
  text: [
    "$.personal_info.name",
    "$.personal_info.headline",
    "$.work_experience[*].title",
    "$.work_experience[*].normalized_title",
    "$.work_experience[*].company",
    "$.skills[*].name",
    "$.skills[*].raw",
  ],
  skillIds: "$.skills[*].id",
  summaryFunction: "resume_summary",
});
