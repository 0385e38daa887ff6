// Quantity nodes and the new relationship types on the real test Neo4j: written at ingest, queried
// by unit and value through the console's read-only runner and the Cypher export, kept free of
// orphans when documents change, and read back by the explorer's queries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchFrom } from "../test-support/batch-of.ts";
import { exportGraphFiles } from "../app/export-graph.ts";
import { createExtractor } from "../ingest/extract.ts";
import { openTestDb } from "../test-support/db.ts";
import { runReadOnlyCypher } from "./cypher.ts";
import type { Executor } from "./executor.ts";
import { details } from "./explore.ts";
import { claimId } from "./ids.ts";
import { toNumber } from "./neo4j-values.ts";
import { graphOfIds, neighbourhood } from "./subgraph.ts";
import { upsertBatch } from "./store.ts";

const batchOf = batchFrom(
  createExtractor([
    { name: "Velmora Grid", type: "Organization", aliases: ["Velmora"] },
    { name: "Tarsk Mining", type: "Organization", aliases: [] },
    { name: "Quillon", type: "Place", aliases: [] },
  ]),
);

const BIG = "Velmora Grid reported revenue of $2.4 billion in Quillon last year.";
const SMALL = "Tarsk Mining paid $350 million for a smelter in Quillon.";
const SHARE = "Velmora Grid said its share of the Quillon market rose to 38%.";
const LATER = "Tarsk Mining reported revenue of $1.7 billion in Quillon.";
const ITEM_1 = "MATCH (c:Claim)-[:STATES]->(q:Quantity {unit: 'USD'}) WHERE q.value > 1e9 RETURN c, q";

let db: Executor;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const read = async (query: string, params: Record<string, unknown> = {}) =>
  await db.read({ query, params, routing: "READ" });
const orphanQuantities = async () =>
  toNumber((await read("MATCH (q:Quantity) WHERE NOT ()-[:STATES]->(q) RETURN count(q) AS n"))[0]!.get("n"));

describe("Quantity nodes", () => {
  it("are written at ingest with the value and unit of each figure a claim states", async () => {
    await upsertBatch(db, batchOf("/docs/velmora.txt", `${BIG} ${SHARE}`));
    await upsertBatch(db, batchOf("/docs/tarsk.txt", SMALL));
    const rows = await read(
      "MATCH (c:Claim)-[:STATES]->(q:Quantity) RETURN c.text AS claim, q.value AS value, q.unit AS unit, q.text AS text, q.id AS id ORDER BY value",
    );
    const figures = rows.map((r) => [r.get("claim"), r.get("value"), r.get("unit")]);
    expect(figures).toEqual(
      expect.arrayContaining([
        [SHARE, 38, "%"],
        [SMALL, 350e6, "USD"],
        [BIG, 2.4e9, "USD"],
      ]),
    );
    for (const r of rows) expect(r.get("id")).toMatch(/^q:[0-9a-f]{16}$/);
  });

  it("answer the issue's query in the console and in export --cypher, by an index seek", async () => {
    const inConsole = await runReadOnlyCypher(db, { query: ITEM_1, params: {}, limit: 100 });
    expect(inConsole.rows.map(([c]) => (c as { key: string }).key)).toEqual([claimId(BIG)]);
    const quantity = inConsole.graph.nodes.find((n) => n.attributes.kind === "Quantity");
    expect(quantity?.attributes).toMatchObject({ kind: "Quantity", label: "$2.4 billion", value: 2.4e9, unit: "USD" });
    // The query returns nodes only; with the relationship in the result it is drawn too.
    const withEdge = await runReadOnlyCypher(db, {
      query: ITEM_1.replace("[:STATES]", "[s:STATES]") + ", s",
      params: {},
      limit: 100,
    });
    expect(withEdge.graph.edges.map((e) => e.attributes.type)).toEqual(["STATES"]);

    const exported = await exportGraphFiles(db, { format: "json", depth: 1, cypher: ITEM_1 });
    const graph = JSON.parse(exported.files[0]!.text);
    expect(graph.nodes.map((n: { key: string }) => n.key)).toContain(claimId(BIG));
    expect(graph.nodes.map((n: { attributes: { label: string } }) => n.attributes.label)).toContain("$2.4 billion");

    const summary = await db.stream({ query: `EXPLAIN ${ITEM_1}`, params: {}, routing: "READ" }, () => true);
    const operators = JSON.stringify(summary.summary?.plan);
    // The plan names the index by its label and properties: quantity_unit_value (schema.ts).
    expect(operators).toMatch(/NodeIndexSeek[^}]*Quantity\(unit, value\) WHERE unit = \S+ AND value >/);
  });

  it("leave no orphan when a document changes or stops stating a claim", async () => {
    await upsertBatch(db, batchOf("/docs/velmora.txt", `${SHARE} ${LATER}`));
    expect(await orphanQuantities()).toBe(0);
    const stated = await read("MATCH (c:Claim)-[:STATES]->(q:Quantity) RETURN c.text AS claim, q.value AS v");
    expect(stated.map((r) => r.get("claim"))).not.toContain(BIG);
    expect(stated.map((r) => [r.get("claim"), r.get("v")])).toEqual(expect.arrayContaining([[LATER, 1.7e9]]));
    // Each claim's figures exactly once: re-ingesting the same claim rewrote, not added.
    const perClaim = await read("MATCH (c:Claim)-[:STATES]->(q) RETURN c.text AS t, count(q) AS n");
    for (const r of perClaim) expect(toNumber(r.get("n")), r.get("t")).toBe(1);
  });

  it("are rewritten for a claim that stays when its figures are read differently", async () => {
    const batch = batchOf("/docs/tarsk.txt", SMALL);
    const [claim] = batch.claims;
    claim!.quantities = [{ ...claim!.quantities[0]!, kind: "money", measure: "price" }];
    batch.quantities = batch.quantities.map((q) => ({ ...q, kind: "money", measure: "price" }));
    await upsertBatch(db, batch, { force: true });
    const [r] = await read("MATCH (:Claim {id: $id})-[:STATES]->(q) RETURN q.kind AS kind, q.measure AS m", {
      id: claimId(SMALL),
    });
    expect([r!.get("kind"), r!.get("m")]).toEqual(["money", "price"]);
    const quantity = (await graphOfIds(db, [batch.quantities[0]!.id])).nodes[0]!.attributes;
    expect(quantity).toMatchObject({ kind: "Quantity", quantityKind: "money", measure: "price" });
  });
});

describe("reads around claims", () => {
  const link = async (type: "CORROBORATES" | "CONTRADICTS", from: string, to: string, props: object) =>
    await db.writeTransaction((run) =>
      run({
        query: `MATCH (a:Claim {id: $from}), (b:Claim {id: $to}) MERGE (a)-[r:${type}]->(b) SET r = $props
                SET a.contradictions = 1, b.contradictions = 1`,
        params: { from, to, props },
        routing: "WRITE",
      }),
    );

  it("expanding a claim shows its quantities; expanding an entity does not", async () => {
    const claim = await neighbourhood(db, claimId(SMALL), 1);
    const quantities = claim.nodes.filter((n) => n.attributes.kind === "Quantity");
    expect(quantities).toHaveLength(1);
    // Expanding the quantity itself shows it with its claim.
    const own = await neighbourhood(db, quantities[0]!.key, 1);
    expect(own.nodes.map((n) => n.key).sort()).toEqual([claimId(SMALL), quantities[0]!.key].sort());
    expect(own.edges.map((e) => e.attributes.type)).toEqual(["STATES"]);
    const [tarsk] = await read("MATCH (e:Entity {name: 'Tarsk Mining'}) RETURN e.id AS id");
    const entity = await neighbourhood(db, tarsk!.get("id"), 2);
    expect(entity.nodes.map((n) => n.key)).toContain(claimId(SMALL));
    expect(entity.nodes.filter((n) => n.attributes.kind === "Quantity")).toEqual([]);
  });

  it("returns CONTRADICTS between loaded claims, lists it in Details, and recounts when a claim goes", async () => {
    await link("CONTRADICTS", claimId(LATER), claimId(SMALL), { why: "1.7e9 vs 350e6 USD, other measure" });
    const graph = await graphOfIds(db, [claimId(LATER), claimId(SMALL)]);
    expect(graph.edges.map((e) => e.attributes)).toEqual([
      { type: "CONTRADICTS", why: "1.7e9 vs 350e6 USD, other measure" },
    ]);
    const d = await details(db, claimId(SMALL));
    expect(d?.related.filter((r) => r.rel !== "ABOUT").map((r) => [r.rel, r.key])).toEqual(
      expect.arrayContaining([
        ["CONTRADICTS", claimId(LATER)],
        ["STATES", expect.stringMatching(/^q:/)],
      ]),
    );
    // The claim LATER goes with the new version of its document: SMALL is contradicted by nothing now.
    await upsertBatch(db, batchOf("/docs/velmora.txt", SHARE));
    const [r] = await read("MATCH (c:Claim {id: $id}) RETURN c.contradictions AS n", { id: claimId(SMALL) });
    expect(toNumber(r!.get("n"))).toBe(0);
    expect(await orphanQuantities()).toBe(0);
  });
});
