/**
 * Where a tailoring's artefacts live while the Tailor workflow runs: under the uploads bucket's
 * `derived/` prefix (which does not notify the ingest queue), next to the documents' own
 * (`derived/<tenant>/<documentId>/…`; "tailorings" is never a document id).
 */
export type TailoringArtefact = "proposal.json" | "bundle.json";

export function tailoringKey(tenantId: string, tailoringId: string, artefact: TailoringArtefact): string {
  return `derived/${tenantId}/tailorings/${tailoringId}/${artefact}`;
}
