// Two `claimgraph ingest` processes at once on overlapping folders end with the graph one ingest
// makes: every write is a MERGE on a unique id, and a conflict between the two is retried, not lost.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Executor } from "../graph/executor.ts";
import { counts, reset } from "../graph/store.ts";
import { openTestDb } from "../test-support/db.ts";

const ingest = (paths: string[]) => {
  const { uri, user, password } = inject("neo4j");
  return promisify(execFile)(process.execPath, ["bin/claimgraph.js", "ingest", ...paths], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    timeout: 180_000,
  });
};

let db: Executor;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

describe("two ingests at once", () => {
  it("on overlapping folders give the same counts as one", async () => {
    // The seeds and the same seeds under another folder: the second process overlaps the first.
    const copy = mkdtempSync(join(tmpdir(), "claimgraph-overlap-"));
    cpSync("seeds", copy, { recursive: true });
    await reset(db);
    await ingest(["seeds", copy]);
    const once = await counts(db);
    await reset(db);
    const results = await Promise.all([ingest(["seeds", copy]), ingest([copy, "seeds"])]);
    for (const r of results) expect(r.stderr).not.toMatch(/skipped/);
    expect(await counts(db)).toEqual(once);
  });
});
