// Linking at ingest on the real test Neo4j: documents written here that contradict and corroborate
// each other get links with a why and counts on their claims; a changed document loses the links it
// no longer supports; `link --all` rebuilds the same links as ingest made.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../app/ingest-paths.ts";
import { createExtractor } from "../ingest/extract.ts";
import { openTestDb } from "../test-support/db.ts";
import type { Executor } from "./executor.ts";
import { linkAll, linkCounts } from "./link-claims.ts";
import { reset } from "./store.ts";

const extract = createExtractor([
  { name: "Gantry Robotics", type: "Organization", aliases: [] },
  { name: "Wrenfield Port", type: "Organization", aliases: [] },
  { name: "Marlowe", type: "Product", aliases: [] },
]);

const dir = mkdtempSync(join(tmpdir(), "claimgraph-links-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

let db: Executor;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

type Row = { from: string; to: string; type: string; why: string };
const links = async (): Promise<Row[]> =>
  (
    await db.read({
      query: `MATCH (a:Claim)-[l:CORROBORATES|CONTRADICTS]->(b:Claim)
              RETURN a.text AS from, b.text AS to, type(l) AS type, l.why AS why ORDER BY from, to`,
      routing: "READ",
    })
  ).map((r) => ({ from: r.get("from"), to: r.get("to"), type: r.get("type"), why: r.get("why") }));

const countsOf = async (textPart: string) => {
  const [r] = await db.read({
    query: `MATCH (c:Claim) WHERE c.text CONTAINS $t RETURN c.corroborations AS co, c.contradictions AS con`,
    params: { t: textPart },
    routing: "READ",
  });
  const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
  return { corroborations: n(r?.get("co")), contradictions: n(r?.get("con")) };
};

describe("linking at ingest", () => {
  const a = write("arm-a.txt", "Gantry Robotics says its Marlowe arm lifts 340 kilograms.");
  const b = write("arm-b.txt", "Independent tests show the Marlowe arm from Gantry Robotics lifts only 90 kilograms.");
  const c = write("port-c.txt", "Wrenfield Port handled 3.4 million containers last year.");
  const d = write("port-d.txt", "Wrenfield Port moved about 3.4 million containers last year, its owners said.");

  it("links a contradiction and a corroboration, each with its why, and counts them on both claims", async () => {
    const summary = await ingestPaths(db, [a, b, c, d], extract);
    expect(summary.links).toEqual({ corroborates: 1, contradicts: 1 });
    const rows = await links();
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          from: expect.stringContaining("only 90 kilograms"),
          to: expect.stringContaining("340 kilograms"),
          type: "CONTRADICTS",
          why: expect.stringMatching(/^90e3 vs 340e3 g\b.*Marlowe|^90e3 vs 340e3 g/),
        },
        {
          from: expect.stringContaining("moved about"),
          to: expect.stringContaining("handled 3.4 million"),
          type: "CORROBORATES",
          why: expect.stringContaining("3.4e6"),
        },
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(await countsOf("340 kilograms")).toEqual({ corroborations: 0, contradictions: 1 });
    expect(await countsOf("only 90 kilograms")).toEqual({ corroborations: 0, contradictions: 1 });
    expect(await countsOf("handled 3.4 million")).toEqual({ corroborations: 1, contradictions: 0 });
  });

  it("drops the contradiction and its counts when the document changes so it no longer disagrees", async () => {
    write("arm-b.txt", "Independent tests show the Marlowe arm from Gantry Robotics weighs 410 kilograms itself.");
    const summary = await ingestPaths(db, [b], extract);
    expect(summary.documents.map((x) => x.result.status)).toEqual(["updated"]);
    const rows = await links();
    expect(rows.filter((r) => r.type === "CONTRADICTS")).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(await countsOf("340 kilograms")).toEqual({ corroborations: 0, contradictions: 0 });
  });

  it("link --all rebuilds exactly the links ingest made", async () => {
    write("arm-b.txt", "Independent tests show the Marlowe arm from Gantry Robotics lifts only 90 kilograms.");
    await ingestPaths(db, [b], extract);
    const incremental = await links();
    expect(incremental).toHaveLength(2);
    const counts = await linkAll(db);
    expect(counts).toEqual({ corroborates: 1, contradicts: 1 });
    expect(await links()).toEqual(incremental);
    expect(await linkCounts(db)).toEqual(counts);
    expect(await countsOf("340 kilograms")).toEqual({ corroborations: 0, contradictions: 1 });
  });

  it("ingest without linking writes no links, and link --all then makes those ingest would have", async () => {
    const withLinks = await links();
    await reset(db);
    await ingestPaths(db, [a, b, c, d], extract, { link: false });
    expect(await links()).toEqual([]);
    await linkAll(db);
    expect(await links()).toEqual(withLinks);
  });
});
