import type { Query } from "../executor.ts";

export const countsQuery: Query = {
  query: `CALL () { MATCH (n) RETURN count(n) AS nodes }
          CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
          CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
          CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
          CALL () { MATCH (n:Source) RETURN count(n) AS sources }
          RETURN nodes, relationships, entities, claims, sources`,
  routing: "READ",
};

export const resetQuery: Query = {
  query: "MATCH (n) WHERE n:Entity OR n:Claim OR n:Source DETACH DELETE n",
  routing: "WRITE",
};
