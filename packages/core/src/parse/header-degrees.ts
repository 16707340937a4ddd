import { institutionPattern, startsWithDegree } from "./education";
import { isNameLetters } from "./person";
import { readLocation } from "./places";
import { type Line, words } from "./text";

/**
 * Degrees a CV states above its first heading: letters after the name ("Dana Reyes, MBA, PMP",
 * "Lee Park, Ph.D.") and degree lines of a header the export ran together with the education
 * section ("Master of Science in Special Education" under the address). A recruiter reads both
 * as degrees held. They are read as education lines, cut to the degree where the line holds more;
 * the school and date lines under a degree line go with it.
 */

/**
 * "Dana Reyes, MBA, PMP, Associate Professor": the name's letters after its commas (isNameLetters),
 * up to the first part that is none, those that name a degree; none when one of them is a place
 * ("Dana Reyes, MD, Baltimore": MD is the state).
 */
function postNominals(name: Line): Line[] {
  const parts: Line[] = [];
  let at = name.text.indexOf(",");
  while (at >= 0) {
    const next = name.text.indexOf(",", at + 1);
    const raw = name.text.slice(at + 1, next < 0 ? undefined : next);
    const text = raw.trim();
    if (text !== "" && !isNameLetters(text)) break;
    if (readLocation(text, true) !== null) return [];
    if (text !== "") parts.push({ ...name, text, start: name.start + at + 1 + raw.indexOf(text) });
    at = next;
  }
  return parts.filter((part) => isDegreeLed(part.text));
}

/**
 * Led by a degree: "Master of Science in …", "Ph.D. candidate", "MBA" — not "Master Data
 * Management" or "MS Access", where the word is no degree.
 */
function isDegreeLed(text: string): boolean {
  if (!startsWithDegree(text)) return false;
  if (/^(?:master|bachelor)\s+(?!of\b|in\b|degree\b|\()/iu.test(text)) return false;
  return !/^\p{Lu}{2,3}\s+(?!in\b|of\b|\()\p{Lu}\p{Ll}/u.test(text);
}

/** A header line that is a degree and nothing else: led by the degree, short, no sentence. */
function degreeLine(line: Line): boolean {
  const count = words(line.text).length;
  return count >= 2 && count <= 12 && !/[.;:!?]$/.test(line.text) && isDegreeLed(line.text);
}

/** A header line that names a school and is no sentence: "Tarvo University, Leeds, England". */
function schoolLine(line: Line): boolean {
  const text = line.text;
  return (
    /^\p{Lu}/u.test(text) &&
    words(text).length <= 10 &&
    !/[:;!?]$/.test(text) &&
    institutionPattern.test(text)
  );
}

/** A header line that is a date and little else: "May 2006", "2004 - 2006". */
function yearLine(line: Line): boolean {
  return /\b\d{4}\b/u.test(line.text) && words(line.text).length <= 4 && !/[@+]/u.test(line.text);
}

/**
 * The degree lines, and the school and date lines right below each (the same run-together
 * education section: "Master of Science in …" / "May 2006" / "Tarvo University, Leeds"). A school
 * under the name alone is where the person works ("Dana Reyes, Ph.D." / "Zentra University"): not read.
 */
export function headerDegreeLines(header: Line[], name: Line | undefined): Line[] {
  const out: Line[] = [];
  let underDegree = false;
  for (const line of header) {
    if (line === name) {
      out.push(...postNominals(line));
      underDegree = false;
    } else if (degreeLine(line)) {
      out.push(line);
      underDegree = true;
    } else if (underDegree && (schoolLine(line) || yearLine(line))) out.push(line);
    else if (line.text !== "") underDegree = false;
  }
  return out;
}
