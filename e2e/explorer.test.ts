// The explorer in real Chromium against the real API and Neo4j.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../graph/executor.ts";
import type { Server } from "../graph/api/serve.ts";
import { details, search } from "../graph/explore.ts";
import { launchChromium, SCREENSHOTS } from "./browser.ts";
import { startSeededExplorer } from "./explorer-server.ts";
import { detailsShown } from "./explorer-page.ts";

let db: Executor;
let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ db, server } = await startSeededExplorer());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

describe("explorer", () => {
  it("draws the seeds' graph on load", async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/[1-9]\d* nodes · [1-9]\d* edges/);
    await page.screenshot({ path: `${SCREENSHOTS}/overview.png` });
  });

  it("finds DeepSeek by search and shows one of its claims' exact quotes in Details", async () => {
    const hit = (await search(db, "DeepSeek", 5)).find((h) => h.label === "DeepSeek");
    const expected = await details(db, hit!.key);
    expect(expected?.statements.length).toBeGreaterThan(0);

    await page.getByRole("combobox", { name: "Search" }).fill("DeepSe");
    // The suggestion labelled exactly DeepSeek (others, like "DeepSeek V3", may rank first).
    await page
      .locator("[role=option]")
      .filter({ has: page.locator(".suggestion-label", { hasText: /^DeepSeek$/ }) })
      .click();
    const panel = await detailsShown(page, "DeepSeek");
    const quotes = await panel.locator("blockquote").allTextContents();
    expect(quotes).toContain(expected!.statements[0]!.quote);
    await page.screenshot({ path: `${SCREENSHOTS}/details-deepseek.png` });
  });
});
