import { expect, it } from "vitest";
import type { SuiteContext } from "../support/drivers";
import { newDocument, newTenant } from "../support/fixtures";

/** The reconciler's queries (issue 11): cross-tenant on purpose, keyset-paged, claims that race safely. */
export function recoverySuite(ctx: () => SuiteContext): void {
  it("lists unsettled documents of every tenant, oldest first, page by page, and finds keys", async () => {
    const { storage } = ctx();
    const [a, b] = [newTenant(), newTenant()];
    const mine = [
      (await storage.registerDocument(a, newDocument("resume", `rec-a1-${a}`))).document,
      (await storage.registerDocument(b, newDocument("job", `rec-b1-${b}`))).document,
      (await storage.registerDocument(a, newDocument("resume", `rec-a2-${a}`))).document,
    ];
    const parsedOne = mine[2];
    await storage.markFailed(a, parsedOne?.id ?? "", "broken");
    const olderThan = new Date(Date.now() + 1000);

    const seen: string[] = [];
    let after: { updatedAt: Date; id: string } | undefined;
    for (;;) {
      const page = await storage.acrossTenants.listUnsettledDocuments({ olderThan, limit: 1, after });
      if (page.length === 0) break;
      seen.push(...page.map((d) => d.id));
      const last = page.at(-1);
      after = last && { updatedAt: last.updatedAt, id: last.id };
    }
    expect(seen).toContain(mine[0]?.id);
    expect(seen).toContain(mine[1]?.id);
    expect(seen).not.toContain(parsedOne?.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(await storage.acrossTenants.listUnsettledDocuments({ olderThan: new Date(0), limit: 10 })).toEqual(
      [],
    );

    const keys = await storage.acrossTenants.registeredKeys("uploads", [
      mine[0]?.s3Key ?? "",
      "tenants/x/resumes/none.txt",
    ]);
    expect([...keys]).toEqual([mine[0]?.s3Key]);
  });

  it("claims a document for one more attempt once, however many reconcilers race", async () => {
    const { storage } = ctx();
    const tenant = newTenant();
    const { document } = await storage.registerDocument(tenant, newDocument("resume", `claim-${tenant}`));
    const claims = await Promise.all(
      [1, 2, 3].map(() => storage.claimRecovery(tenant, document.id, 0, `${document.id}-recover-1`)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    const [row] = (
      await storage.acrossTenants.listUnsettledDocuments({
        olderThan: new Date(Date.now() + 1000),
        limit: 1000,
      })
    ).filter((d) => d.id === document.id);
    expect(row).toMatchObject({ recoveryAttempts: 1, executionName: `${document.id}-recover-1` });
    // Another tenant cannot claim it, and a settled document is never claimed.
    expect(await storage.claimRecovery("someone-else", document.id, 1, "x")).toBe(false);
    await storage.markFailed(tenant, document.id, "gone");
    expect(await storage.claimRecovery(tenant, document.id, 1, "x")).toBe(false);
    await storage.noteIngestExecution(tenant, document.id, `${document.id}-retry-1`);
  });
}
