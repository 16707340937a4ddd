import { expect } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call } from "./support";

type Probe = () => Promise<void>;

interface Tenants {
  runtime: LocalRuntime;
  alice: string;
  bob: string;
}

const filesForm = (name: string, content: string) => {
  const form = new FormData();
  form.append("files", new Blob([content]), name);
  return form;
};

/** How tenant B tries to reach tenant A's batches (issue 13) and what it must get. */
export function batchProbes(tenants: () => Tenants): Record<string, Probe> {
  let alicesBatch: Promise<string> | undefined;
  const batchOfAlice = () => {
    const { runtime, alice } = tenants();
    alicesBatch ??= call(runtime, "POST", "/api/resumes/batch", {
      token: alice,
      form: filesForm("batch-private.txt", "Batch Private\nbatch.private@example.com\n\nSkills\nRust"),
    }).then((res) => {
      expect(res.status).toBe(202);
      return String(res.body.id);
    });
    return alicesBatch;
  };
  const upload =
    (domain: "jobs" | "resumes"): Probe =>
    async () => {
      const { runtime, bob } = tenants();
      const theirs = await batchOfAlice();
      const res = await call(runtime, "POST", `/api/${domain}/batch`, {
        token: bob,
        form: filesForm("batch-private.txt", "Batch Private\nbatch.private@example.com\n\nSkills\nRust"),
      });
      // The same bytes as A's file: a new batch and a new document of B's, never a duplicate of A's.
      expect(res.status).toBe(202);
      expect(res.body.id).not.toBe(theirs);
      expect(res.body.counts).toMatchObject({ duplicates: 0 });
      expect(await runtime.deps.storage.getBatch("tenant-a", String(res.body.id))).toBeNull();
    };
  return {
    uploadJobBatch: upload("jobs"),
    uploadResumeBatch: upload("resumes"),
    getBatch: async () => {
      const { runtime, bob } = tenants();
      const res = await call(runtime, "GET", `/api/batch/${await batchOfAlice()}`, { token: bob });
      expect([res.status, res.body.code]).toEqual([404, "batch.not_found"]);
    },
    exportBatch: async () => {
      const { runtime, bob } = tenants();
      for (const format of ["csv", "json"]) {
        const res = await call(runtime, "GET", `/api/batch/${await batchOfAlice()}/export?format=${format}`, {
          token: bob,
        });
        expect([res.status, res.body.code]).toEqual([404, "batch.not_found"]);
        expect(JSON.stringify(res.body)).not.toContain("batch.private@example.com");
      }
    },
  };
}
