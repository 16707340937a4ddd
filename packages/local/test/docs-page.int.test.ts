import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalRuntime } from "../src/runtime";
import { call, startTestRuntime, tokenFor } from "./support";

/*
 * The docs page in a real browser (Debian's Chromium, headless, driven by playwright-core):
 * it renders every operation of the document from the API's own assets, and a recruiter can
 * authorise with a bearer token and try a call from the page.
 */

let runtime: LocalRuntime;
let browser: Browser;

beforeAll(async () => {
  runtime = await startTestRuntime();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // The machine's network is closed: no background connections, no update checks.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

describe("GET /api/docs in a browser", () => {
  it("lists every operation, and makes an authorised call from the page", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(`${runtime.apiUrl}/api/docs`);
    await page.waitForSelector(".opblock", { timeout: 30_000 });

    const doc = (await call(runtime, "GET", "/api/openapi.json")).body as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const expected = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const shown = await page.$$eval(".opblock", (blocks) =>
      blocks.map(
        (b) =>
          `${b.querySelector(".opblock-summary-method")?.textContent?.trim()} ${b.querySelector(".opblock-summary-path")?.getAttribute("data-path")}`,
      ),
    );
    expect(shown.sort()).toEqual(expected.sort());

    // Authorize with a bearer token, then "Try it out" on GET /api/resumes.
    const token = await tokenFor(runtime, "docs-page", "viewer");
    await page.click("button.authorize");
    await page.fill(".modal-ux .auth-container input", token);
    await page.click(".modal-ux .auth-btn-wrapper button.authorize");
    await page.click(".modal-ux button.btn-done");
    const op = page.locator("#operations-resumes-listResumes");
    await op.locator(".opblock-summary").first().click();
    await op.locator(".try-out__btn").click();
    await op.locator("button.execute").click();
    const status = op.locator(".live-responses-table .response .response-col_status").first();
    await expect.poll(async () => (await status.textContent())?.trim(), { timeout: 20_000 }).toBe("200");
    expect(await op.locator(".live-responses-table").textContent()).toContain('"items"');
    const curl = await op.locator(".curl-command").textContent();
    expect(curl).toContain("Authorization: Bearer");

    // Offline: every file the page needed came from the API itself.
    expect(requested.filter((url) => !url.startsWith(runtime.apiUrl) && !url.startsWith("data:"))).toEqual(
      [],
    );
    await page.close();
  });
});
