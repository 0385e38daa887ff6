// Exports from the real test Neo4j, through the library and through the CLI itself.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ACME, HIRED, SAID, seedFixture } from "../graph/api/test-fixture.ts";
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
});
