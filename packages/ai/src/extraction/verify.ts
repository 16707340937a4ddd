/**
 * A claim survives only when its evidence quote is really in the document, and its value is
 * supported by the quote (or the document). Comparison is on a folded form: case, Unicode
 * compatibility forms, quotes/dashes and whitespace runs do not matter; words do.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export class EvidenceChecker {
  private readonly source: string;
  readonly dropped: string[] = [];
  /** Claims examined (accepted or dropped): the audit's verdict counts. */
  checked = 0;

  constructor(sourceText: string) {
    this.source = fold(sourceText);
  }

  quoted(quote: string | null | undefined): boolean {
    if (!quote) return false;
    const q = fold(quote);
    return q.length >= 3 && this.source.includes(q);
  }

  /** A claimed string value, trimmed, when its evidence holds; undefined otherwise. */
  take(field: string, claim: { value: string; evidence: string } | null): string | undefined {
    return claim && this.accept(field, claim.value, claim.evidence) ? claim.value.trim() : undefined;
  }

  /** Keeps the value when the quote is in the document and the value is in the quote or the document. */
  accept(field: string, value: string | null | undefined, quote: string | null | undefined): boolean {
    if (value === null || value === undefined || value.trim() === "") return false;
    this.checked += 1;
    const v = fold(value);
    const ok = this.quoted(quote) && (fold(quote ?? "").includes(v) || this.source.includes(v));
    if (!ok) this.dropped.push(field);
    return ok;
  }

  /**
   * A detail of an accepted entry (its employer, place, degree, dates): kept when the entry's
   * quote or the document says it, else null. The entry's quote backs only what it contains:
   * "Staff Engineer" in the CV does not make "at Google" true. A date is checked by its year.
   */
  detail(field: string, value: string | null, quote: string, kind: "text" | "date" = "text"): string | null {
    if (value === null || value.trim() === "") return null;
    this.checked += 1;
    const v = fold(kind === "date" ? value.slice(0, 4) : value);
    if (fold(quote).includes(v) || this.source.includes(v)) return value;
    this.dropped.push(field);
    return null;
  }
}
