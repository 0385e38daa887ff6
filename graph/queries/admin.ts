import type { Query } from "../executor.ts";
import { int } from "../neo4j-values.ts";
import { isModelNode } from "./read.ts";

export const countsQuery: Query = {
  query: `CALL () { MATCH (n) RETURN count(n) AS nodes }
          CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
          CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
          CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
          CALL () { MATCH (n:Source) RETURN count(n) AS sources }
          CALL () { MATCH (n:Quantity) RETURN count(n) AS quantities }
          RETURN nodes, relationships, entities, claims, sources, quantities`,
  routing: "READ",
};

/**
 * What changes whenever the graph does: its size, and when a document was last written or linked (a
 * changed document, or relinking, may leave the counts as they were). From the count store and two
 * index seeks.
 */
export const graphVersionQuery: Query = {
  query: `CALL () { MATCH (n) RETURN count(n) AS nodes }
          CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
          CALL () {
            OPTIONAL MATCH (s:Source) WHERE s.ingestedAt IS NOT NULL
            WITH s ORDER BY s.ingestedAt DESC LIMIT 1
            RETURN toString(s.ingestedAt) AS written
          }
          CALL () {
            OPTIONAL MATCH (s:Source) WHERE s.linkedAt IS NOT NULL
            WITH s ORDER BY s.linkedAt DESC LIMIT 1
            RETURN toString(s.linkedAt) AS linked
          }
          RETURN nodes + '/' + relationships + '/' + coalesce(written, '') + '/' + coalesce(linked, '') AS version`,
  routing: "READ",
};

/**
 * Up to `limit` nodes of the model's kinds go, with their relationships; nodes of other labels (a
 * user's own) stay. Run until it deletes none: one transaction for a whole large graph (500,000
 * relationships) outgrew Neo4j's transaction memory.
 */
export const resetSomeQuery = (limit: number): Query => ({
  query: `MATCH (n) WHERE ${isModelNode("n")} WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted`,
  params: { limit: int(limit) },
  routing: "WRITE",
});
