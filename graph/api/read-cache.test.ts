// The read cache against the real test Neo4j: an answer asked twice is the same, and any write in
// between (even one that leaves the graph's counts as they were) gives the new answer; with a
// freshness window, a version check is trusted that long and no longer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../../test-support/db.ts";
import type { Executor } from "../executor.ts";
import { counts, upsertBatch } from "../store.ts";
import { createReadCache } from "./read-cache.ts";
import { startServer, type Server } from "./serve.ts";
import { ZETA, documentB, seedFixture } from "./test-fixture.ts";

let db: Executor;
let server: Server;
beforeAll(async () => {
  db = await openTestDb();
  await seedFixture(db);
  server = await startServer({ db, host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server?.close();
  await db.close();
});

const quotes = async () => {
  const res = await fetch(new URL(`/api/nodes/${encodeURIComponent(ZETA.id)}`, server.url));
  const body = (await res.json()) as { statements: { quote: string }[] };
  return body.statements.map((s) => s.quote);
};

describe("read cache", () => {
  it("answers again from the graph after a write that keeps the counts", async () => {
    const first = await quotes();
    expect(first).toEqual(["Zeta Fusion built a reactor."]);
    expect(await quotes()).toEqual(first);

    const before = await counts(db);
    await upsertBatch(db, documentB("Zeta Fusion built a turbine."));
    expect(await counts(db)).toEqual(before); // the same shape: only the version's write time tells
    expect(await quotes()).toEqual(["Zeta Fusion built a turbine."]);
  });
});

describe("read cache with a freshness window", () => {
  // Each compute reads what the graph says now, so a cached answer shows as an older value.
  const claimsOfZeta = async () => {
    const rows = await db.read({
      query: "MATCH (c:Claim)-[:STATED_IN]->(:Source) WHERE c.text STARTS WITH 'Zeta' RETURN c.text AS t ORDER BY t",
      routing: "READ",
    });
    return rows.map((r) => r.get("t") as string);
  };
  const answer = async (cache: ReturnType<typeof createReadCache>) =>
    JSON.parse(new TextDecoder().decode(await cache("zeta", claimsOfZeta))) as string[];

  it("answers from the cache within the window, even after a write", async () => {
    await upsertBatch(db, documentB("Zeta Fusion built a pump."));
    const cache = createReadCache(db, { freshForMs: 60_000 });
    expect(await answer(cache)).toEqual(["Zeta Fusion built a pump."]);
    await upsertBatch(db, documentB("Zeta Fusion built a valve."));
    expect(await answer(cache)).toEqual(["Zeta Fusion built a pump."]);
  });

  it("shows a write once the window has passed", async () => {
    await upsertBatch(db, documentB("Zeta Fusion built a pump."));
    const cache = createReadCache(db, { freshForMs: 200 });
    expect(await answer(cache)).toEqual(["Zeta Fusion built a pump."]);
    await upsertBatch(db, documentB("Zeta Fusion built a valve."));
    await expect.poll(() => answer(cache), { timeout: 10_000, interval: 50 }).toEqual(["Zeta Fusion built a valve."]);
  });
});
