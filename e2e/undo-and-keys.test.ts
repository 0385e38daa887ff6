// Undoing and the keyboard, in real Chromium against the real API and Neo4j: the browser's Back and
// Forward undo and redo view changes, hidden nodes are listed with "Unhide", "Show overview" brings
// the overview back after Clear, and the graph is reachable and usable from the keyboard.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detailsPanel, detailsShown, nodeKeys, searchAndPick, sorted, viewState } from "./explorer-page.ts";
import { openExplorerSession, type ExplorerSession } from "./session.ts";

let session: ExplorerSession;
let page: Page;
let api: ExplorerSession["api"];

beforeAll(async () => {
  session = await openExplorerSession();
  ({ page, api } = session);
});
afterAll(() => session?.close());

const filters = (p: Page) => p.getByRole("region", { name: "Filters" });
/** Back or Forward, then the wait for the view to be rebuilt. */
async function go(direction: "back" | "forward"): Promise<void> {
  await (direction === "back" ? page.goBack() : page.goForward());
  await expect.poll(() => page.locator("#graph").getAttribute("aria-busy")).toBeNull();
}
const drawn = (key: string) => page.evaluate((k) => window.__claimgraph!.hasNode(k), key);

describe("undoing", () => {
  it("Back undoes an expansion, a hide and a filter, one at a time; Forward redoes them", async () => {
    const key = await api.entityKey("Chinese Academy of Sciences");
    await searchAndPick(page, "Chinese Acad", "Chinese Academy of Sciences");
    const beforeExpand = await nodeKeys(page);
    await detailsPanel(page).getByRole("button", { name: "Expand", exact: true }).click();
    await expect.poll(async () => (await viewState(page)).expanded).toContain(key);
    const expandedKeys = await nodeKeys(page);
    expect(expandedKeys.length).toBeGreaterThan(beforeExpand.length);

    const place = filters(page).getByRole("checkbox", { name: "Place" });
    await place.uncheck();
    await expect.poll(async () => (await viewState(page)).hiddenCategories).toEqual(["Place"]);

    await go("back");
    await expect.poll(async () => (await viewState(page)).hiddenCategories).toEqual([]);
    expect(await place.isChecked()).toBe(true);
    expect((await viewState(page)).expanded).toContain(key);

    await go("back");
    await expect.poll(async () => (await viewState(page)).expanded).not.toContain(key);
    await expect.poll(() => nodeKeys(page)).toEqual(beforeExpand);

    await go("forward");
    await expect.poll(async () => (await viewState(page)).expanded).toContain(key);
    await expect.poll(() => nodeKeys(page)).toEqual(expandedKeys);
    await go("forward");
    await expect.poll(async () => (await viewState(page)).hiddenCategories).toEqual(["Place"]);
    await place.check();
  });

  it("lists a hidden node with Unhide, which brings it back with its relationships to what is drawn", async () => {
    const key = await api.entityKey("DeepSeek");
    await searchAndPick(page, "DeepSe", "DeepSeek");
    const edgesBefore = await page.evaluate((k) => window.__claimgraph!.edgesOf(k).length, key);
    expect(edgesBefore).toBeGreaterThan(0);
    await detailsPanel(page).getByRole("button", { name: "Hide" }).click();
    await expect.poll(() => drawn(key)).toBe(false);
    const hiddenList = filters(page).getByRole("list", { name: "Hidden nodes" });
    await expect
      .poll(() => hiddenList.getByRole("listitem").allTextContents())
      .toEqual([expect.stringContaining("DeepSeek")]);

    // Back undoes the hide as well.
    await go("back");
    await expect.poll(() => drawn(key)).toBe(true);
    await go("forward");
    await expect.poll(() => drawn(key)).toBe(false);

    await hiddenList.getByRole("button", { name: "Unhide DeepSeek" }).click();
    await expect.poll(() => drawn(key)).toBe(true);
    expect((await viewState(page)).hidden).not.toContain(key);
    await expect.poll(() => page.evaluate((k) => window.__claimgraph!.edgesOf(k).length, key)).toBe(edgesBefore);
    expect(await hiddenList.isHidden()).toBe(true);
  });

  it("Back brings the canvas back after Clear, and Show overview redraws the overview", async () => {
    const overview = sorted(
      (await api.get<{ nodes: Array<{ key: string }> }>("api/overview?limit=60")).nodes.map((n) => n.key),
    );
    const before = await nodeKeys(page);
    await page.getByRole("button", { name: "Clear", exact: true }).click();
    await expect.poll(() => nodeKeys(page)).toEqual([]);
    await go("back");
    await expect.poll(() => nodeKeys(page)).toEqual(before);

    await page.getByRole("button", { name: "Clear", exact: true }).click();
    await expect.poll(() => nodeKeys(page)).toEqual([]);
    await page.getByRole("button", { name: "Show overview" }).click();
    await expect.poll(() => nodeKeys(page)).toEqual(overview);
    expect(page.url()).not.toContain("overview=0");
  });
});

describe("the keyboard", () => {
  it("reaches the graph with Tab, moves between neighbours with the arrows, opens Details with Enter, lets go with Escape", async () => {
    // The graph comes right before Search in the tab order.
    await page.getByRole("combobox", { name: "Search" }).focus();
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("graph");

    // The first arrow puts the cursor on the most connected node drawn.
    await page.keyboard.press("ArrowRight");
    const first = (await viewState(page)).hovered;
    expect(first).not.toBeNull();
    const cursorText = page.getByTestId("graph-cursor");
    const firstLabel = await page.evaluate((k) => window.__claimgraph!.label(k), first!);
    await expect.poll(() => cursorText.textContent()).toContain(firstLabel);

    // Each arrow goes to a neighbour of the node before.
    const visited = [first!];
    for (const arrow of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"]) {
      await page.keyboard.press(arrow);
      const now = (await viewState(page)).hovered!;
      const previous = visited.at(-1)!;
      if (now !== previous)
        expect(await page.evaluate(([a, b]) => window.__claimgraph!.neighbours(a!).includes(b!), [previous, now])).toBe(
          true,
        );
      visited.push(now);
    }
    expect(new Set(visited).size).toBeGreaterThan(1);

    const cursor = visited.at(-1)!;
    const label = await page.evaluate((k) => window.__claimgraph!.label(k), cursor);
    await page.keyboard.press("Enter");
    await detailsShown(page, label!);
    expect((await viewState(page)).selected).toBe(cursor);
    const heading = detailsPanel(page).getByRole("heading", { level: 2 });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.locator("#graph").focus();
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await viewState(page)).selected).toBeNull();
    expect((await viewState(page)).hovered).toBeNull();
    expect(await detailsPanel(page).isHidden()).toBe(true);
  });
});
