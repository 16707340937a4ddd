import type { ExtractedDocument, ResumeCardV1 } from "../../packages/core/src/index";
import { resumeSections } from "../../packages/core/src/parse/resume";
import type { Line } from "../../packages/core/src/parse/text";
import { tokens } from "./normalize";
import { goldValues, matches, predictedValues, type RealCv, type RealField } from "./real-cvs";

/**
 * Where a missed label sits, in the parser's own reading of the CV. The first five buckets are
 * labels no reader of entry headers could produce under this metric (the corpus labels every
 * mention; "headline" is a title the card holds as the CV's headline, not as a job;
 * "field-of-study" a "Degree" label the card holds as the degree's field); the rest are parser misses.
 */
export const missBuckets = [
  "in-prose",
  "headline",
  "field-of-study",
  "other-section",
  "label-across-lines",
  "read-as-other-role",
  "head-read-partly",
  "section-unread",
] as const;
export type MissBucket = (typeof missBuckets)[number];

/** The sections each field's values belong to. */
const homeSections: Record<RealField, ReadonlySet<string>> = {
  name: new Set(["header", "contact"]),
  title: new Set(["experience"]),
  employer: new Set(["experience"]),
  college: new Set(["education"]),
  degree: new Set(["education", "certifications"]),
};

/** The other fields a value of this field may have been read as. */
const rivals: Record<RealField, RealField[]> = {
  name: [],
  title: ["employer"],
  employer: ["title"],
  college: ["degree"],
  degree: ["college"],
};

export interface Miss {
  label: string;
  bucket: MissBucket;
  /** The parser's section of the line the label sits on ("-" when on none). */
  section: string;
  /** The parser line the label sits on, cut to 160 characters (printed, never stored). */
  context: string;
}

/** A line of 12+ words of which the label is under 40 % reads as a sentence, not a header. */
function isProse(line: Line, label: string[]): boolean {
  const lineWords = tokens(line.text);
  return lineWords.length >= 12 && label.length / lineWords.length < 0.4;
}

function lineHolding(lines: Line[], offset: number): Line | undefined {
  return lines.find((l) => l.text !== "" && l.start <= offset && offset < l.start + l.text.length);
}

export function whyMissed(cv: RealCv, card: ResumeCardV1, doc: ExtractedDocument, field: RealField): Miss[] {
  const predicted = predictedValues(card, field);
  const missed = goldValues(cv, field).filter((g) => !predicted.some((p) => matches(g, p)));
  if (missed.length === 0) return [];
  const { lines, sections } = resumeSections(doc);
  const kindOf = new Map<number, string>();
  for (const s of sections)
    for (const l of [...(s.heading ? [s.heading] : []), ...s.lines]) kindOf.set(l.i, s.kind);
  const headLines = new Set(
    card.evidence
      .filter((e) =>
        e.field.startsWith(field === "degree" || field === "college" ? "education" : "work_experience"),
      )
      .map((e) => (e.start == null ? undefined : lineHolding(lines, e.start)?.i))
      .filter((i): i is number => i !== undefined),
  );
  const headline = field === "title" ? tokens(card.personal_info.headline) : null;
  const fields =
    field === "degree" ? card.education.map((e) => tokens(e.field)).filter((f) => f.length > 0) : [];
  const rivalValues = rivals[field].flatMap((f) => predictedValues(card, f));
  return missed.map((gold) => {
    const spans = cv.entities.filter((e) => tokens(e.text).join(" ") === gold.join(" "));
    const placed = spans.map((span) => {
      const line = lineHolding(lines, span.start);
      const end = line ? line.start + line.text.length : 0;
      const bucket: MissBucket = !line
        ? "label-across-lines"
        : span.end > end + 1
          ? "label-across-lines"
          : isProse(line, gold)
            ? "in-prose"
            : headline && matches(gold, headline)
              ? "headline"
              : fields.some((f) => matches(gold, f))
                ? "field-of-study"
                : !homeSections[field].has(kindOf.get(line.i) ?? "")
                  ? "other-section"
                  : rivalValues.some((p) => matches(gold, p))
                    ? "read-as-other-role"
                    : headLines.has(line.i)
                      ? "head-read-partly"
                      : "section-unread";
      const section = line ? (kindOf.get(line.i) ?? "-") : "-";
      return { bucket, section, context: `${section}: ${(line?.text ?? "").slice(0, 160)}` };
    });
    // The span most within reach of a parser decides: a value also written in a header is a parser miss.
    const rank = (b: MissBucket) => -missBuckets.indexOf(b);
    const best = placed.sort((a, b) => rank(a.bucket) - rank(b.bucket))[0] ?? {
      bucket: "label-across-lines" as const,
      section: "-",
      context: "",
    };
    return { label: gold.join(" "), ...best };
  });
}
