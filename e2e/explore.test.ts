// Exploring in real Chromium against the real API and Neo4j: search, expand (button and
// double-click), collapse, hide, details of an entity, a claim and a source, filters, the layout,
// and a shared URL. Expectations come from the API, never from hard-coded seed texts.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLAIMS_PAGE } from "../graph/api-contract.ts";
import { SCREENSHOTS } from "./browser.ts";
import {
  detailsPanel,
  detailsShown,
  display,
  nodeKeys,
  openExplorer,
  position,
  searchAndPick,
  settle,
  sorted,
  viewState,
} from "./explorer-page.ts";
import { openExplorerSession, type ExplorerSession } from "./session.ts";

let session: ExplorerSession;
let browser: Browser;
let page: Page;
let api: ExplorerSession["api"];

beforeAll(async () => {
  session = await openExplorerSession({ acceptDownloads: false });
  ({ browser, page, api } = session);
});
afterAll(() => session?.close());

describe("exploring", () => {
  it("draws an overview of the most connected entities on load", async () => {
    const overview = await api.get<{ nodes: Array<{ key: string }> }>("api/overview?limit=60");
    expect(await nodeKeys(page)).toEqual(sorted(overview.nodes.map((n) => n.key)));
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/overview.png` });
  });

  it("focuses a node picked from the suggestions with the keyboard, and shows the entity's claims by source", async () => {
    const key = await api.entityKey("DeepSeek");
    const expected = await api.node(key);
    await searchAndPick(page, "DeepSe", "DeepSeek");
    expect((await viewState(page)).selected).toBe(key);
    expect((await display(page, key))?.highlighted).toBe(true);

    const panel = detailsPanel(page);
    await expect
      .poll(() => panel.locator("dd").first().textContent())
      .toBe(expected.attributes.kind === "Entity" ? expected.attributes.type : "");
    const claims = panel.getByRole("region", { name: "Claims about it" });
    const sourceTitles = [...new Set(expected.statements.map((s) => s.sourceTitle))];
    expect(await claims.locator("h4").allTextContents()).toEqual(sourceTitles);
    expect(await claims.locator("blockquote").allTextContents()).toEqual(expected.statements.map((s) => s.quote));
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/entity-details.png` });
  });

  it("reaches Search with '/', and puts the focus on the Details of what was picked", async () => {
    // Nothing focused: the key goes to the page itself.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("/");
    const box = page.getByRole("combobox", { name: "Search" });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    // Typed inside the box, "/" is a character like any other.
    await page.keyboard.type("a/b");
    expect(await box.inputValue()).toBe("a/b");

    await searchAndPick(page, "DeepSe", "DeepSeek");
    const heading = detailsPanel(page).getByRole("heading", { level: 2, name: "DeepSeek" });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    // From there, Tab goes on into the Details panel's own controls.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("[aria-label=Details]") !== null)).toBe(true);
  });

  it("expands with the Expand button: all neighbours added, nodes already drawn stay where they were", async () => {
    const key = await api.entityKey("DeepSeek");
    const before = await nodeKeys(page);
    const positions = await Promise.all(before.map((k) => position(page, k)));
    await detailsPanel(page).getByRole("button", { name: "Expand", exact: true }).click();
    const neighbourhood = await api.neighbourhood(key);
    await expect.poll(async () => (await viewState(page)).expanded).toContain(key);
    const after = new Set(await nodeKeys(page));
    for (const n of neighbourhood.nodes) expect(after.has(n.key), n.key).toBe(true);
    expect(await Promise.all(before.map((k) => position(page, k)))).toEqual(positions);
  });

  it("expands another node by double-clicking it, and collapses it again", async () => {
    // A drawn entity, not expanded yet, whose neighbourhood holds nodes not drawn yet.
    const drawn = new Set(await nodeKeys(page));
    const { expanded } = await viewState(page);
    let key = "";
    for (const candidate of [...drawn].filter((k) => k.startsWith("e:") && !expanded.includes(k))) {
      if ((await api.neighbourhood(candidate)).nodes.some((n) => !drawn.has(n.key))) {
        key = candidate;
        break;
      }
    }
    expect(key).not.toBe("");
    const label = (await api.node(key)).attributes.label;
    await searchAndPick(page, label, label);
    expect((await viewState(page)).selected).toBe(key);
    await settle(page);
    const before = await nodeKeys(page);
    const at = await page.evaluate((k) => window.__claimgraph!.viewportPosition(k), key);
    await page.mouse.dblclick(at!.x, at!.y);
    await expect.poll(async () => (await viewState(page)).expanded).toContain(key);
    const neighbourhood = await api.neighbourhood(key);
    const after = new Set(await nodeKeys(page));
    for (const n of neighbourhood.nodes) expect(after.has(n.key)).toBe(true);

    await detailsPanel(page).getByRole("button", { name: "Collapse" }).click();
    await expect.poll(async () => (await viewState(page)).expanded).not.toContain(key);
    expect(await nodeKeys(page)).toEqual(before);
  });

  it("shows a claim's quote highlighted inside its source text, and what the claim is about", async () => {
    const deepseek = await api.node(await api.entityKey("DeepSeek"));
    const claimKey = deepseek.statements[0]!.claimId;
    const claim = await api.node(claimKey);
    await searchAndPick(page, "DeepSe", "DeepSeek");
    await detailsPanel(page).locator(`button[data-key="${claimKey}"]`).first().click();
    const panel = detailsPanel(page);
    await expect.poll(async () => (await viewState(page)).selected).toBe(claimKey);
    await expect.poll(() => panel.locator("mark").count()).toBe(claim.statements.length);
    expect(await panel.locator("mark").allTextContents()).toEqual(claim.statements.map((s) => s.quote));
    const contexts = await panel.locator(".context").allTextContents();
    claim.statements.forEach((s, i) => expect(contexts[i]).toContain(`${s.before}${s.quote}${s.after}`));
    const about = claim.related.filter((r) => r.rel === "ABOUT").map((r) => r.label);
    expect(await panel.getByRole("region", { name: "About" }).getByRole("button").allTextContents()).toEqual(about);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/claim-in-context.png` });

    // The source named in the context opens the source's own details.
    const source = await api.node(claim.statements[0]!.sourceId);
    await panel.locator(".statement-source button").first().click();
    await detailsShown(page, source.attributes.label);
    const states = panel.getByRole("region", { name: "Claims it states" });
    expect(await states.locator("blockquote").count()).toBe(source.statements.length);
    expect(await panel.locator("a[href^='javascript']").count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/source-details.png` });
  });

  it("explains why a claim is one: the rules that kept it, as text", async () => {
    const deepseek = await api.node(await api.entityKey("DeepSeek"));
    const claimKey = deepseek.statements[0]!.claimId;
    const claim = await api.node(claimKey);
    const why = claim.attributes.kind === "Claim" ? (claim.attributes.why ?? []) : [];
    expect(why.length).toBeGreaterThan(0);
    expect(why.filter((w) => /^claims · [\w-]+: \S/.test(w))).not.toEqual([]);
    await searchAndPick(page, "DeepSe", "DeepSeek");
    await detailsPanel(page).locator(`button[data-key="${claimKey}"]`).first().click();
    await expect.poll(async () => (await viewState(page)).selected).toBe(claimKey);
    const section = detailsPanel(page).getByRole("region", { name: "Why this is a claim" });
    await expect.poll(() => section.locator("li").allTextContents()).toEqual(why);
    // Rule and reason are text: nothing in the section but the list and the rule names.
    expect(await section.locator("li *:not(span.rule)").count()).toBe(0);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/claim-why.png` });
  });

  it("hides node and relationship types with their filters (nothing deleted), and restricts claims to a document", async () => {
    const claims = (await nodeKeys(page)).filter((k) => k.startsWith("c:"));
    expect(claims.length).toBeGreaterThan(0);
    const filters = page.getByRole("region", { name: "Filters" });
    await filters.getByRole("checkbox", { name: "Claim", exact: true }).uncheck();
    for (const k of claims) expect((await display(page, k))?.hidden).toBe(true);
    expect(await nodeKeys(page)).toEqual(expect.arrayContaining(claims));
    await page.screenshot({ path: `${SCREENSHOTS}/filters.png` });
    await filters.getByRole("checkbox", { name: "Claim", exact: true }).check();
    for (const k of claims) expect((await display(page, k))?.hidden).toBe(false);

    // Edges away from the selected node are hidden by the focus, so compare with the count before.
    const mentions = () => page.evaluate(() => window.__claimgraph!.edgesOfType("MENTIONS"));
    const before = await mentions();
    expect(before.total).toBeGreaterThan(0);
    await filters.getByRole("checkbox", { name: "MENTIONS" }).uncheck();
    expect(await mentions()).toEqual({ total: before.total, hidden: before.total });
    await filters.getByRole("checkbox", { name: "MENTIONS" }).check();
    expect(await mentions()).toEqual(before);

    const [doc] = await api.documents();
    const statedThere = new Set((await api.allStatements(doc!.key)).map((s) => s.claimId));
    // The list of documents narrows to what is typed.
    const finder = filters.getByRole("searchbox", { name: "Find a document" });
    await finder.fill(doc!.title.slice(0, 12));
    expect(await filters.getByRole("checkbox", { name: doc!.title }).isVisible()).toBe(true);
    await finder.fill("no document is called this");
    expect(await filters.getByRole("checkbox", { name: doc!.title }).isVisible()).toBe(false);
    await finder.fill("");

    // Ticking a document draws its claims from the database, not only those already on the canvas.
    await filters.getByRole("checkbox", { name: doc!.title }).check();
    const page1 = Math.min(statedThere.size, CLAIMS_PAGE);
    await expect.poll(async () => (await nodeKeys(page)).filter((k) => statedThere.has(k)).length).toBe(page1);
    await expect
      .poll(() => filters.getByRole("status", { name: "Claims drawn" }).textContent())
      .toBe(`${page1} of ${statedThere.size} matching claims drawn`);
    for (const k of (await nodeKeys(page)).filter((k) => k.startsWith("c:")))
      expect((await display(page, k))?.hidden, k).toBe(!statedThere.has(k));
    await filters.getByRole("checkbox", { name: doc!.title }).uncheck();
    for (const k of claims) expect((await display(page, k))?.hidden).toBe(false);
    await expect.poll(() => filters.getByRole("status", { name: "Claims drawn" }).textContent()).toBe("");
  });

  it("shows the claims that state figures, of any unit or one, from the whole database", async () => {
    const filters = page.getByRole("region", { name: "Filters" });
    const { units, claims: withFigures } = await api.get<{
      units: Array<{ unit: string; claims: number }>;
      claims: number;
    }>("api/units");
    expect(units.length).toBeGreaterThan(0);
    await filters.getByRole("checkbox", { name: "With numbers" }).check();
    const note = filters.getByRole("status", { name: "Claims drawn" });
    await expect
      .poll(() => note.textContent())
      .toBe(`${Math.min(withFigures, CLAIMS_PAGE)} of ${withFigures} matching claims drawn`);

    // One unit: every claim left in view states a figure of that unit.
    const [top] = units;
    await filters.getByRole("combobox", { name: "Unit" }).selectOption(top!.unit);
    await expect
      .poll(() => note.textContent())
      .toBe(`${Math.min(top!.claims, CLAIMS_PAGE)} of ${top!.claims} matching claims drawn`);
    const visibleClaims = await page.evaluate(() =>
      window.__claimgraph!.nodes().filter((k) => k.startsWith("c:") && !window.__claimgraph!.display(k)?.hidden),
    );
    expect(visibleClaims.length).toBe(Math.min(top!.claims, CLAIMS_PAGE));
    for (const key of visibleClaims) {
      const node = await api.node(key);
      const quantities = node.attributes.kind === "Claim" ? (node.attributes.quantities ?? []) : [];
      expect(
        quantities.some((q) => q.unit === top!.unit),
        key,
      ).toBe(true);
    }
    await page.getByRole("button", { name: "Fit" }).click();
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/numbers-filter.png` });
    // A claim's figures read formatted in its Details.
    // (one whose label is its whole text, as its Details heading is)
    const claimNodes = await Promise.all(visibleClaims.map((k) => api.node(k)));
    const whole = claimNodes.find((n) => n.attributes.kind === "Claim" && n.attributes.label === n.attributes.text)!;
    expect(whole).toBeDefined();
    await searchAndPick(page, whole.attributes.label.slice(0, 30), whole.attributes.label);
    expect(await detailsPanel(page).locator(".quantity-list li").count()).toBeGreaterThan(0);
    expect(page.url()).toContain(`numbers=${encodeURIComponent(top!.unit)}`);
    // Closed first: unticking takes away what the filter brought, except the selected node.
    await detailsPanel(page).getByRole("button", { name: "Close details" }).click();
    await filters.getByRole("checkbox", { name: "With numbers" }).uncheck();
    await expect.poll(() => note.textContent()).toBe("");
  });

  it("runs ForceAtlas2 in a worker until stopped", async () => {
    const [probe] = await nodeKeys(page);
    const start = await position(page, probe!);
    await page.getByRole("button", { name: "Start layout" }).click();
    await expect.poll(async () => (await viewState(page)).layoutRunning).toBe(true);
    await expect.poll(() => position(page, probe!)).not.toEqual(start);
    await page.getByRole("button", { name: "Stop layout" }).click();
    await expect.poll(async () => (await viewState(page)).layoutRunning).toBe(false);
    const stopped = await position(page, probe!);
    await page.waitForTimeout(500);
    expect(await position(page, probe!)).toEqual(stopped);
    await expect(page.getByRole("button", { name: "Start layout" }).count()).resolves.toBe(1);
  });

  it("hides a node from the canvas", async () => {
    const key = await api.entityKey("DeepSeek");
    await searchAndPick(page, "DeepSe", "DeepSeek");
    await detailsPanel(page).getByRole("button", { name: "Hide" }).click();
    await expect.poll(() => page.evaluate((k) => window.__claimgraph!.hasNode(k), key)).toBe(false);
    expect((await viewState(page)).hidden).toContain(key);
    expect(await detailsPanel(page).isHidden()).toBe(true);
  });

  it("restores the focused node, the expanded set and the filters from a shared URL", async () => {
    const key = await api.entityKey("Chinese Academy of Sciences");
    await searchAndPick(page, "Chinese Acad", "Chinese Academy of Sciences");
    await detailsPanel(page).getByRole("button", { name: "Expand", exact: true }).click();
    await expect.poll(async () => (await viewState(page)).expanded).toContain(key);
    const placeFilter = (p: Page) =>
      p.getByRole("region", { name: "Filters" }).getByRole("checkbox", { name: "Place" });
    await placeFilter(page).uncheck();
    await expect.poll(async () => (await viewState(page)).hiddenCategories).toEqual(["Place"]);
    const state = await viewState(page);
    const keys = await nodeKeys(page);
    const shared = page.url();
    expect(shared).toContain("#");

    const other = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await openExplorer(other, shared);
    const restored = await viewState(other);
    expect(restored.selected).toBe(state.selected);
    expect(restored.expanded).toEqual(state.expanded);
    expect(restored.hidden).toEqual(state.hidden);
    expect(restored.hiddenCategories).toEqual(["Place"]);
    expect(await placeFilter(other).isChecked()).toBe(false);
    expect(await nodeKeys(other)).toEqual(keys);
    await detailsShown(other, "Chinese Academy of Sciences");
    await other.close();
    await placeFilter(page).check();
  });

  it("explains why an entity's other names were taken to mean it", async () => {
    const expected = await api.node(await api.entityKey("Australian Strategic Policy Institute"));
    const why = expected.attributes.kind === "Entity" ? (expected.attributes.resolution ?? []) : [];
    expect(why.some((w) => w.startsWith("ASPI: "))).toBe(true);
    await searchAndPick(page, "Australian Strategic", "Australian Strategic Policy Institute");
    const section = detailsPanel(page).getByRole("region", { name: "Why these names" });
    await expect.poll(() => section.locator(".resolution li").allTextContents()).toEqual(why);
    const found = expected.attributes.kind === "Entity" ? (expected.attributes.found ?? []) : [];
    expect(await section.locator(".found li").allTextContents()).toEqual(found);
  });

  it("lists the claims an entity made apart from the claims about it, each with its true count", async () => {
    // The entity that made the most claims among those something is also said about (from the database).
    const [row] = await session.db.read({
      query: `MATCH (e:Entity)<-[:ATTRIBUTED_TO]-(:Claim) WHERE EXISTS { (e)<-[:ABOUT]-(:Claim) }
              RETURN e.name AS name, e.id AS key, count(*) AS n ORDER BY n DESC, name LIMIT 1`,
      routing: "READ",
    });
    const [name, key] = [row!.get("name") as string, row!.get("key") as string];
    const expected = await api.node(key);
    const by = expected.totals.statementsBy ?? 0;
    expect(by).toBeGreaterThan(0);
    expect(expected.totals.statements).toBeGreaterThan(0);

    await searchAndPick(page, name, name);
    const panel = detailsPanel(page);
    const about = panel.getByRole("region", { name: "Claims about it" });
    const made = panel.getByRole("region", { name: "Claims by it" });
    await expect.poll(() => about.locator("h3").textContent()).toBe(`Claims about it (${expected.totals.statements})`);
    await expect.poll(() => made.locator("h3").textContent()).toBe(`Claims by it (${by})`);
    expect(await made.locator("blockquote").allTextContents()).toEqual(
      (expected.statementsBy ?? []).map((s) => s.quote),
    );
    await made.scrollIntoViewIfNeeded();
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/entity-about-and-by.png` });
  });

  it("states the true number of an entity's claims and shows the rest a page at a time", async () => {
    // The entity the seeds say most about: more claims than one page holds.
    const key = await api.entityKey("China");
    const first = await api.node(key);
    const total = first.totals.statements;
    expect(total).toBeGreaterThan(first.statements.length);
    const all = await api.allStatements(key);

    await searchAndPick(page, "China", "China");
    const claims = detailsPanel(page).getByRole("region", { name: "Claims about it" });
    await expect.poll(() => claims.locator("h3").textContent()).toBe(`Claims about it (${total})`);
    expect(await claims.locator("blockquote").count()).toBe(first.statements.length);
    expect(await claims.getByText(`Showing ${first.statements.length} of ${total}.`).isVisible()).toBe(true);
    const more = claims.getByRole("button", { name: "Show more: Claims about it" });
    for (let shown = first.statements.length; shown < total;) {
      await more.click();
      await expect.poll(() => claims.locator("blockquote").count()).toBeGreaterThan(shown);
      shown = await claims.locator("blockquote").count();
    }
    await expect.poll(() => more.isVisible()).toBe(false);
    await expect
      .poll(() => claims.locator("blockquote").allTextContents())
      .toEqual(expect.arrayContaining(all.map((s) => s.quote)));
    expect(await claims.locator("blockquote").count()).toBe(total);
  });

  it("expands a node with more neighbours than one expansion brings: says how many, and Expand again brings the rest", async () => {
    // The document with the most neighbours.
    type Neighbourhood = { nodes: Array<{ key: string }>; attributes: { total: number; shown: number } };
    const docs = await Promise.all(
      (await api.documents()).map(async (d) => ({
        ...d,
        all: await api.get<Neighbourhood>(`api/nodes/${encodeURIComponent(d.key)}/neighborhood?limit=5000`),
      })),
    );
    const { all, ...doc } = docs.sort((a, b) => b.all.attributes.total - a.all.attributes.total)[0]!;
    const total = all.attributes.total;
    expect(total).toBeGreaterThan(200);
    expect(all.attributes.shown).toBe(total);

    // Open the document from an entity's "Mentioned in", then expand it.
    await searchAndPick(page, "China", "China");
    await detailsPanel(page)
      .getByRole("region", { name: "Mentioned in" })
      .locator(`button[data-key="${doc.key}"]`)
      .click();
    await detailsShown(page, doc.title);
    const expand = detailsPanel(page).getByRole("button", { name: "Expand", exact: true });
    await expand.click();
    const status = page.locator("#status");
    await expect.poll(() => status.textContent()).toContain(`the 200 best-connected of ${total} neighbours`);
    await expand.click();
    // Nodes hidden by an earlier test stay hidden: "Hide" holds across expansions.
    const hidden = new Set((await viewState(page)).hidden);
    const expected = all.nodes.map((n) => n.key).filter((k) => !hidden.has(k));
    expect(expected.length).toBeGreaterThan(200);
    await expect
      .poll(async () => {
        const drawn = new Set(await nodeKeys(page));
        return expected.filter((k) => !drawn.has(k));
      })
      .toEqual([]);
    expect(await status.textContent()).not.toContain("best-connected");
  });

  it("clears the canvas", async () => {
    await page.getByRole("button", { name: "Clear", exact: true }).click();
    await expect.poll(() => nodeKeys(page)).toEqual([]);
    // The address is written once the action's fetches are over (see share.ts).
    await expect.poll(() => page.url()).toContain("overview=0");
  });
});
