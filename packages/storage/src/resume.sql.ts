import { cardTable } from "./card.sql";
import { pipelineStages } from "./columns";

/** A CV's parsed Resume Card, 1:1 with its document. */
export const resumes = cardTable("resumes", "name", pipelineStages);
