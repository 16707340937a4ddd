import { describe, expect, it } from "vitest";
import { findEmails, findLinks, findPhones, linkKind } from "../../src/parse/contact";
import type { Line } from "../../src/parse/text";

/** Parser lines from plain text (offsets as in the document). */
function lines(text: string): Line[] {
  let start = 0;
  return text.split("\n").map((raw, i) => {
    const line: Line = { i, text: raw.trim(), page: 1, line: i, start, heading: false, bold: false } as Line;
    start += raw.length + 1;
    return line;
  });
}

const links = (text: string) => findLinks(lines(text)).map((l) => l.value);
const phones = (text: string) => findPhones(lines(text)).map((p) => p.value);

describe("findLinks", () => {
  it("reads profile links written without a scheme", () => {
    expect(links("linkedin.com/in/jane-doe | github.com/janedoe")).toEqual([
      "https://linkedin.com/in/jane-doe",
      "https://github.com/janedoe",
    ]);
  });

  it("reads a job board's profile written without a scheme, as neither a website nor a portfolio", () => {
    expect(links("Leeds, UK - Email me on Indeed: indeed.com/r/Mira-Holt/0a1b2c3d")).toEqual([
      "https://indeed.com/r/Mira-Holt/0a1b2c3d",
    ]);
    expect(linkKind("https://www.indeed.com/r/Mira-Holt/0a1b2c3d")).toBe("other");
    expect(linkKind("https://www.kaggle.com/miraholt")).toBe("other");
    expect(linkKind("https://www.behance.net/miraholt")).toBe("portfolio");
    expect(linkKind("https://miraholt.example.net")).toBe("website");
  });

  it("joins a link wrapped after a hyphen or a slash", () => {
    expect(links("• https://www.linkedin.com/in/jane-\ndoe-example\nSKILLS")).toEqual([
      "https://www.linkedin.com/in/jane-doe-example",
    ]);
    expect(links("https://www.behance.net/\njanedoe-studio")).toEqual([
      "https://www.behance.net/janedoe-studio",
    ]);
    expect(links("Web: https://jane-\nwrites.example.net")).toEqual(["https://jane-writes.example.net"]);
  });

  it("does not join a heading or a sentence after a complete link", () => {
    expect(links("https://github.com/jane\nSkills")).toEqual(["https://github.com/jane"]);
    expect(links("https://www.behance.net/\nWork Experience")).toEqual(["https://www.behance.net/"]);
  });
});

describe("findPhones", () => {
  it.each([
    ["+45 12 34 56 78", "+45 12 34 56 78"],
    ["Phone: (555) 123-4567", "(555) 123-4567"],
    ["0044 20 7946 0958", "0044 20 7946 0958"],
    ["+44 (0) 20 7946 0958", "+44 (0) 20 7946 0958"],
    ["هاتف: ٠١٢٣٤٥٦٧٨٩", "0123456789"],
  ])("%s", (text, expected) => {
    expect(phones(text)).toEqual([expected]);
  });

  it("drops an OCR'd bullet read as an Arabic-Indic digit next to the number", () => {
    expect(phones("jane@example.com • +44 555 0124 776 ٠ York")).toEqual(["+44 555 0124 776"]);
  });

  it("reads a label as a word of its own, in any script: 'Tél.' is one, the 'tel' in 'Hôtel' is none", () => {
    expect(phones("Tél. 1234 567")).toEqual(["1234 567"]);
    expect(phones("Hôtel Belvue 1234 567")).toEqual([]);
  });

  it("puts a number read right-to-left back in order", () => {
    expect(phones("4402 015 555 1+")).toEqual(["+1 555 015 4402"]);
  });
});

describe("French and other national numbers", () => {
  it("reads France's five pairs as a phone number", () => {
    expect(phones("06 12 34 56 78 — mira@example.com")).toEqual(["06 12 34 56 78"]);
    expect(phones("Tél. 04.72.10.20.30")).toEqual(["04.72.10.20.30"]);
    // Five pairs only: a postcode before a number does not make one of them.
    expect(phones("Tarvo, OH 44120 555-010-7788 (fax)")).toEqual([]);
    // A postcode is no phone number: a US ZIP+4, a Brazilian CEP.
    expect(phones("12 Tarvo Drive, Tarvo, OH 44120-3311")).toEqual([]);
    expect(phones("Rua Tarvex 455, São Paulo, 01310-100")).toEqual([]);
  });
});

describe("findEmails", () => {
  it("keeps plus addressing and subdomains", () => {
    expect(findEmails(lines("Email: Jane.Doe+cv@mail.uni.example.ac.uk")).map((e) => e.value)).toEqual([
      "jane.doe+cv@mail.uni.example.ac.uk",
    ]);
  });
});
