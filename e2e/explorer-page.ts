// Helpers for driving the explorer in the browser tests: waiting for it, reading its test hooks
// (window.__claimgraph, see viewer/src/test-hooks.ts), and asking the API what to expect.
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import type { NodeDetails, SearchHit } from "../graph/api-contract.ts";
import type { WireGraph } from "../graph/wire.ts";

export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__claimgraph?.ready === true, null, { timeout: 30_000 });
}

export const nodeKeys = (page: Page) => page.evaluate(() => window.__claimgraph!.nodes().sort());
export const nodeCount = (page: Page) => page.evaluate(() => window.__claimgraph!.nodeCount());
export const viewState = (page: Page) => page.evaluate(() => window.__claimgraph!.state());
export const display = (page: Page, key: string) => page.evaluate((k) => window.__claimgraph!.display(k), key);
export const position = (page: Page, key: string) => page.evaluate((k) => window.__claimgraph!.position(k), key);

/** The API, asked directly, for what the page should show. */
export function apiClient(base: string) {
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(new URL(path, base));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  const search = async (q: string) =>
    (await get<{ hits: SearchHit[] }>(`api/search?q=${encodeURIComponent(q)}&limit=5`)).hits;
  return {
    get,
    search,
    /** The key of the entity with exactly this name. */
    entityKey: async (name: string) => {
      const hit = (await search(name)).find((h) => h.kind === "Entity" && h.label === name);
      if (!hit) throw new Error(`e2e: the seeds have no entity ${name}`);
      return hit.key;
    },
    node: (key: string) => get<NodeDetails>(`api/nodes/${encodeURIComponent(key)}`),
    /** Every statement of a node, however many pages Details would take. */
    allStatements: async (key: string) =>
      (await get<NodeDetails>(`api/nodes/${encodeURIComponent(key)}/statements?limit=500`)).statements,
    neighbourhood: (key: string) => get<WireGraph>(`api/nodes/${encodeURIComponent(key)}/neighborhood`),
    /** The paths the viewer asks for: up to five, with or without co-mention steps. */
    paths: (from: string, to: string, mentions: "include" | "exclude" = "include") =>
      get<WireGraph>(`api/path?from=${from}&to=${to}&paths=5&mentions=${mentions}`),
    documents: async () => (await get<{ documents: Array<{ key: string; title: string }> }>("api/documents")).documents,
    cypher: async (query: string) => {
      const response = await fetch(new URL("api/cypher", base), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { columns: string[]; rows: unknown[][]; graph: WireGraph };
    },
  };
}

export const detailsPanel = (page: Page): Locator => page.getByRole("complementary", { name: "Details" });

/** Waits until Details shows `label` with everything loaded: the heading appears before the API answers. */
export async function detailsShown(page: Page, label: string): Promise<Locator> {
  const panel = detailsPanel(page);
  await expect.poll(() => panel.getByRole("heading", { level: 2 }).textContent()).toBe(label);
  await expect.poll(() => panel.getAttribute("aria-busy")).toBeNull();
  return panel;
}

/** Picks a search suggestion with the keyboard, as a person in a hurry would. */
export async function searchAndPick(page: Page, text: string, label: string): Promise<void> {
  const box = page.getByRole("combobox", { name: "Search" });
  await box.fill(text);
  const options = page.getByRole("option");
  await expect
    .poll(() => options.allTextContents(), { timeout: 10_000 })
    .toContainEqual(expect.stringContaining(label));
  const labels = await page.locator("#search-results .suggestion-label").allTextContents();
  const index = labels.findIndex((l) => l === label);
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= index; i++) await box.press("ArrowDown");
  await box.press("Enter");
  await detailsShown(page, label);
  await expect.poll(async () => (await viewState(page)).selected).not.toBeNull();
}

/** Lets camera animations (600 ms) finish before a screenshot or a click on the canvas. */
export const settle = (page: Page, ms = 800) => page.waitForTimeout(ms);

export const sorted = (keys: Iterable<string>) => [...keys].sort();
