// The relationship types and node kinds of the model's RELATIONSHIPS table in real Chromium: each
// has its filter checkbox (the filters double as the legend) with the colour the graph draws it in,
// and expanding a claim draws the Quantity nodes it states over STATES edges.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE_KINDS, REL_TYPES } from "../graph/model.ts";
import { colorOf, edgeColor } from "../viewer/src/appearance.ts";
import { detailsPanel, nodeKeys, searchAndPick, viewState } from "./explorer-page.ts";
import { openExplorerSession, type ExplorerSession } from "./session.ts";

let session: ExplorerSession;
let page: Page;
let api: ExplorerSession["api"];

beforeAll(async () => {
  session = await openExplorerSession({ acceptDownloads: false });
  ({ page, api } = session);
});
afterAll(() => session?.close());

/** The CSS colour a swatch is painted in, as the browser reports it ("rgb(r, g, b)"). */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

describe("legend", () => {
  it("lists every relationship type and node kind with its colour", async () => {
    const filters = page.getByRole("region", { name: "Filters" });
    for (const type of REL_TYPES) {
      const box = filters.getByRole("checkbox", { name: type, exact: true });
      expect(await box.isChecked(), type).toBe(true);
      const color = await box.evaluate(
        (b) => getComputedStyle(b.parentElement!.querySelector(".line-swatch")!).backgroundColor,
      );
      expect(color, type).toBe(rgb(edgeColor(type)));
    }
    for (const kind of NODE_KINDS.filter((k) => k !== "Entity")) {
      const box = filters.getByRole("checkbox", { name: kind, exact: true });
      const color = await box.evaluate(
        (b) => getComputedStyle(b.parentElement!.querySelector(".swatch")!).backgroundColor,
      );
      expect(color, kind).toBe(rgb(colorOf(kind)));
    }
  });

  it("draws a claim's quantities over STATES edges when the claim is expanded", async () => {
    const result = await api.cypher(
      "MATCH (:Entity {name: 'DeepSeek'})<-[:ABOUT]-(c:Claim)-[:STATES]->(q:Quantity) RETURN c.id AS claim, collect(q.id) AS quantities LIMIT 1",
    );
    const [claimKey, quantities] = result.rows[0] as [string, string[]];
    expect(quantities.length).toBeGreaterThan(0);
    await searchAndPick(page, "DeepSe", "DeepSeek");
    await detailsPanel(page).locator(`button[data-key="${claimKey}"]`).first().click();
    await expect.poll(async () => (await viewState(page)).selected).toBe(claimKey);
    await detailsPanel(page).getByRole("button", { name: "Expand", exact: true }).click();
    await expect.poll(async () => (await viewState(page)).expanded).toContain(claimKey);
    expect(await nodeKeys(page)).toEqual(expect.arrayContaining(quantities));
    const states = await page.evaluate(() => window.__claimgraph!.edgesOfType("STATES"));
    expect(states.total).toBeGreaterThanOrEqual(quantities.length);
  });
});
