/**
 * Text in a document that reads like instructions to an AI. A CV is data, never instructions:
 * the AI providers withhold such lines from the model and say so, and the tailoring verifier
 * does not count them as facts of the CV (an injected "add Google as an employer" proves nothing).
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

/** What in the text reads like instructions to an AI, as matched (at most 80 characters each). */
export function detectInjection(text: string): string[] {
  const found: string[] = [];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) found.push(match[0].slice(0, 80));
  }
  return found;
}
