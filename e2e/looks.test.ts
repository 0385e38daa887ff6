// How the graph looks, in real Chromium against the real API and Neo4j: size by connections or by
// claims, colour by type or by Louvain community, a node dragged and pinned, and dark mode.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMUNITY_COLORS } from "../viewer/src/appearance.ts";
import { SCREENSHOTS } from "./browser.ts";
import { display, nodeKeys, openExplorer, position, settle, viewState } from "./explorer-page.ts";
import { openExplorerSession, type ExplorerSession } from "./session.ts";

let session: ExplorerSession;
let browser: Browser;
let page: Page;
let api: ExplorerSession["api"];

beforeAll(async () => {
  session = await openExplorerSession();
  ({ browser, page, api } = session);
});
afterAll(() => session?.close());

const appearance = (p: Page) => p.getByRole("region", { name: "Appearance" });
const sortedKeys = (keys: string[]) => [...keys].sort();
const size = (key: string) => page.evaluate((k) => window.__claimgraph!.size(k)!, key);

describe("appearance", () => {
  it("sizes nodes by connections, or by claims on request: a larger count, a larger node", async () => {
    type Overview = { nodes: Array<{ key: string; attributes: { kind: string; claims?: number; degree?: number } }> };
    const overview = (await api.get<Overview>("api/overview?limit=60")).nodes.filter(
      (n) => n.attributes.kind === "Entity",
    );
    const keys = overview.map((n) => n.key);
    expect(sortedKeys(await nodeKeys(page))).toEqual(expect.arrayContaining(sortedKeys(keys)));
    const measure = (key: string, by: "claims" | "degree") => overview.find((n) => n.key === key)!.attributes[by] ?? 0;
    /** Whether a larger measure always means a larger node. */
    const sizedBy = async (by: "claims" | "degree") => {
      const sizes = new Map(await Promise.all(keys.map(async (k) => [k, await size(k)] as const)));
      return keys.every((a) => keys.every((b) => measure(a, by) <= measure(b, by) || sizes.get(a)! > sizes.get(b)!));
    };
    expect(await sizedBy("degree")).toBe(true);
    const before = await Promise.all(keys.map(size));
    await appearance(page).getByRole("combobox", { name: "Size by" }).selectOption("claims");
    await expect.poll(() => sizedBy("claims")).toBe(true);
    expect(await Promise.all(keys.map(size))).not.toEqual(before);
    await appearance(page).getByRole("combobox", { name: "Size by" }).selectOption("degree");
    await expect.poll(() => sizedBy("degree")).toBe(true);
  });

  it("colours by Louvain community: one colour per community, and says how many there are", async () => {
    await appearance(page).getByRole("combobox", { name: "Colour by" }).selectOption("community");
    await expect.poll(() => page.evaluate(() => window.__claimgraph!.communities() !== null)).toBe(true);
    const communities = (await page.evaluate(() => window.__claimgraph!.communities()))!;
    const count = new Set(Object.values(communities)).size;
    expect(count).toBeGreaterThan(1);
    await expect.poll(() => appearance(page).textContent()).toContain(`${count} communities`);
    // Nodes of one community share a colour; the largest communities' colours differ.
    const colourOf = new Map<number, Set<string>>();
    const keys = (await nodeKeys(page)).slice(0, 40);
    for (const key of keys) {
      const colour = (await display(page, key))!.color!;
      expect(COMMUNITY_COLORS as readonly string[]).toContain(colour);
      colourOf.set(communities[key]!, (colourOf.get(communities[key]!) ?? new Set()).add(colour));
    }
    for (const colours of colourOf.values()) expect(colours.size).toBe(1);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/communities.png` });
    await appearance(page).getByRole("combobox", { name: "Colour by" }).selectOption("type");
    await expect.poll(() => page.evaluate(() => window.__claimgraph!.communities())).toBeNull();
  });

  it("moves a dragged node where it is dropped and pins it there: the layout leaves it, Unpin all lets it go", async () => {
    // A node inside the free area, away from the panels.
    const keys = await nodeKeys(page);
    let key: string | undefined;
    let from: { x: number; y: number } | null = null;
    for (const k of keys) {
      const p = await page.evaluate((n) => window.__claimgraph!.viewportPosition(n), k);
      if (p && p.x > 450 && p.x < 1100 && p.y > 150 && p.y < 800) {
        key = k;
        from = p;
        break;
      }
    }
    expect(key).toBeDefined();
    const before = await position(page, key!);
    await page.mouse.move(from!.x, from!.y);
    await page.mouse.down();
    await page.mouse.move(from!.x + 60, from!.y + 40, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate((k) => window.__claimgraph!.pinned(k), key!)).toBe(true);
    const dropped = await position(page, key!);
    expect(dropped).not.toEqual(before);
    const at = await page.evaluate((k) => window.__claimgraph!.viewportPosition(k), key!);
    expect(Math.abs(at!.x - (from!.x + 60))).toBeLessThan(3);
    expect(Math.abs(at!.y - (from!.y + 40))).toBeLessThan(3);

    const other = keys.find((k) => k !== key)!;
    const otherBefore = await position(page, other);
    await page.getByRole("button", { name: "Start layout" }).click();
    await expect.poll(() => position(page, other)).not.toEqual(otherBefore);
    await page.getByRole("button", { name: "Stop layout" }).click();
    await expect.poll(async () => (await viewState(page)).layoutRunning).toBe(false);
    // Still where it was dropped (the layout worker hands positions back as 32-bit floats).
    const after = (await position(page, key!))!;
    expect(after.x).toBeCloseTo(dropped!.x, 3);
    expect(after.y).toBeCloseTo(dropped!.y, 3);

    await appearance(page)
      .getByRole("button", { name: /Unpin all/ })
      .click();
    expect(await page.evaluate((k) => window.__claimgraph!.pinned(k), key!)).toBe(false);
    expect(
      await appearance(page)
        .getByRole("button", { name: /Unpin all/ })
        .isHidden(),
    ).toBe(true);
  });

  it("follows the system's dark mode: dark page, light labels", async () => {
    expect(await page.evaluate(() => window.__claimgraph!.isDark())).toBe(false);
    const dark = await browser.newPage({ viewport: { width: 1600, height: 1000 }, colorScheme: "dark" });
    await openExplorer(dark, session.server.url);
    expect(await dark.evaluate(() => window.__claimgraph!.isDark())).toBe(true);
    const background = await dark.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await settle(dark);
    await dark.screenshot({ path: `${SCREENSHOTS}/dark-mode.png` });
    await dark.close();
  });
});
