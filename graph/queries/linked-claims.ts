// The claims linked to one claim by CORROBORATES or CONTRADICTS (written by the linker), for Details.
import type { Query } from "../executor.ts";
import { int } from "../neo4j-values.ts";

/**
 * One row per other claim and link type, whichever way the edge points (a pair linked both ways
 * comes once, with the higher score). Each row carries the other claim's figures, as Quantity nodes
 * when it has them and as the JSON property otherwise, and where it is stated, so its quote can be
 * shown beside this claim's.
 */
export const linkedClaims = (id: string, limit = 100): Query => ({
  query: `MATCH (n:Claim {id: $id})-[l:CORROBORATES|CONTRADICTS]-(o:Claim) WHERE o <> n
     WITH type(l) AS rel, o, max(l.score) AS score, collect(l.why) AS whys
     ORDER BY rel, coalesce(score, 0) DESC, o.id LIMIT $limit
     CALL (o) {
       OPTIONAL MATCH (o)-[st:STATED_IN]->(s:Source)
       WITH st, s ORDER BY coalesce(s.title, s.uri), st.start
       RETURN collect(CASE WHEN st IS NULL THEN null ELSE {
         sourceId: s.id, sourceTitle: coalesce(s.title, s.uri), sourceUri: s.uri,
         start: st.start, end: st.end, quote: st.quote, page: st.page
       } END) AS statements
     }
     RETURN rel, o.id AS key, o.text AS text, o.quantities AS quantitiesJson,
            [(o)-[:STATES]->(q:Quantity) | properties(q)] AS quantityNodes,
            coalesce(whys[0], '') AS why, score, statements
     ORDER BY rel, coalesce(score, 0) DESC, key`,
  params: { id, limit: int(limit) },
  routing: "READ",
});
