import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { createCardEnhancer } from "@futodama/ai/card-enhancer";
import { defaultNormalizer, isAppError } from "@futodama/core";
import { extractDocument } from "@futodama/documents";
import { documentOcr } from "@futodama/documents/ocr";
import { buildCard } from "@futodama/services/document/understand";
import type { Fail } from "./fail";
import { releasingOcr } from "./release-ocr";

/** `futodama parse <file> [--kind resume|job] --json`: the card, the workflow's code path, offline. */
export function parseCommand(argv: string[], fail: Fail): Promise<void> {
  return releasingOcr(() => runParseCommand(argv, fail));
}

async function runParseCommand(argv: string[], fail: Fail): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { kind: { type: "string" }, json: { type: "boolean" }, pretty: { type: "boolean" } },
  });
  const file = positionals[0];
  if (!file) fail("parse needs a file: futodama parse <file> [--kind resume|job] --json");
  if (values.kind && values.kind !== "resume" && values.kind !== "job") fail("--kind must be resume or job");
  try {
    statSync(file);
  } catch {
    fail(`no such file: ${file}`, { usage: false });
  }
  try {
    const doc = await extractDocument(new Uint8Array(readFileSync(file)), {
      filename: file,
      ocr: documentOcr(),
    });
    const enhancer = createCardEnhancer({
      openaiApiKey: process.env.OPENAI_API_KEY,
      openaiBaseUrl: process.env.OPENAI_BASE_URL,
      model: process.env.OPENAI_MODEL,
    });
    const card = await buildCard(doc, values.kind as "resume" | "job" | undefined, enhancer);
    process.stdout.write(`${JSON.stringify(card, null, values.pretty || !values.json ? 2 : undefined)}\n`);
  } catch (error) {
    if (isAppError(error)) {
      process.stderr.write(`futodama parse: ${error.message} (${error.code})\n`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * `futodama skills normalize "<text>" --json`: taxonomy matches with their spans; when whole-token
 * matching finds nothing, the skills the text names by meaning, ranked, with their scores.
 */
export async function skillsCommand(argv: string[], fail: Fail): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: "boolean" } },
  });
  const [sub, ...words] = positionals;
  if (sub !== "normalize") fail('usage: futodama skills normalize "<text>" --json');
  const text = words.join(" ");
  if (text.trim() === "") fail("skills normalize needs some text");
  const normalizer = defaultNormalizer();
  const exact = normalizer
    .findSkills(text)
    .map(({ id, label, category, source, sourceLabel, start, end }) => ({
      id,
      label,
      category,
      source,
      sourceLabel,
      start,
      end,
    }));
  const matches =
    exact.length > 0
      ? exact
      : normalizer
          .suggestSkills(text)
          .map(({ id, label, category, source, sourceLabel, score, matched }) => ({
            id,
            label,
            category,
            source,
            sourceLabel,
            start: 0,
            end: text.length,
            score: Math.round(score * 1000) / 1000,
            method: "retrieval" as const,
            matched,
          }));
  if (values.json) process.stdout.write(`${JSON.stringify(matches)}\n`);
  else
    for (const m of matches)
      process.stdout.write(
        `${text.slice(m.start, m.end)}\t→ ${m.label} (${m.id}, ${m.category}${"score" in m ? `, by meaning ${m.score}` : ""})\n`,
      );
}
