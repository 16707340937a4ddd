/**
 * The document is data, never instructions. It is fenced in the user message (with the fence
 * removed from the text itself), and attempts to instruct the model are detected so that the
 * result can say so. Facts survive only with a verbatim quote (see extraction/verify.ts), so
 * an injected instruction cannot add anything the document does not say.
 */
export { detectInjection } from "@futodama/core";

export function fenceDocument(text: string): string {
  const cleaned = text.replace(/<\/?document>/gi, "");
  return `<document>\n${cleaned}\n</document>`;
}
