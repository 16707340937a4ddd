import { realCvFile } from "./quality/real-formats";
import { extractDocument } from "../packages/documents/src/index";
import { documentOcr, terminateOcr } from "../packages/documents/src/ocr/entry";
const lines: string[] = ["Jordan Example", "Senior Widget Engineer", ""];
for (let i = 0; i < 40; i++) {
  lines.push(`Widget Engineer ${i}`, `Acme Widgets Ltd ${i} - Springfield`, "January 2015 to March 2018", "Designed widgets for the example market and shipped them on time to customers across regions.", "Led a team of five engineers through two releases, cut defects by a third and wrote the test plan.", "Worked with sales to price the new range; presented results to the board every quarter.", "");
}
const file = await realCvFile({ id: "probe", text: lines.join("\n") }, "scan");
const t = performance.now();
try {
  const doc = await extractDocument(file.bytes, { filename: file.filename, ocr: documentOcr(), limits: { timeoutMs: Number(process.argv[2] ?? 20000) } });
  console.log("pages", doc.pages, "chars", doc.text.length, doc.warnings, Math.round(performance.now() - t), "ms");
} catch (e) { console.log("error", (e as any).code, (e as Error).message, Math.round(performance.now() - t)); }
await terminateOcr();
