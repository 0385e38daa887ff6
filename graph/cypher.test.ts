// The read-only Cypher runner against the real test Neo4j: what it returns, and what it refuses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../test-support/db.ts";
import { ACME, DOC_A, HIRED, MINISTRY, seedFixture } from "./api/test-fixture.ts";
import { CypherError, runReadOnlyCypher } from "./cypher.ts";
import { MAX_VALUES } from "./cypher-values.ts";
import type { Executor } from "./executor.ts";
import { claimId } from "./ids.ts";
import { counts } from "./store.ts";

let db: Executor;
beforeAll(async () => {
  db = await openTestDb();
  await seedFixture(db);
});
afterAll(() => db.close());

const run = (query: string, more: { params?: Record<string, unknown>; limit?: number; timeoutMs?: number } = {}) =>
  runReadOnlyCypher(db, { query, params: more.params ?? {}, limit: more.limit ?? 1000 }, { timeoutMs: more.timeoutMs });

const refusedWith = async (query: string, opts: Parameters<typeof run>[1] = {}) => {
  const error = await run(query, opts).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CypherError);
  return error as CypherError;
};

describe("runReadOnlyCypher", () => {
  it("returns the nodes and relationships as a graph and every cell as JSON", async () => {
    const r = await run(
      "MATCH (c:Claim)-[a:ABOUT]->(e:Entity {name: $name}) RETURN c, a, e.name AS name, size(c.text) AS chars, [1, 2] AS list ORDER BY c.text",
      { params: { name: ACME.name } },
    );
    expect(r.columns).toEqual(["c", "a", "name", "chars", "list"]);
    expect(r.rows).toHaveLength(2);
    const [c, a, name, chars, list] = r.rows.find((row) => (row[0] as { key: string }).key === claimId(HIRED))!;
    expect(c).toEqual({ key: claimId(HIRED), label: HIRED, kind: "Claim" });
    expect(a).toEqual({ type: "ABOUT", source: claimId(HIRED), target: ACME.id });
    expect([name, chars, list]).toEqual([ACME.name, HIRED.length, [1, 2]]);
    // The relationship's far end was not returned, yet the graph has it so the edge can be drawn.
    expect(r.graph.nodes.map((n) => n.key).sort()).toEqual(
      [ACME.id, ...r.rows.map((row) => (row[0] as { key: string }).key)].sort(),
    );
    expect(r.graph.edges).toHaveLength(2);
    expect(r.graph.nodes.find((n) => n.key === ACME.id)?.attributes).toMatchObject({ kind: "Entity", degree: 3 });
    expect(r.truncated).toBe(false);
  });

  it("turns paths into their nodes and relationships, and sends whole-number parameters as integers", async () => {
    const r = await run("MATCH p = (:Claim)-[:ATTRIBUTED_TO]->(:Entity) RETURN p LIMIT $n", { params: { n: 5 } });
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]![0]).toMatchObject({
      nodes: [{ kind: "Claim" }, { key: MINISTRY.id }],
      relationships: [{ type: "ATTRIBUTED_TO" }],
    });
    expect(r.graph.edges.map((e) => e.attributes.type)).toEqual(["ATTRIBUTED_TO"]);
  });

  it("refuses a write before it runs, and the graph is unchanged", async () => {
    const before = await counts(db);
    const e = await refusedWith("CREATE (n:Entity {id: 'x'}) RETURN n");
    expect(e.code).toBe("write-refused");
    expect(e.message).toMatch(/^cypher: this console is read-only/);
    for (const q of ["MATCH (n) DETACH DELETE n", "MATCH (n) SET n.x = 1", "CREATE INDEX x FOR (n:X) ON (n.y)"])
      expect((await refusedWith(q)).code).toBe("write-refused");
    expect(await counts(db)).toEqual(before);
  });

  it("refuses LOAD CSV, administration procedures and commands", async () => {
    expect((await refusedWith("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l")).code).toBe("load-csv-refused");
    expect((await refusedWith("CALL dbms.components()")).code).toBe("procedure-refused");
    expect((await refusedWith("TERMINATE TRANSACTIONS 'neo4j-transaction-1'")).code).toBe("admin-refused");
    // The server's own state and other sessions' queries are not the graph.
    for (const q of ["SHOW TRANSACTIONS", "SHOW SETTINGS", "SHOW PROCEDURES"])
      expect((await refusedWith(q)).code, q).toBe("admin-refused");
    for (const q of [
      "CALL db.stats.retrieve('GRAPH COUNTS')",
      "CALL db.stats.collect('QUERIES')",
      "CALL db.info()",
      "CALL db.ping()",
    ])
      expect((await refusedWith(q)).code, q).toBe("procedure-refused");
    // The procedures that help find one's way in the graph are allowed.
    expect((await run("CALL db.labels() YIELD label RETURN label ORDER BY label")).rows.flat()).toContain("Entity");
    expect((await run("CALL db.relationshipTypes()")).rows.length).toBeGreaterThan(0);
  });

  it("cuts a result holding more values than it sends, and says so", async () => {
    const r = await run("RETURN range(1, 2000000) AS r, 'x' AS y");
    expect(r.truncated).toBe(true);
    expect((r.rows[0]![0] as unknown[]).length).toBeLessThanOrEqual(MAX_VALUES);
    expect(r.rows[0]![1]).toBe("x");
  });

  it("refuses brackets or parameters nested too deep at once, with a clear message", async () => {
    const deep = `RETURN ${"(".repeat(500)}1${")".repeat(500)} AS x`;
    const e = await refusedWith(deep);
    expect([e.code, e.message]).toEqual(["invalid", expect.stringMatching(/nests brackets 500 deep/)]);
    let params: unknown = 1;
    for (let i = 0; i < 5000; i++) params = { a: params };
    const p = await runReadOnlyCypher(db, {
      query: "RETURN $a",
      params: params as Record<string, unknown>,
      limit: 10,
    }).catch((x: CypherError) => x);
    expect(p).toMatchObject({ code: "invalid", message: expect.stringMatching(/parameters nest/) });
  });

  it("answers a syntax error with Neo4j's message, and other queries it cannot run with code invalid", async () => {
    const e = await refusedWith("MATCH (n) RETURN n LIMT 1");
    expect(e.code).toBe("syntax");
    expect(e.message).toMatch(/^cypher: Invalid input 'LIMT'/);
    // The console's own EXPLAIN never shows, and the position is the one in the user's query.
    expect(e.message).not.toMatch(/EXPLAIN/);
    expect(e.message).toMatch(/column 20 \(offset: 19\)/);
    expect((await refusedWith("EXPLAIN MATCH (n) RETURN n")).message).toMatch(/leave out EXPLAIN and PROFILE/);
    expect((await refusedWith("RETURN $missing")).code).toBe("invalid");
    expect((await refusedWith("PROFILE MATCH (n) RETURN n")).message).toMatch(/leave out EXPLAIN and PROFILE/);
    const batched = await refusedWith("MATCH (n) CALL (n) { RETURN 1 AS one } IN TRANSACTIONS RETURN one");
    expect([batched.code, batched.message]).toEqual(["invalid", expect.stringMatching(/IN TRANSACTIONS/)]);
  });

  it("stops reading at the row cap and says the result was truncated", async () => {
    const r = await run("UNWIND range(1, 100000) AS i RETURN i", { limit: 50 });
    expect(r.rows).toEqual(Array.from({ length: 50 }, (_, i) => [i + 1]));
    expect(r.truncated).toBe(true);
    expect((await run("UNWIND range(1, 50) AS i RETURN i", { limit: 50 })).truncated).toBe(false);
  });

  it("stops a query that runs past the timeout", async () => {
    const started = Date.now();
    const e = await refusedWith("UNWIND range(1, 100000000) AS i WITH i WHERE i < 0 RETURN i", { timeoutMs: 200 });
    expect(e.code).toBe("timeout");
    expect(e.message).toMatch(/ran longer than 0.2 s/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("writes maps and temporal values as JSON", async () => {
    const r = await run("MATCH (d:Source {id: $id}) RETURN d, {kind: d.kind, at: date('2024-05-01')} AS info", {
      params: { id: DOC_A },
    });
    expect(r.rows[0]![1]).toEqual({ kind: "document", at: "2024-05-01" });
    expect(r.graph.nodes.map((n) => n.key)).toEqual([DOC_A]);
  });
});
