// A PDF in the explorer, in real Chromium against the real API and Neo4j: a report written at test
// time is ingested, and Details shows the page ("p. N") of each of its quotes, for an entity's claims
// and for a claim read in context. Expectations come from the API.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../app/ingest-paths.ts";
import { startServer, type Server } from "../graph/api/serve.ts";
import type { Executor } from "../graph/executor.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractor } from "../ingest/extract.ts";
import { openTestDb } from "../test-support/db.ts";
import { SAMPLE_PUBLISHER, sampleReport } from "../test-support/pdf-fixtures.ts";
import { launchChromium, SCREENSHOTS } from "./browser.ts";
import { apiClient, detailsPanel, detailsShown, openExplorer, searchAndPick, viewState } from "./explorer-page.ts";

let db: Executor;
let server: Server;
let browser: Browser;
let page: Page;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  db = await openTestDb();
  const dir = mkdtempSync(join(tmpdir(), "e2e-pdf-"));
  writeFileSync(join(dir, "tidal-report.pdf"), sampleReport());
  const summary = await ingestPaths(db, [dir], createExtractor(readCatalogue("seeds/entities.json")));
  if (summary.skipped.length) throw new Error(`e2e: the report did not ingest: ${JSON.stringify(summary.skipped)}`);
  server = await startServer({ db, host: "127.0.0.1", port: 0, viewerDir: resolve("dist/viewer") });
  api = apiClient(server.url);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await openExplorer(page, server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

describe("a PDF's pages in Details", () => {
  it("shows the page beside each quote of an entity's claims", async () => {
    const expected = await api.node(await api.entityKey("Kestrel Bay"));
    expect(expected.statements.length).toBeGreaterThan(0);
    expect(expected.statements.every((s) => typeof s.page === "number")).toBe(true);
    await searchAndPick(page, "Kestrel", "Kestrel Bay");
    const items = detailsPanel(page).getByRole("region", { name: "Claims about it" }).locator("li.statement");
    await expect.poll(() => items.count()).toBe(expected.statements.length);
    for (const [i, s] of expected.statements.entries()) {
      expect(await items.nth(i).locator("blockquote").textContent()).toBe(s.quote);
      expect(await items.nth(i).locator(".page-mark").textContent()).toBe(`p. ${s.page}`);
    }
  });

  it("opens a claim from page 3 and shows 'p. 3' with its quote in context", async () => {
    const entity = await api.node(await api.entityKey("Kestrel Bay"));
    const statement = entity.statements.find((s) => s.quote.startsWith("Kestrel Bay employs"));
    expect(statement?.page).toBe(3);
    await detailsPanel(page).locator(`button.quote-button[data-key="${statement!.claimId}"]`).click();
    await expect.poll(async () => (await viewState(page)).selected).toBe(statement!.claimId);
    const panel = await detailsShown(page, statement!.claimText);
    // The claim is dated by its source: the report's creation date, as a day.
    const firstPublished = panel.locator("dl").first().locator("dt", { hasText: "First published" });
    expect(await firstPublished.locator("+ dd").textContent()).toBe("2024-05-03");
    const stated = panel.getByRole("region", { name: "Stated in" });
    await expect.poll(() => stated.locator("mark").allTextContents()).toEqual([statement!.quote]);
    expect(await stated.locator(".statement-source").textContent()).toMatch(
      /Tidal Power on the Northern Coast\s*p\. 3$/,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/pdf-claim-page.png` });
  });

  it("shows the report's author, publisher and date in its Source details", async () => {
    const source = await api.node(
      (await api.documents()).find((d) => d.title === "Tidal Power on the Northern Coast")!.key,
    );
    await detailsPanel(page).locator(".statement-source button").first().click();
    const panel = await detailsShown(page, source.attributes.label);
    const rows = await panel
      .locator("dl")
      .first()
      .evaluate((dl) => {
        const terms = [...dl.querySelectorAll("dt")].map((dt) => dt.textContent);
        const values = [...dl.querySelectorAll("dd")].map((dd) => dd.textContent);
        return Object.fromEntries(terms.map((t, i) => [t, values[i]]));
      });
    expect(rows).toMatchObject({
      Author: "Rhona Calder",
      Publisher: SAMPLE_PUBLISHER,
      Published: "2024-05-03T10:15:00Z",
    });
  });
});
