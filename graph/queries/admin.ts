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

/** Every node of the model's kinds goes; nodes of other labels (a user's own) stay. */
export const resetQuery: Query = {
  query: `MATCH (n) WHERE ${isModelNode("n")} DETACH DELETE n`,
  routing: "WRITE",
};
