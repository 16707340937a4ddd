import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as core from "../packages/core/src/index";
import { resolvePipeline } from "./quality/pipeline";
import { phoneDigits, urlKey } from "./quality/normalize";
import { skillKey } from "./quality/skills-key";

const here = "/work/main/bench";
const filter = process.argv[2] ?? "";
const manifest = JSON.parse(readFileSync(join(here, "corpus/manifest.json"), "utf8")) as { entries: { id: string; kind: string; file: string; expected: string }[] };
const p = resolvePipeline({ minimal: false, textOnly: false });
for (const e of manifest.entries) {
  if (!e.id.includes(filter)) continue;
  const cache = `/tmp/dbg/${e.id}.json`;
  let doc: core.ExtractedDocument;
  if (existsSync(cache)) doc = JSON.parse(readFileSync(cache, "utf8"));
  else { doc = await p.extract(new Uint8Array(readFileSync(join(here, "corpus", e.file))), e.file); writeFileSync(cache, JSON.stringify(doc)); }
  const exp = JSON.parse(readFileSync(join(here, "corpus", e.expected), "utf8"));
  if (e.kind === "cv") {
    const card = p.parseResume(doc);
    const ek = new Map<string,string>(exp.skills.map((s: {name:string}) => [skillKey(s.name), s.name]));
    const lineOf = (st: number) => { const a = doc.text.lastIndexOf("\n", st - 1) + 1; const b = doc.text.indexOf("\n", st); return doc.text.slice(a, b < 0 ? undefined : b).slice(0, 90); };
    const pk = new Map<string,string>(card.skills.map((s) => [skillKey(s.name, s.id), `${s.name}${process.env.EV ? ` «${lineOf(s.evidence?.start ?? 0)}»` : ""}`]));
    const fn = [...ek].filter(([k]) => !pk.has(k)).map(([, v]) => v);
    const fp = [...pk].filter(([k]) => !ek.has(k)).map(([k, v]) => `${v}<${k}>`);
    const out: string[] = [];
    if (fn.length || fp.length) out.push(`  skills FN: ${fn.join(" | ")}\n  skills FP: ${fp.join(" | ")}`);
    const el = exp.personal_info.links.map((l: {url:string}) => urlKey(l.url)).sort();
    const pl = card.personal_info.links.map((l) => urlKey(l.url)).sort();
    if (JSON.stringify(el) !== JSON.stringify(pl)) out.push(`  links exp ${JSON.stringify(el)} got ${JSON.stringify(pl)}`);
    const ep = exp.personal_info.phone ?? ""; const pp = card.personal_info.phone ?? "";
    if (phoneDigits(ep) !== phoneDigits(pp)) out.push(`  phone exp ${ep} got ${pp}`);
    if ((exp.personal_info.email ?? "").toLowerCase() !== (card.personal_info.email ?? "").toLowerCase()) out.push(`  email exp ${exp.personal_info.email} got ${card.personal_info.email}`);
    if (out.length) console.log(`${e.id} (${e.file})\n${out.join("\n")}`);
  } else {
    const card = p.parseJob(doc) as unknown as { basics: { title?: string; normalized_title?: unknown } };
    if (card.basics.title !== exp.basics.title) console.log(`${e.id} (${e.file}): title exp=${JSON.stringify(exp.basics.title)} got=${JSON.stringify(card.basics.title)} norm=${JSON.stringify(card.basics.normalized_title)}`);
  }
}
await p.close();
