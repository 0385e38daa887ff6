import type { Query } from "../executor.ts";
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

/** Every node of the model's kinds goes; nodes of other labels (a user's own) stay. */
export const resetQuery: Query = {
  query: `MATCH (n) WHERE ${isModelNode("n")} DETACH DELETE n`,
  routing: "WRITE",
};
