import { describe, expect, it } from "vitest";
import { decodeText } from "../src/formats/text";
import { textEncoding } from "../src/sniff";

const cv = [
  "Søren Ærø – Senior Nurse",
  "søren@example.dk · +45 12 34 56 78",
  "",
  "Experience",
  "2019 – 2024  Rigshospitalet — Intensive care, Copenhagen",
  "2014 – 2019  Odense Universitetshospital — Ward nurse",
  "",
  "Education",
  "2010 – 2014  Bachelor in Nursing — Københavns Professionshøjskole",
].join("\n");

describe("text that survives bad bytes (issue 11)", () => {
  it("one invalid byte in a UTF-8 CV changes one character, not the whole file", () => {
    const good = Buffer.from(cv, "utf8");
    const broken = Buffer.concat([good.subarray(0, 40), Buffer.from([0xff]), good.subarray(40)]);
    expect(textEncoding(broken)).toBe("utf-8");
    const text = decodeText(broken);
    expect(text).not.toContain("â€");
    expect(text).toContain("2019 – 2024  Rigshospitalet — Intensive care");
    expect(text.replace("\ufffd", "")).toBe(cv);
  });

  it("a Windows-1252 CV (no UTF-8 at all) still reads as Windows-1252", () => {
    const latin = Buffer.from(cv.replace(/[–—·]/g, "-"), "latin1");
    expect(textEncoding(latin)).toBe("windows-1252");
    expect(decodeText(latin)).toContain("Søren Ærø - Senior Nurse");
  });
});
