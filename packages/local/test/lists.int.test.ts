import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, tokenFor, useTestRuntime, waitUntilSettled } from "./support";

/*
 * Issue 10 item 8: lists a UI can use. Real CVs (../shared/data, read at run time) go in through
 * the API; the list then finds them by what their cards say, filters by taxonomy skill id and by
 * several statuses at once, sorts, counts, and sends summaries instead of whole cards.
 */
let runtime: LocalRuntime;
let token: string;

useTestRuntime({ tenant: "lists" }, (started) => {
  ({ runtime, token } = started);
});

const corpus = join(import.meta.dirname, "../../../../shared/data/dev-corpora/dotin-resumes/train.jsonl");
/** Twenty real CVs, three of them React developers' (lines 143, 145 and 219 of the corpus). */
const realCvs = readFileSync(corpus, "utf8")
  .split("\n")
  .filter((line, i) => line && ((i >= 140 && i < 157) || i === 219 || i === 143 || i === 145))
  .map((line) => (JSON.parse(line) as { text: string }).text);

interface Item {
  id: string;
  status: string;
  title: string | null;
  summary?: { skills?: string[] };
  card?: {
    personal_info: { name?: string | null };
    skills: { id?: string | null; name: string }[];
    work_experience: { title?: string | null; company?: string | null }[];
  };
}
interface ListBody {
  items: Item[];
  total: number;
  nextCursor: string | null;
}

async function list(query: string): Promise<ListBody> {
  const res = await call(runtime, "GET", `/api/resumes?${query}`, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as unknown as ListBody;
}

async function all(query: string): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const page: ListBody = await list(`${query}&limit=7${cursor ? `&cursor=${cursor}` : ""}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const ids = (items: Item[]) => items.map((item) => item.id).sort();
/** A word of the card's searchable text starting with `prefix` (what q=prefix promises to find). */
const mentions = (card: NonNullable<Item["card"]>, prefix: string) =>
  [
    card.personal_info.name,
    ...card.skills.map((s) => s.name),
    ...card.work_experience.flatMap((w) => [w.title, w.company]),
  ].some((text) => new RegExp(`(^|[^\\p{L}\\p{N}])${prefix}`, "iu").test(text ?? ""));

let cards: Item[];

beforeAll(async () => {
  for (const text of realCvs) {
    const up = await call(runtime, "POST", "/api/resumes", { token, json: { text } });
    await waitUntilSettled(runtime, token, `/api/resumes/${String(up.body.id)}`, 120_000);
  }
  // A file that is not what it claims: it fails, so the list holds two statuses.
  const bad = await call(runtime, "POST", "/api/resumes/upload", {
    token,
    form: (() => {
      const form = new FormData();
      form.append("file", new Blob(["%PDF-1.7\nnot really a pdf"]), "broken.pdf");
      return form;
    })(),
  });
  await waitUntilSettled(runtime, token, `/api/resumes/${String(bad.body.id)}`, 60_000);
  cards = (await all("include=card")).filter((item) => item.status === "parsed");
}, 600_000);

describe("GET /api/resumes as a recruiter's UI uses it", () => {
  it("q=React finds the CVs whose cards name React, and only those", async () => {
    const expected = cards.filter((item) => item.card && mentions(item.card, "react"));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(await all("q=React"))).toEqual(ids(expected));
    expect(ids(await all("q=reac"))).toEqual(ids(expected)); // while typing
  });

  it("skill= keeps the CVs holding that taxonomy skill id (all of several)", async () => {
    const counts = new Map<string, number>();
    for (const item of cards)
      for (const s of item.card?.skills ?? []) if (s.id) counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
    const [common, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(common && second).toBeTruthy();
    const holding = (...skillIds: string[]) =>
      cards.filter((item) => skillIds.every((id) => item.card?.skills.some((s) => s.id === id)));
    expect(ids(await all(`skill=${encodeURIComponent(common!)}`))).toEqual(ids(holding(common!)));
    const both = `skill=${encodeURIComponent(`${common},${second}`)}`;
    expect(ids(await all(both))).toEqual(ids(holding(common!, second!)));
  });

  it("several statuses at once, comma-separated or repeated, with the total over all pages", async () => {
    const everything = await list("limit=5");
    expect(everything.total).toBe(realCvs.length + 1);
    expect(everything.items).toHaveLength(5);
    const failed = await list("status=failed");
    expect(failed.total).toBe(1);
    const settled = await list("status=parsed,failed&limit=5");
    expect(settled.total).toBe(cards.length + 1);
    expect((await list("status=parsed&status=failed")).total).toBe(settled.total);
    expect((await all("status=parsed,failed")).length).toBe(settled.total);
    expect((await call(runtime, "GET", "/api/resumes?status=parsed,done", { token })).status).toBe(400);
  });

  it("sorts by name both ways, and by age", async () => {
    const byName = (await all("sort=title")).map((item) => item.title ?? "");
    expect(byName).toEqual([...byName].sort());
    expect((await all("sort=-title")).map((item) => item.title ?? "")).toEqual([...byName].reverse());
    const oldestFirst = (await all("sort=createdAt")).map((item) => item.id);
    expect((await all("sort=-createdAt")).map((item) => item.id)).toEqual([...oldestFirst].reverse());
  });

  it("a page of 20 carries summaries: a fraction of the bytes of whole cards", async () => {
    const bytes = async (query: string) => {
      const res = await fetch(`${runtime.apiUrl}/api/resumes?limit=20${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return (await res.arrayBuffer()).byteLength;
    };
    const summaries = await bytes("&status=parsed");
    const withCards = await bytes("&status=parsed&include=card");
    console.log(`page of 20 real CVs: ${summaries} bytes as summaries, ${withCards} bytes with cards`);
    expect(summaries * 5).toBeLessThan(withCards);
    const [item] = (await list("status=parsed&limit=1")).items;
    expect(item?.card).toBeUndefined();
    expect(item?.summary?.skills?.length).toBeGreaterThan(0);
  });

  it("another tenant sees none of it", async () => {
    const other = await tokenFor(runtime, "lists-other", "viewer");
    const res = await call(runtime, "GET", "/api/resumes?q=React&status=parsed,failed", { token: other });
    expect(res.body).toMatchObject({ items: [], total: 0 });
  });
});
