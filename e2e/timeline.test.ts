// The timeline in real Chromium against the real API and Neo4j: dated HTML articles (written here,
// dates from article:published_time) in different months, the explorer showing all their claims,
// the From and To sliders narrowed with the keyboard, and the claims outside the range hidden in
// sigma's rendered graph until the range is widened again.
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../app/ingest-paths.ts";
import { startServer, type Server } from "../graph/api/serve.ts";
import type { Executor } from "../graph/executor.ts";
import { createExtractor } from "../ingest/extract.ts";
import { openTestDb } from "../test-support/db.ts";
import { launchChromium, SCREENSHOTS } from "./browser.ts";
import { apiClient, display, openExplorer } from "./explorer-page.ts";

const page_ = (title: string, date: string | null, paragraphs: string[]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
${date ? `<meta property="article:published_time" content="${date}">` : ""}
</head><body><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</article></body></html>`;

/** Four articles: February 2023, June 2023, January 2024, and one without a date. */
const ARTICLES = {
  "february.html": page_("Harbor Analytics expands south", "2023-02-10T09:00:00Z", [
    "Harbor Analytics opened three offices in Portugal in 2022, the company said in its annual letter to investors.",
  ]),
  "june.html": page_("Vans on the coast", "2023-06-15T12:30:00Z", [
    "Kestrel Motors sold 400 delivery vans in Portugal last year, according to the national registry of vehicles.",
  ]),
  "january.html": page_("A new plant", "2024-01-20T08:00:00Z", [
    "Kestrel Motors built a battery plant near Lisbon for 90 million euros, the regional council said on Monday.",
  ]),
  "undated.html": page_("Notes on logistics", null, [
    "Harbor Analytics hired 120 engineers in Lisbon over two years, a spokesperson for the firm told reporters.",
  ]),
};

const extract = createExtractor([
  { name: "Harbor Analytics", type: "Organization", aliases: [] },
  { name: "Kestrel Motors", type: "Organization", aliases: [] },
  { name: "Portugal", type: "Place", aliases: [] },
  { name: "Lisbon", type: "Place", aliases: [] },
]);

let db: Executor;
let server: Server;
let browser: Browser;
let page: Page;
/** Claim keys by publication month ("undated" for none), as the database holds them. */
const claimsBy = new Map<string, string[]>();

beforeAll(async () => {
  const viewerDir = resolve("dist/viewer");
  if (!existsSync(join(viewerDir, "index.html"))) throw new Error("e2e: dist/viewer is missing; run `npm run build`");
  const dir = mkdtempSync(join(tmpdir(), "timeline-"));
  for (const [name, html] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), html);
  db = await openTestDb();
  const summary = await ingestPaths(db, [dir], extract);
  expect(summary.skipped).toEqual([]);
  server = await startServer({ db, host: "127.0.0.1", port: 0, viewerDir });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

const claimHidden = (key: string) => display(page, key).then((d) => d?.hidden ?? null);
const summaryText = () => page.getByRole("region", { name: "Timeline" }).locator(".timeline-summary").textContent();
const slider = (name: "From" | "To") => page.getByRole("slider", { name });

async function expectShown(months: string[]): Promise<void> {
  for (const [month, keys] of claimsBy)
    for (const key of keys)
      await expect.poll(() => claimHidden(key), { message: `${month} ${key}` }).toBe(!months.includes(month));
}

describe("timeline", () => {
  it("dates each claim from its article's article:published_time", async () => {
    const rows = await db.read({
      query: "MATCH (c:Claim) RETURN c.id AS key, c.publishedAt AS date",
      routing: "READ",
    });
    for (const r of rows) {
      const month = (r.get("date") as string | null)?.slice(0, 7) ?? "undated";
      claimsBy.set(month, [...(claimsBy.get(month) ?? []), r.get("key") as string]);
    }
    expect([...claimsBy.keys()].sort()).toEqual(["2023-02", "2023-06", "2024-01", "undated"]);
    // The API hands the date to the viewer.
    const [june] = claimsBy.get("2023-06")!;
    expect((await apiClient(server.url).node(june!)).attributes).toMatchObject({ publishedAt: "2023-06-15" });
  });

  it("shows every claim's month in the histogram, and all of them at first", async () => {
    const documents = await apiClient(server.url).documents();
    // Expanding the four documents draws all their claims, whatever the overview picks.
    await openExplorer(page, `${server.url}#expand=${documents.map((d) => d.key).join(",")}`);
    const all = [...claimsBy.values()].flat();
    await expect
      .poll(() => page.evaluate((keys) => keys.every((k) => window.__claimgraph!.hasNode(k)), all))
      .toBe(true);
    await expect.poll(summaryText).toBe(`Feb 2023 – Jan 2024, ${all.length} of ${all.length} claims`);
    expect(await page.locator(".timeline-chart g").count()).toBe(12); // Feb 2023 to Jan 2024
    await expectShown(["2023-02", "2023-06", "2024-01", "undated"]);
  });

  it("hides the claims outside the range narrowed with the keyboard, and undated ones when unticked", async () => {
    await slider("From").focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight"); // Feb -> Jun 2023
    await slider("To").focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowLeft"); // Jan 2024 -> Jun 2023
    await expect.poll(() => slider("From").getAttribute("aria-valuetext")).toBe("Jun 2023");
    await expect.poll(() => slider("To").getAttribute("aria-valuetext")).toBe("Jun 2023");
    const kept = claimsBy.get("2023-06")!.length + claimsBy.get("undated")!.length;
    const total = [...claimsBy.values()].flat().length;
    await expect.poll(summaryText).toBe(`Jun 2023, ${kept} of ${total} claims`);
    await expectShown(["2023-06", "undated"]);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("dates=2023-06..2023-06");
    await page.getByRole("region", { name: "Timeline" }).screenshot({ path: `${SCREENSHOTS}/timeline-narrowed.png` });
    await page.screenshot({ path: `${SCREENSHOTS}/timeline-page.png` });

    await page.getByRole("checkbox", { name: "Show undated claims" }).uncheck();
    await expectShown(["2023-06"]);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("undated=0");
  });

  it("brings the claims back when the range is widened again", async () => {
    await slider("From").focus();
    await page.keyboard.press("Home");
    await slider("To").focus();
    await page.keyboard.press("End");
    await expectShown(["2023-02", "2023-06", "2024-01"]);
    await page.getByRole("checkbox", { name: "Show undated claims" }).check();
    await expectShown(["2023-02", "2023-06", "2024-01", "undated"]);
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain("dates=");
  });

  it("restores a narrowed range from a shared link", async () => {
    await page.goto("about:blank"); // a new document: going to the same page with another hash would not reload
    await openExplorer(
      page,
      `${server.url}#overview=0&expand=${[...claimsBy.values()].flat().join(",")}&dates=2024-01..`,
    );
    await expect.poll(() => slider("From").getAttribute("aria-valuetext")).toBe("Jan 2024");
    await expectShown(["2024-01", "undated"]);
  });

  it("spans the database's months even when the canvas holds one month's claims", async () => {
    await page.goto("about:blank");
    const [june] = claimsBy.get("2023-06")!;
    await openExplorer(page, `${server.url}#overview=0&expand=${june}`);
    await expect.poll(summaryText).toBe("Feb 2023 – Jan 2024, 1 of 1 claim");
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect.poll(() => timeline.locator(".timeline-legend").textContent()).toContain("in the database (4)");
    expect(await page.locator(".timeline-chart g").count()).toBe(12);
    expect(await page.locator(".timeline-chart rect.in-database").count()).toBe(3);
    await timeline.screenshot({ path: `${SCREENSHOTS}/timeline-database.png` });
  });
});
