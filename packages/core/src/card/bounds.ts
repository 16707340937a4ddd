/**
 * How big a card may get, whatever the document. A card is stored in one database row, sent whole
 * by `GET /api/{jobs,resumes}/:id` and held in the candidate index, so its size must not follow the
 * document's: a 3 MB text once produced a 2.8 MB card (one certification per line, an evidence
 * entry for each). Quotes are spans that point into the text (start/end), never the text itself.
 */
export const cardLimits = Object.freeze({
  /** An evidence quote: enough to recognise the place; `start`/`end` locate the rest. */
  maxQuoteChars: 300,
  /** Any other text field (the summary, a bullet, a description). */
  maxTextChars: 2_000,
  /** Entries of a list at the card's top level (skills, work_experience, evidence…). */
  maxListItems: 250,
  /** Entries of a list inside an entry (an entry's bullets, links, skills…). */
  maxNestedListItems: 100,
  /** The whole card as JSON (real CVs: at most 92 KB); beyond it every list limit is halved until it fits. */
  maxCardChars: 128 * 1024,
});

export type CardLimits = typeof cardLimits;

interface Caps {
  quote: number;
  text: number;
  list: number;
  nestedList: number;
}

interface Walk {
  caps: Caps;
  shortened: boolean;
}

/** A verbatim prefix (so a quote stays a quote), never splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, Math.max(1, end));
}

function boundString(text: string, max: number, walk: Walk): string {
  const bounded = cut(text, max);
  if (bounded !== text) walk.shortened = true;
  return bounded;
}

/** A quote cut short keeps pointing at its own span: `end` moves to where the kept part ends. */
function boundQuoted(value: Record<string, unknown>, walk: Walk): Record<string, unknown> {
  const quote = value.quote as string;
  const bounded = boundString(quote, walk.caps.quote, walk);
  if (bounded === quote) return value;
  const start = value.start;
  return typeof start === "number"
    ? { ...value, quote: bounded, end: start + bounded.length }
    : { ...value, quote: bounded };
}

/** `inEntry`: under an entry of a list (an experience's bullets), not under a plain object. */
function bound(value: unknown, inEntry: boolean, walk: Walk): unknown {
  if (typeof value === "string") return boundString(value, walk.caps.text, walk);
  if (Array.isArray(value)) {
    const max = inEntry ? walk.caps.nestedList : walk.caps.list;
    if (value.length > max) walk.shortened = true;
    return value.slice(0, max).map((item) => bound(item, true, walk));
  }
  if (value === null || typeof value !== "object") return value;
  const quoted = typeof (value as { quote?: unknown }).quote === "string";
  const source = quoted
    ? boundQuoted(value as Record<string, unknown>, walk)
    : (value as Record<string, unknown>);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(source)) {
    out[key] = quoted && key === "quote" ? field : bound(field, inEntry, walk);
  }
  return out;
}

function withWarning<T extends object>(card: T, caps: Caps): T {
  const meta = (card as { meta?: { warnings?: string[] | null } | null }).meta ?? {};
  const warning = `The document is very long: the card keeps the first ${caps.list} entries of each list, ${caps.nestedList} inside an entry, ${cardLimits.maxTextChars} characters of a text and ${cardLimits.maxQuoteChars} of a quote`;
  return { ...card, meta: { ...meta, warnings: [...(meta.warnings ?? []), warning] } };
}

/**
 * The card within `cardLimits`: strings and quotes cut to verbatim prefixes, lists to their first
 * entries (the document's order, so the top of a CV wins), then, if the JSON is still over
 * `maxCardChars`, every list limit halved until it fits. A card that was cut says so in
 * `meta.warnings`; one that fits is returned unchanged.
 */
export function boundCard<T extends object>(card: T, limits: CardLimits = cardLimits): T {
  let caps: Caps = {
    quote: limits.maxQuoteChars,
    text: limits.maxTextChars,
    list: limits.maxListItems,
    nestedList: limits.maxNestedListItems,
  };
  for (;;) {
    const walk: Walk = { caps, shortened: false };
    const bounded = bound(card, false, walk) as T;
    const fits = JSON.stringify(bounded).length <= limits.maxCardChars;
    if (!walk.shortened && fits) return card;
    const result = walk.shortened ? withWarning(bounded, caps) : bounded;
    if (fits || (caps.list <= 1 && caps.nestedList <= 1)) return result;
    caps = { ...caps, list: Math.max(1, caps.list >> 1), nestedList: Math.max(1, caps.nestedList >> 1) };
  }
}
