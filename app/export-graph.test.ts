// Exports from the real test Neo4j, through the library and through the CLI itself.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  ACME,
  BUILT,
  DOC_A,
  DOC_B,
  HIRED,
  MINISTRY,
  NORWAY,
  SAID,
  ZETA,
  seedFixture,
} from "../graph/api/test-fixture.ts";
import { claimId } from "../graph/ids.ts";
import { parseDateRange } from "../graph/date-range.ts";
import type { Executor } from "../graph/executor.ts";
import { openTestDb } from "../test-support/db.ts";
import { exportGraphFiles, outputPaths, writeExportFiles } from "./export-graph.ts";

let db: Executor;
beforeAll(async () => {
  db = await openTestDb();
  await seedFixture(db);
});
afterAll(() => db.close());

const ABOUT_ACME = `MATCH p = (:Claim)-[:ABOUT]->(:Entity {name: '${ACME.name}'}) RETURN p`;
const lines = (text: string) => text.trimEnd().split("\r\n");

describe("exportGraphFiles", () => {
  it("exports exactly what a Cypher query returns, as CSV nodes and edges", async () => {
    const r = await exportGraphFiles(db, { format: "csv", depth: 1, cypher: ABOUT_ACME });
    expect([r.nodes, r.edges, r.truncated]).toEqual([3, 2, false]);
    const [nodes, edges] = r.files.map((f) => f.text);
    expect(lines(nodes!)).toHaveLength(1 + 3);
    expect(lines(edges!)).toHaveLength(1 + 2);
    // The claim with quotes and a comma stays one field.
    expect(nodes).toContain(`"${SAID.replace(/"/g, '""')}"`);
    expect(nodes).toContain(HIRED);
  });

  it("refuses a writing query and a request that chooses the graph twice", async () => {
    await expect(
      exportGraphFiles(db, { format: "json", depth: 1, cypher: "MATCH (n) DETACH DELETE n" }),
    ).rejects.toThrow(/^cypher: this console is read-only/);
    await expect(
      exportGraphFiles(db, { format: "json", depth: 1, cypher: "RETURN 1", entity: "Acme" }),
    ).rejects.toThrow(/only one of them/);
  });

  it("names CSV files from a prefix or puts them in a folder; one-file formats go where asked", async () => {
    const dir = mkdtempSync(join(tmpdir(), "export-"));
    const csv = (await exportGraphFiles(db, { format: "csv", depth: 1 })).files;
    expect(await outputPaths(join(dir, "g.csv"), csv)).toEqual([join(dir, "g-nodes.csv"), join(dir, "g-edges.csv")]);
    expect(await outputPaths(join(dir, "g"), csv)).toEqual([join(dir, "g-nodes.csv"), join(dir, "g-edges.csv")]);
    expect(await outputPaths(dir, csv)).toEqual([join(dir, "graph-nodes.csv"), join(dir, "graph-edges.csv")]);
    const json = (await exportGraphFiles(db, { format: "json", depth: 1 })).files;
    expect(await writeExportFiles(join(dir, "new", "g.json"), json)).toEqual([join(dir, "new", "g.json")]);
    expect(JSON.parse(readFileSync(join(dir, "new", "g.json"), "utf8")).nodes).toHaveLength(9);
  });
});

describe("exportGraphFiles with a date range", () => {
  // The fixture: document a (2024-05-01) states SAID and HIRED; document b (undated) states BUILT.
  const exported = async (dates: ReturnType<typeof parseDateRange>, entity?: string) => {
    const r = await exportGraphFiles(db, {
      format: "json",
      depth: 1,
      ...(dates ? { dates } : {}),
      ...(entity ? { entity } : {}),
    });
    const graph = JSON.parse(r.files[0]!.text) as {
      nodes: Array<{ key: string }>;
      edges: Array<{ source: string; target: string; attributes: { type: string } }>;
    };
    return { keys: graph.nodes.map((n) => n.key).sort(), edges: graph.edges, r };
  };

  it("exports the claims dated in the range with the entities and sources they link to, and nothing undated", async () => {
    const { keys, edges } = await exported(parseDateRange("2024-05-01", "2024-05-31"));
    expect(keys).toEqual([claimId(SAID), claimId(HIRED), ACME.id, NORWAY.id, MINISTRY.id, DOC_A].sort());
    for (const left of [claimId(BUILT), ZETA.id, DOC_B]) expect(keys).not.toContain(left);
    // Every relationship among them comes along, and none points outside the export.
    expect(edges.map((e) => e.attributes.type).sort()).toEqual([
      "ABOUT",
      "ABOUT",
      "ABOUT",
      "ATTRIBUTED_TO",
      "MENTIONS",
      "MENTIONS",
      "STATED_IN",
      "STATED_IN",
    ]);
    for (const e of edges) expect(keys).toEqual(expect.arrayContaining([e.source, e.target]));
  });

  it("takes years and months as bounds and leaves open ends open; a range before or after the claims is empty", async () => {
    expect((await exported(parseDateRange("2024", undefined))).keys).toContain(claimId(SAID));
    expect((await exported(parseDateRange(undefined, "2024-05"))).keys).toContain(claimId(HIRED));
    expect((await exported(parseDateRange("2024-05-02", undefined))).keys).toEqual([]);
    expect((await exported(parseDateRange(undefined, "2024-04"))).keys).toEqual([]);
  });

  it("narrows an entity's neighbourhood to the claims in range, dropping what only the others tied to it", async () => {
    const inRange = await exported(parseDateRange("2024-01-01", "2024-12-31"), "Acme");
    expect(inRange.keys).toEqual([ACME.id, claimId(SAID), claimId(HIRED), DOC_A].sort());
    const outOfRange = await exported(parseDateRange("2025-01-01", undefined), "Acme");
    // The document still mentions Acme; the claims about it are of another time.
    expect(outOfRange.keys).toEqual([ACME.id, DOC_A].sort());
    expect(outOfRange.edges.map((e) => e.attributes.type)).toEqual(["MENTIONS"]);
  });

  it("refuses a date range with --cypher, and dates that are not dates, saying what it takes", async () => {
    await expect(
      exportGraphFiles(db, { format: "json", depth: 1, cypher: "RETURN 1", dates: parseDateRange("2024", "2024")! }),
    ).rejects.toThrow(/--cypher exports exactly what the query returns.*put the dates in the query/);
    expect(() => parseDateRange("2024-02-30", undefined)).toThrow(
      'export: --since "2024-02-30" is not a date; give YYYY-MM-DD, YYYY-MM or YYYY',
    );
    expect(() => parseDateRange(undefined, "May 2024")).toThrow(/--until "May 2024" is not a date/);
    expect(() => parseDateRange("2024-13", undefined)).toThrow(/--since "2024-13" is not a date/);
    expect(() => parseDateRange("2024-06", "2024-05")).toThrow(/--since 2024-06 is after --until 2024-05/);
    expect(parseDateRange("2024-02", "2024-02")).toEqual({ since: "2024-02-01", until: "2024-02-29" });
    expect(parseDateRange(undefined, undefined)).toBeUndefined();
  });
});

describe("claimgraph export (the CLI)", () => {
  it("writes --format csv for a --cypher query", async () => {
    const { uri, user, password } = inject("neo4j");
    const dir = mkdtempSync(join(tmpdir(), "export-cli-"));
    const { stderr } = await promisify(execFile)(
      process.execPath,
      ["bin/claimgraph.js", "export", "--format", "csv", "--cypher", ABOUT_ACME, "--out", join(dir, "acme.csv")],
      { env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password } },
    );
    expect(stderr).toMatch(/Wrote 3 nodes and 2 edges to .*acme-nodes\.csv and .*acme-edges\.csv \(csv\)/);
    expect(lines(readFileSync(join(dir, "acme-nodes.csv"), "utf8"))).toHaveLength(4);
    expect(lines(readFileSync(join(dir, "acme-edges.csv"), "utf8"))[0]).toBe("key,source,target,type");
  });

  it("writes only the claims dated in --since/--until, and stops at a bad date with a clear message", async () => {
    const { uri, user, password } = inject("neo4j");
    const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
    const dir = mkdtempSync(join(tmpdir(), "export-cli-"));
    const out = join(dir, "may.json");
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ["bin/claimgraph.js", "export", "--out", out, ...args], { env });
    const { stderr } = await run("--since", "2024-05", "--until", "2024-05");
    expect(stderr).toMatch(/Wrote 6 nodes and 8 edges to .*may\.json \(json\)/);
    const keys = (JSON.parse(readFileSync(out, "utf8")).nodes as Array<{ key: string }>).map((n) => n.key);
    expect(keys).toContain(claimId(SAID));
    expect(keys).not.toContain(claimId(BUILT));
    const failed = await run("--since", "2024-5-1").then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr.trim()).toBe(
      'export: --since "2024-5-1" is not a date; give YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2023-03-31, 2023-03, 2023)',
    );
  });
});
