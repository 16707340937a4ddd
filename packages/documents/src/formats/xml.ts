/**
 * The tag scanner the Office and OpenDocument readers share: a tag (closing slash, name,
 * attributes, self-closing slash) or a run of text. No DOM: text is all these readers need.
 */
export const XML_TOKEN = /<(\/?)([\w:.-]+)([^>]*?)(\/?)>|([^<]+)/g;

/** One attribute's raw value from a tag's attribute text. */
export function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
}
