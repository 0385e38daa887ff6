// URLs through the whole write path into the real test Neo4j: fetched from a local fixture server,
// stored with their metadata, updated when the page changes, skipped with a reason when they fail.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Executor } from "../graph/executor.ts";
import { details } from "../graph/explore.ts";
import { sourceId } from "../graph/ids.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractor } from "../ingest/extract.ts";
import { openTestDb } from "../test-support/db.ts";
import {
  fixtureRoutes,
  page,
  startFixtureServer,
  versionedStory,
  type FixtureServer,
} from "../test-support/http-fixtures.ts";
import { ingestPaths, isUrl, urlsInList } from "./ingest-paths.ts";

const extract = createExtractor(readCatalogue("seeds/entities.json"));
let db: Executor;
let server: FixtureServer;
beforeAll(async () => {
  db = await openTestDb();
  server = await startFixtureServer(fixtureRoutes());
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const claimsOf = async (uri: string) =>
  (
    await db.read({
      query: "MATCH (c:Claim)-[:STATED_IN]->(:Source {uri: $uri}) RETURN c.text AS text ORDER BY text",
      params: { uri },
      routing: "READ",
    })
  ).map((r) => r.get("text") as string);

describe("ingestPaths with URLs", () => {
  it("stores a fetched article as a Source whose uri is the URL, with author, publisher and date", async () => {
    const url = server.url("/story.html");
    const summary = await ingestPaths(db, [url], extract);
    expect(summary.skipped).toEqual([]);
    expect(summary.documents).toEqual([{ path: url, result: expect.objectContaining({ status: "created" }) }]);
    const [row] = await db.read({
      query: "MATCH (s:Source {uri: $url}) RETURN s {.*, text: null} AS s",
      params: { url },
      routing: "READ",
    });
    expect(row!.get("s")).toMatchObject({
      kind: "document",
      uri: url,
      title: "Harbour ferries carry record numbers as the city adds night routes",
      author: "Ines Varga, Tomas Reyes",
      publisher: "The Northbay Courier",
      publishedAt: "2024-05-03T08:15:00+02:00",
    });
    expect(await claimsOf(url)).toEqual(expect.arrayContaining([expect.stringContaining("4.2 million passengers")]));
    // What the explorer's Details panel shows for the source.
    expect(await details(db, sourceId(url))).toMatchObject({
      attributes: expect.objectContaining({ author: "Ines Varga, Tomas Reyes", publisher: "The Northbay Courier" }),
    });
  });

  it("updates the Source when the page changed, and leaves it alone when it did not", async () => {
    const url = server.url("/water.html");
    server.route("/water.html", page(versionedStory(1)));
    expect((await ingestPaths(db, [url], extract)).documents[0]!.result.status).toBe("created");
    expect(await claimsOf(url)).toEqual(expect.arrayContaining([expect.stringContaining("3,400 lead pipes")]));

    server.route("/water.html", page(versionedStory(2)));
    expect((await ingestPaths(db, [url], extract)).documents[0]!.result.status).toBe("updated");
    const after = await claimsOf(url);
    expect(after).toEqual(expect.arrayContaining([expect.stringContaining("5,900 lead pipes")]));
    expect(after.join("\n")).not.toContain("3,400");
    const [row] = await db.read({
      query: "MATCH (s:Source {uri: $url}) RETURN count(s) AS n, collect(s.publishedAt)[0] AS at",
      params: { url },
      routing: "READ",
    });
    expect([row!.get("n").toNumber?.() ?? row!.get("n"), row!.get("at")]).toEqual([1, "2024-02-10"]);

    expect((await ingestPaths(db, [url], extract)).documents[0]!.result.status).toBe("unchanged");
  });

  it("skips a failing URL with its reason and still ingests the rest, files included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-urls-"));
    writeFileSync(join(dir, "local.txt"), "The Westmoor Rowing Club won 14 regattas in 2022, its captain said.");
    const missing = server.url("/missing.html");
    const summary = await ingestPaths(db, [missing, join(dir, "local.txt")], extract, {
      urls: [server.url("/meta-only.html"), server.url("/image.png")],
    });
    expect(summary.documents.map((d) => d.path)).toEqual([join(dir, "local.txt"), server.url("/meta-only.html")]);
    expect(summary.skipped).toEqual([
      { path: missing, reason: "404 Not Found" },
      { path: server.url("/image.png"), reason: "unsupported content type image/png" },
    ]);
  });

  it("applies the fetch limits it is given", async () => {
    const summary = await ingestPaths(db, [server.url("/slow")], extract, { fetch: { timeoutMs: 300 } });
    expect(summary.skipped).toEqual([{ path: server.url("/slow"), reason: "timed out after 0.3 s" }]);
  });
});

describe("URL arguments and lists", () => {
  it("tells URLs from paths and reads a list file", () => {
    expect(
      ["https://a.example/x", "HTTP://b.example", "ftp://c.example/f", "notes/http.txt", "C:\\docs"].map(isUrl),
    ).toEqual([true, true, true, false, false]);
    expect(urlsInList("# reading list\nhttps://a.example/1\n\n  https://a.example/2  \r\n# done\n")).toEqual([
      "https://a.example/1",
      "https://a.example/2",
    ]);
  });
});

describe("claimgraph ingest (the CLI)", () => {
  it("fetches URLs from arguments and --urls, names a 404 on one line, and ingests the rest", async () => {
    const { uri, user, password } = inject("neo4j");
    const list = join(mkdtempSync(join(tmpdir(), "urls-")), "urls.txt");
    writeFileSync(list, `# pages to read\n${server.url("/missing.html")}\n\n${server.url("/meta-only.html")}\n`);
    const { stderr } = await promisify(execFile)(
      process.execPath,
      ["bin/claimgraph.js", "ingest", server.url("/notes.txt"), "--urls", list, "--timeout", "5", "--force"],
      { env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password } },
    );
    const lines = stderr.split("\n");
    expect(lines.filter((l) => l.includes("skipped"))).toEqual([
      `  skipped ${server.url("/missing.html")}: 404 Not Found`,
    ]);
    expect(stderr).toMatch(/Ingested 2 document\(s\)/);
    const [row] = await db.read({
      query: "MATCH (s:Source) WHERE s.uri IN $uris RETURN collect(s.uri) AS uris",
      params: { uris: [server.url("/notes.txt"), server.url("/meta-only.html")] },
      routing: "READ",
    });
    expect((row!.get("uris") as string[]).sort()).toEqual([server.url("/meta-only.html"), server.url("/notes.txt")]);
  });
});
