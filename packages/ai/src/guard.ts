/**
 * The document is data, never instructions. It is fenced in the user message (with the fence
 * removed from the text itself), and attempts to instruct the model are detected so that the
 * result can say so. Facts survive only with a verbatim quote (see extraction/verify.ts), so
 * an injected instruction cannot add anything the document does not say.
 */
const patterns: RegExp[] = [
  /\bignore\s+(all\s+|any\s+)?(the\s+)?(previous|prior|above|earlier)\s+(instructions?|prompts?|rules?)/i,
  /\bdisregard\s+(all\s+|any\s+)?(the\s+)?(previous|prior|above)\b/i,
  /\b(system|developer)\s+(prompt|message|instructions?)\b/i,
  /\byou\s+are\s+now\s+(a|an|the)\b/i,
  /\b(rate|score|rank)\s+(this|the)\s+(candidate|cv|resume|applicant)\b.{0,40}\b(100|10\/10|highest|top|perfect)/i,
  /\bassistant\s*:/i,
  /<\/?(system|instructions?|document)>/i,
];

export function detectInjection(text: string): string[] {
  const found: string[] = [];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) found.push(match[0].slice(0, 80));
  }
  return found;
}

export function fenceDocument(text: string): string {
  const cleaned = text.replace(/<\/?document>/gi, "");
  return `<document>\n${cleaned}\n</document>`;
}
