// Constraints and indexes; every statement is idempotent (IF NOT EXISTS).
import type { Query } from "../executor.ts";

const w = (query: string): Query => ({ query, routing: "WRITE" });

export const schemaQueries: Query[] = [
  w("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE"),
  w("CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE"),
  w("CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE"),
  w("CREATE CONSTRAINT quantity_id IF NOT EXISTS FOR (n:Quantity) REQUIRE n.id IS UNIQUE"),
  w("CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)"),
  // Figures by unit or by kind and value: `(q:Quantity {unit: 'USD'}) WHERE q.value > 1e9` and
  // `(q:Quantity {kind: 'percent'}) WHERE q.value >= 30` are index seeks (equality, then range).
  w("CREATE INDEX quantity_unit_value IF NOT EXISTS FOR (n:Quantity) ON (n.unit, n.value)"),
  w("CREATE INDEX quantity_kind_value IF NOT EXISTS FOR (n:Quantity) ON (n.kind, n.value)"),
  // Figures of one measure ("revenue") across the graph.
  w("CREATE INDEX quantity_measure IF NOT EXISTS FOR (n:Quantity) ON (n.measure)"),
  // Date ranges (export --since/--until) seek claims by date instead of scanning them all.
  w("CREATE INDEX claim_published IF NOT EXISTS FOR (n:Claim) ON (n.publishedAt)"),
  // The latest write (graph/api/read-cache.ts): one index seek however many sources there are.
  w("CREATE INDEX source_ingested IF NOT EXISTS FOR (n:Source) ON (n.ingestedAt)"),
  w("CREATE INDEX source_linked IF NOT EXISTS FOR (n:Source) ON (n.linkedAt)"),
  // Full-text search over what people type: names and aliases, source titles, claim text.
  w(
    "CREATE FULLTEXT INDEX entity_source_search IF NOT EXISTS FOR (n:Entity|Source) ON EACH [n.name, n.aliasText, n.title]",
  ),
  w("CREATE FULLTEXT INDEX claim_search IF NOT EXISTS FOR (n:Claim) ON EACH [n.text]"),
];

export const awaitIndexes: Query = { query: "CALL db.awaitIndexes(60)", routing: "READ" };

/**
 * Whether the claim-date index exists. It came with claim dates, so a database without it was written
 * before claims carried dates, and its claims are dated once (store.ts ensureSchema).
 */
export const claimDatesIndexExists: Query = {
  query: "SHOW INDEXES YIELD name WHERE name = 'claim_published' RETURN count(*) AS n",
  routing: "READ",
};
