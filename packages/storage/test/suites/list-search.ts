import { ResumeCardV1Schema } from "@futodama/core";
import { expect, it } from "vitest";
import type { SuiteContext } from "../support/drivers";
import { addParsed, newDocument, newTenant } from "../support/fixtures";

/** A parsed CV with the given employers and skills (ids from the taxonomy's own spelling). */
async function addCv(
  ctx: SuiteContext,
  tenant: string,
  name: string,
  work: { title: string; company: string }[],
  skills: { id: string; name: string }[],
) {
  const registered = await ctx.storage.registerDocument(tenant, newDocument("resume", `${tenant}-${name}`));
  const card = ResumeCardV1Schema.parse({
    schema: "resume-card-v1",
    personal_info: { name, headline: `${work[0]?.title ?? ""}` },
    work_experience: work,
    skills,
  });
  await ctx.storage.markParsed(tenant, registered.document.id, { card, title: name, language: "en" });
  return registered.record.id;
}

export function listSearchSuite(ctx: () => SuiteContext): void {
  it("q finds a CV by its card's content: skills, employers, titles; each word as a prefix", async () => {
    const tenant = newTenant();
    const ada = await addCv(
      ctx(),
      tenant,
      "Ada Lovelace",
      [{ title: "Frontend Engineer", company: "Novo Nordisk" }],
      [
        { id: "skill:react", name: "React" },
        { id: "skill:node-js", name: "Node.js" },
      ],
    );
    const bob = await addCv(
      ctx(),
      tenant,
      "Bob Builder",
      [{ title: "Data Engineer", company: "Maersk" }],
      [{ id: "skill:python", name: "Python" }],
    );
    const ids = async (q: string) =>
      (await ctx().storage.listRecords(tenant, "resume", { q })).items.map((r) => r.id).sort();
    expect(await ids("React")).toEqual([ada]);
    expect(await ids("reac")).toEqual([ada]);
    expect(await ids("maersk")).toEqual([bob]);
    expect(await ids("novo nordisk")).toEqual([ada]);
    expect(await ids("engineer")).toEqual([ada, bob].sort());
    expect(await ids("node.js")).toEqual([ada]);
    expect(await ids("python react")).toEqual([]);
    for (const hostile of ["a & | ! (", "':*", "<->", "\\"]) await ids(hostile); // never a syntax error
  });

  it("skill filters by taxonomy skill id (all of them); several statuses at once; a total", async () => {
    const tenant = newTenant();
    const both = await addCv(
      ctx(),
      tenant,
      "Both",
      [],
      [
        { id: "skill:react", name: "React" },
        { id: "skill:sql", name: "SQL" },
      ],
    );
    const one = await addCv(ctx(), tenant, "One", [], [{ id: "skill:react", name: "React" }]);
    const failed = await ctx().storage.registerDocument(tenant, newDocument("resume", `${tenant}-broken`));
    await ctx().storage.markFailed(tenant, failed.document.id, { code: "document.corrupt", reason: "x" });
    await ctx().storage.registerDocument(tenant, newDocument("resume", `${tenant}-queued`));

    const list = (filter: Parameters<SuiteContext["storage"]["listRecords"]>[2]) =>
      ctx().storage.listRecords(tenant, "resume", filter);
    expect((await list({ skills: ["skill:react"] })).items.map((r) => r.id).sort()).toEqual(
      [both, one].sort(),
    );
    expect((await list({ skills: ["skill:react", "skill:sql"] })).items.map((r) => r.id)).toEqual([both]);
    expect((await list({ skills: ["skill:cobol"] })).total).toBe(0);
    const settled = await list({ status: ["parsed", "failed"], limit: 2 });
    expect(settled.total).toBe(3);
    expect(settled.items).toHaveLength(2);
    expect(settled.items.every((r) => r.status === "parsed" || r.status === "failed")).toBe(true);
    expect((await list({})).total).toBe(4);
    // The last page and the empty page after it still carry the whole total.
    const first = await list({ status: ["parsed", "failed"], limit: 2 });
    const last = await list({ status: ["parsed", "failed"], limit: 2, cursor: first.nextCursor ?? "" });
    expect(last).toMatchObject({ total: 3, nextCursor: null });
    expect(last.items).toHaveLength(1);
    // A page emptied under its cursor (the record behind it was deleted) still counts the rest.
    const three = await list({ limit: 3 });
    const rest = (await list({})).items.filter((r) => !three.items.some((seen) => seen.id === r.id));
    for (const record of rest) await ctx().storage.softDeleteRecord(tenant, "resume", record.id);
    expect(await list({ limit: 3, cursor: three.nextCursor ?? "" })).toMatchObject({ items: [], total: 3 });
  });

  it("sorts by name both ways and pages through a sort without gap or repeat", async () => {
    const tenant = newTenant();
    const names = ["Carla", "anna", "Bent", "Dorte", "Erik", "Frida", "Gustav"];
    for (const name of names) {
      await addParsed(ctx().storage, tenant, "resume", `${tenant}-${name}`, { title: name, language: null });
    }
    const walk = async (sort: "title" | "-title" | "createdAt") => {
      const seen: (string | null)[] = [];
      let cursor: string | undefined;
      do {
        const page = await ctx().storage.listRecords(tenant, "resume", { sort, limit: 3, cursor });
        seen.push(...page.items.map((r) => r.title));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    const ascending = await walk("title");
    expect(ascending).toHaveLength(names.length);
    expect([...ascending].reverse()).toEqual(await walk("-title"));
    expect(ascending.indexOf("Bent")).toBeLessThan(ascending.indexOf("Carla"));
    expect(await walk("createdAt")).toEqual(names);
    const page = await ctx().storage.listRecords(tenant, "resume", { sort: "title", limit: 3 });
    const other = ctx().storage.listRecords(tenant, "resume", {
      sort: "-createdAt",
      cursor: page.nextCursor ?? "",
    });
    await expect(other).rejects.toMatchObject({ code: "list.invalid_cursor" });
  });

  it("list items carry a summary, the card only when asked", async () => {
    const tenant = newTenant();
    await addCv(
      ctx(),
      tenant,
      "Sum Mary",
      [{ title: "Nurse", company: "Rigshospitalet" }],
      [{ id: "skill:care", name: "Patient care" }],
    );
    const [item] = (await ctx().storage.listRecords(tenant, "resume")).items;
    expect(item?.card).toBeNull();
    expect(item?.summary).toEqual({
      headline: "Nurse",
      latestTitle: "Nurse",
      latestEmployer: "Rigshospitalet",
      skills: ["Patient care"],
    });
    const [full] = (await ctx().storage.listRecords(tenant, "resume", { withCard: true })).items;
    expect(full?.card?.personal_info.name).toBe("Sum Mary");
  });
}

export function recordCountSuite(ctx: () => SuiteContext): void {
  it("keeps list totals equal to a count of the records through every change a record goes through", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const cvs = [];
    for (let i = 0; i < 6; i++)
      cvs.push(
        await addParsed(storage, tenant, "resume", `${tenant}-cv${i}`, { title: `cv${i}`, language: "en" }),
      );
    const queued = await storage.registerDocument(tenant, newDocument("resume", `${tenant}-queued`));
    const failing = await storage.registerDocument(tenant, newDocument("resume", `${tenant}-failing`));
    await storage.markProcessing(tenant, failing.document.id);
    await storage.markFailed(tenant, failing.document.id, { code: "document.corrupt", reason: "x" });
    const retried = await storage.registerDocument(tenant, newDocument("resume", `${tenant}-retried`));
    await storage.markFailed(tenant, retried.document.id, { code: "document.corrupt", reason: "x" });
    await storage.requeueFailed(tenant, retried.document.id);
    await addParsed(storage, tenant, "job", `${tenant}-job`, { title: "job", language: "en" });
    await storage.updateRecord(tenant, "resume", cvs[0]!.record.id, {
      stage: "interviewing",
      origin: "past",
    });
    await storage.updateRecord(tenant, "resume", cvs[1]!.record.id, { title: "renamed" });
    await storage.softDeleteRecord(tenant, "resume", cvs[2]!.record.id);
    await storage.eraseRecord(tenant, "resume", cvs[3]!.record.id);
    await storage.softDeleteRecord(tenant, "resume", cvs[4]!.record.id);
    await storage.registerDocument(tenant, newDocument("resume", `${tenant}-cv4`)); // revived
    expect(queued.created).toBe(true);

    const filters = [
      {},
      { status: "parsed" as const },
      { status: ["queued", "failed"] as const },
      { stage: "interviewing" as const },
      { origin: "uploaded" as const, status: "parsed" as const },
    ];
    for (const filter of filters) {
      const kept = await storage.countRecords(tenant, "resume", filter);
      // A date filter that every record passes takes the counting path: the same set, counted.
      const counted = await storage.countRecords(tenant, "resume", { ...filter, createdAfter: new Date(0) });
      expect(kept, JSON.stringify(filter)).toBe(counted);
    }
    expect(await storage.countRecords(tenant, "resume")).toBe(7);
    expect(await storage.countRecords(tenant, "job")).toBe(1);
    expect(await storage.countRecords(newTenant(), "resume")).toBe(0);
  });
}
