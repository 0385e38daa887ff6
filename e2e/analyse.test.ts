// Analysing in real Chromium against the real API and Neo4j: a shortest path, the Cypher console
// (a query drawn on the graph, a table, a refused write) and every export format, downloaded and
// parsed back. Expectations come from the API and the database.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import JSZip from "jszip";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../graph/executor.ts";
import { REL_TYPES } from "../graph/model.ts";
import { edgeKey } from "../viewer/src/state/graph-data.ts";
import { routesOf, type Route } from "../viewer/src/state/path-routes.ts";
import { SCREENSHOTS } from "./browser.ts";
import { FADED_NODE_COLOR } from "../viewer/src/appearance.ts";
import {
  detailsPanel,
  display,
  nodeCount,
  nodeKeys,
  searchAndPick,
  settle,
  sorted,
  viewState,
} from "./explorer-page.ts";
import { openExplorerSession, type ExplorerSession } from "./session.ts";

let session: ExplorerSession;
let db: Executor;
let page: Page;
let api: ExplorerSession["api"];
const downloads = mkdtempSync(join(tmpdir(), "claimgraph-e2e-"));

beforeAll(async () => {
  session = await openExplorerSession({ acceptDownloads: true });
  ({ db, page, api } = session);
});
afterAll(() => session?.close());

const countAllNodes = async () => {
  const [record] = await db.read({ query: "MATCH (n) RETURN count(n) AS n", params: {}, routing: "READ" });
  return Number(record?.get("n"));
};

const cypherConsole = (p: Page) => p.getByRole("region", { name: "Cypher console" });

async function runQuery(query: string): Promise<void> {
  await cypherConsole(page).getByRole("textbox", { name: "Cypher" }).fill(query);
  await cypherConsole(page).getByRole("button", { name: "Run query" }).click();
  await expect.poll(() => cypherConsole(page).getByRole("button", { name: "Run query" }).isEnabled()).toBe(true);
}

describe("analysing", () => {
  it("finds the shortest paths between two entities, lists the drawn one's steps, goes on to the next, and can leave out co-mentions", async () => {
    const [from, to] = [await api.entityKey("DeepSeek"), await api.entityKey("Chinese Academy of Sciences")];
    const routes = routesOf(await api.paths(from, to));
    expect(routes.length).toBeGreaterThan(1);
    await searchAndPick(page, "DeepSe", "DeepSeek");
    await detailsPanel(page).getByRole("button", { name: "Path from" }).click();
    await searchAndPick(page, "Chinese Acad", "Chinese Academy of Sciences");
    await detailsPanel(page).getByRole("button", { name: "Path to" }).click();
    const panel = page.getByRole("region", { name: "Path" });
    const shows = async (route: Route, index: number) => {
      await expect
        .poll(() => panel.getByRole("status").textContent())
        .toMatch(new RegExp(`^Path ${index + 1} of ${routes.length}:`));
      const emphasis = (await viewState(page)).emphasis!;
      expect(emphasis.reason).toBe("path");
      expect(sorted(emphasis.nodes)).toEqual(sorted(route.graph.nodes.map((n) => n.key)));
      expect(sorted(emphasis.edges)).toEqual(sorted(route.graph.edges.map(edgeKey)));
      // One list item per step, naming its relationship type.
      const items = await panel.getByRole("list", { name: "Path" }).getByRole("listitem").allTextContents();
      expect(items).toHaveLength(route.steps.length);
      items.forEach((text, i) => expect(text).toContain(route.steps[i]!.type));
    };
    await shows(routes[0]!, 0);
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/path.png` });
    await panel.getByRole("button", { name: "Next path" }).click();
    await shows(routes[1]!, 1);

    // Without co-mention steps: the path goes through claims, and no MENTIONS step is left.
    const withoutMentions = routesOf(await api.paths(from, to, "exclude"));
    await panel.getByRole("checkbox", { name: "Leave out co-mention steps" }).check();
    await expect
      .poll(async () => sorted((await viewState(page)).emphasis?.edges ?? []))
      .toEqual(sorted(withoutMentions[0]!.graph.edges.map(edgeKey)));
    expect(await panel.getByRole("list", { name: "Path" }).textContent()).not.toContain("MENTIONS");
    await page.getByRole("button", { name: "Clear path" }).click();
    expect((await viewState(page)).emphasis).toBeNull();
    expect(
      await panel
        .getByRole("list", { name: "Path", includeHidden: true })
        .getByRole("listitem", { includeHidden: true })
        .count(),
    ).toBe(0);
  });

  it("draws a Cypher read query's nodes and relationships on the graph", async () => {
    const query = "MATCH (c:Claim)-[r:ABOUT]->(e:Entity) RETURN c, r, e LIMIT 8";
    const expected = await api.cypher(query);
    await detailsPanel(page).getByRole("button", { name: "Close details" }).click();
    await runQuery(query);
    await expect.poll(async () => (await viewState(page)).emphasis?.reason).toBe("cypher");
    const emphasis = (await viewState(page)).emphasis!;
    expect(sorted(emphasis.nodes)).toEqual(sorted(new Set(expected.graph.nodes.map((n) => n.key))));
    const keys = new Set(await nodeKeys(page));
    for (const n of expected.graph.nodes) expect(keys.has(n.key)).toBe(true);
    expect(await cypherConsole(page).locator(".cypher-summary").textContent()).toContain("Drawn on the graph");
    expect(page.url()).toContain("cypher=");
    await settle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/cypher-result.png` });
  });

  it("shows a result without nodes as a table", async () => {
    const query = "MATCH (e:Entity) RETURN e.name AS name, e.type AS type ORDER BY name LIMIT 10";
    const expected = await api.cypher(query);
    await runQuery(query);
    const table = cypherConsole(page).getByRole("table", { name: "Query result" });
    expect(await table.locator("th").allTextContents()).toEqual(expected.columns);
    expect(await table.locator("tbody tr").count()).toBe(expected.rows.length);
    expect(await table.locator("tbody tr").first().locator("td").first().textContent()).toBe(expected.rows[0]![0]);
    await page.screenshot({ path: `${SCREENSHOTS}/cypher-table.png` });
  });

  it("refuses a write with a clear message and writes nothing", async () => {
    const before = await countAllNodes();
    await runQuery("CREATE (n) RETURN n");
    const alert = cypherConsole(page).getByRole("alert");
    await expect.poll(() => alert.textContent()).toMatch(/Write refused.*read-only/);
    expect(await countAllNodes()).toBe(before);
    await page.screenshot({ path: `${SCREENSHOTS}/cypher-refused.png` });
  });

  it("explains a syntax error in the console", async () => {
    await runQuery("MATCH (n RETURN n");
    await expect.poll(() => cypherConsole(page).getByRole("alert").textContent()).toMatch(/^Syntax error\./);
  });

  describe("exports", () => {
    async function exportAs(format: string, scope = "Current view"): Promise<string[]> {
      const toggle = page.getByRole("button", { name: "Export", exact: true });
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
      const menu = page.getByRole("group", { name: "Export options" });
      await menu.getByRole("radio", { name: scope }).check();
      const received: Download[] = [];
      const all = new Promise<void>((resolve) => {
        const onDownload = (d: Download) => {
          received.push(d);
          if (received.length === 1) {
            page.off("download", onDownload);
            resolve();
          }
        };
        page.on("download", onDownload);
      });
      await menu.getByRole("button", { name: format, exact: true }).click();
      const failed = menu
        .getByRole("status")
        .filter({ hasText: "Export failed" })
        .waitFor({ timeout: 20_000 })
        .then(async () => {
          throw new Error((await menu.getByRole("status").textContent()) ?? "export failed");
        });
      await Promise.race([all, failed.catch((e: Error) => (e.message.includes("Timeout") ? all : Promise.reject(e)))]);
      return Promise.all(
        received.map(async (d) => {
          const path = join(downloads, d.suggestedFilename());
          await d.saveAs(path);
          return path;
        }),
      );
    }

    it("JSON is the graphology serialisation of the view, attributes as the API gave them", async () => {
      const [file] = await exportAs("JSON");
      const graph = Graph.from(JSON.parse(readFileSync(file!, "utf8")));
      expect(graph.order).toBe(await nodeCount(page));
      expect(sorted(graph.nodes())).toEqual(await nodeKeys(page));
      const entity = graph.findNode((_, a) => a.kind === "Entity")!;
      expect(graph.getNodeAttributes(entity)).toMatchObject({
        name: expect.any(String),
        type: expect.any(String),
        aliases: expect.any(Array),
      });
      expect(graph.getNodeAttribute(entity, "color")).toBeUndefined();
      graph.forEachEdge((_, a) => expect(REL_TYPES).toContain(a.type));
    });

    it("GEXF is read by networkx (a second, independent parser), colours as r, g, b", async () => {
      const [gexf] = await exportAs("GEXF");
      // Debian's python3-networkx (.ci/run installs it): read_gexf needs viz:color's r, g and b.
      const script = [
        "import json, sys, networkx as nx",
        "g = nx.read_gexf(sys.argv[1])",
        "colors = [d.get('viz', {}).get('color') for _, d in g.nodes(data=True)]",
        "print(json.dumps({'nodes': sorted(g.nodes()), 'edges': g.number_of_edges(), 'colors': colors}))",
      ].join("\n");
      const read = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, gexf!], { encoding: "utf8" })) as {
        nodes: string[];
        edges: number;
        colors: ({ r: number; g: number; b: number } | null)[];
      };
      expect(read.nodes).toEqual(await nodeKeys(page));
      expect(read.edges).toBeGreaterThan(0);
      for (const color of read.colors)
        expect(color).toMatchObject({ r: expect.any(Number), g: expect.any(Number), b: expect.any(Number) });
    });

    it("GEXF and GraphML parse back with the same nodes", async () => {
      const [gexf] = await exportAs("GEXF");
      const fromGexf = parseGexf(Graph, readFileSync(gexf!, "utf8"), { allowUndeclaredAttributes: true });
      expect(sorted(fromGexf.nodes())).toEqual(await nodeKeys(page));
      const [graphml] = await exportAs("GraphML");
      const fromGraphml = parseGraphml(Graph, readFileSync(graphml!, "utf8"));
      expect(sorted(fromGraphml.nodes())).toEqual(await nodeKeys(page));
      expect(fromGraphml.size).toBe(fromGexf.size);
    });

    it("CSV comes as one zip of a nodes file and an edges file", async () => {
      const [zipPath] = await exportAs("CSV");
      expect(zipPath).toMatch(/-csv\.zip$/);
      const zip = await JSZip.loadAsync(readFileSync(zipPath!));
      const names = Object.keys(zip.files).sort();
      expect(names).toEqual(["claimgraph-view-edges.csv", "claimgraph-view-nodes.csv"]);
      const byName = {
        nodes: await zip.file("claimgraph-view-nodes.csv")!.async("string"),
        edges: await zip.file("claimgraph-view-edges.csv")!.async("string"),
      };
      const rows = (text: string) => text.trimEnd().split("\r\n");
      expect(rows(byName.nodes!)[0]).toMatch(/^key,/);
      expect(rows(byName.edges!)[0]).toMatch(/^key,source,target,/);
      // Quoted fields may hold line breaks, so count records by their key column instead of lines.
      const order = await nodeCount(page);
      const nodeRecords = byName.nodes!.split(/\r\n(?=[ecs]:[0-9a-f]{16},)/).length - 1;
      expect(nodeRecords).toBe(order);
    });

    it("PNG is the canvas at 2x with a title band, without the nodes a selection fades", async () => {
      await searchAndPick(page, "DeepSe", "DeepSeek");
      await settle(page);
      const keys = await nodeKeys(page);
      const faded = [];
      for (const key of keys) if ((await display(page, key))?.color === FADED_NODE_COLOR) faded.push(key);
      expect(faded.length).toBeGreaterThan(0); // the screen shows faded nodes, so the image could too

      const [png] = await exportAs("PNG");
      const bytes = readFileSync(png!);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const screen = await page.evaluate(() => {
        const box = document.querySelector("#graph")!.getBoundingClientRect();
        return { width: box.width, height: box.height, ratio: window.devicePixelRatio };
      });
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect(bytes.readUInt32BE(16)).toBe(Math.round(screen.width * screen.ratio) * 2);
      expect(bytes.readUInt32BE(20)).toBe(Math.round(screen.height * screen.ratio) * 2 + 64 * 2 * screen.ratio);
      writeFileSync(join(SCREENSHOTS, "png-export.png"), bytes);

      // Pixels of the faded colour, counted by the browser's own PNG decoder: a faded node drawn
      // would leave dozens of them.
      const fadedPixels = await page.evaluate(
        async ({ data, rgb }) => {
          // An <img> (the CSP allows data: images, not data: fetches).
          const image = new Image();
          image.src = `data:image/png;base64,${data}`;
          await image.decode();
          const canvas = new OffscreenCanvas(image.width, image.height);
          const ctx = canvas.getContext("2d")!;
          ctx.drawImage(image, 0, 0);
          const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
          let n = 0;
          for (let i = 0; i < pixels.length; i += 4)
            if (pixels[i] === rgb[0] && pixels[i + 1] === rgb[1] && pixels[i + 2] === rgb[2]) n++;
          return n;
        },
        { data: bytes.toString("base64"), rgb: [0xe3, 0xe6, 0xeb] },
      );
      expect(fadedPixels).toBeLessThan(10);
    });

    it("the selected node's neighbourhood scope exports what the API has around it", async () => {
      const key = await api.entityKey("DeepSeek");
      await searchAndPick(page, "DeepSe", "DeepSeek");
      const [file] = await exportAs("JSON", "Selected node's neighbourhood");
      const graph = Graph.from(JSON.parse(readFileSync(file!, "utf8")));
      const expected = await api.neighbourhood(key);
      expect(sorted(graph.nodes())).toEqual(sorted(expected.nodes.map((n) => n.key)));
    });
  });
});
