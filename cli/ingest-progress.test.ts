// `claimgraph ingest` says how far it is and how fast it goes at 10%, 50% and 100%, also where no bar
// can be drawn (stderr is a pipe here, as in a CI log).
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { reset } from "../graph/store.ts";
import { openTestDb } from "../test-support/db.ts";

const folder = mkdtempSync(join(tmpdir(), "claimgraph-progress-"));

beforeAll(async () => {
  const db = await openTestDb();
  await reset(db);
  await db.close();
  for (let i = 1; i <= 10; i++)
    writeFileSync(join(folder, `note-${i}.txt`), `Harbor Works opened plant number ${i} in Tallinn in 20${10 + i}.`);
});

describe("ingest progress", () => {
  it("prints the share done and documents per second at 10%, 50% and 100%", async () => {
    const { uri, user, password } = inject("neo4j");
    const { stderr } = await promisify(execFile)(process.execPath, ["bin/claimgraph.js", "ingest", folder], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
      timeout: 180_000,
    });
    const lines = stderr.split("\n").filter((l) => l.startsWith("ingest: "));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ingest: 10% \(1\/10 documents\), \d+(\.\d)? docs\/s$/);
    expect(lines[1]).toMatch(/^ingest: 50% \(5\/10 documents\), \d+(\.\d)? docs\/s$/);
    expect(lines[2]).toMatch(/^ingest: 100% \(10\/10 documents\), \d+(\.\d)? docs\/s$/);
  });
});
