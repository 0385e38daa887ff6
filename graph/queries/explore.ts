// Queries behind the explorer's API.
import type { Query } from "../executor.ts";
import { int } from "../neo4j-values.ts";

const r = (query: string, params: Record<string, unknown>): Query => ({ query, params, routing: "READ" });

/** The best connected entities, the documents, and the claims that tie two of those entities together. */
export const overviewIds = (limit: number) =>
  r(
    `CALL () {
       MATCH (e:Entity) RETURN e.id AS id, e ORDER BY COUNT { (e)--() } DESC, e.name LIMIT $limit
     }
     WITH collect(id) AS top, collect(e) AS topNodes
     CALL (topNodes) {
       UNWIND topNodes AS e
       MATCH (e)<-[:ABOUT]-(c:Claim)-[:ABOUT]->(other:Entity) WHERE other IN topNodes
       RETURN collect(DISTINCT c.id)[0..$claimLimit] AS claims
     }
     CALL () { MATCH (s:Source {kind: 'document'}) RETURN collect(s.id)[0..$limit] AS docs }
     RETURN top + claims + docs AS ids`,
    { limit: int(limit), claimLimit: int(limit * 2) },
  );

export const search = (lucene: string, limit: number) =>
  r(
    `CALL () {
       CALL db.index.fulltext.queryNodes('entity_source_search', $lucene, {limit: $limit}) YIELD node, score
       RETURN node, score
       UNION ALL
       CALL db.index.fulltext.queryNodes('claim_search', $lucene, {limit: $limit}) YIELD node, score
       RETURN node, score * 0.5 AS score
     }
     RETURN node.id AS key, labels(node) AS labels, coalesce(node.name, node.title, node.text) AS label,
            node.type AS type, score
     ORDER BY score DESC LIMIT $limit`,
    { lucene, limit: int(limit) },
  );

export const nodeById = (id: string) =>
  r(`MATCH (n {id: $id}) WHERE n:Entity OR n:Claim OR n:Source RETURN n, COUNT { (n)--() } AS degree`, { id });

/** How much source text on either side of a quote the details show. */
const CONTEXT_CHARS = 300;

/** Where each relevant claim is stated: about an entity, the claim itself, or in a source. */
export const statementsFor = (id: string, limit = 500) =>
  r(
    `MATCH (n {id: $id})
     CALL (n) {
       MATCH (n)<-[:ABOUT|ATTRIBUTED_TO]-(c:Claim)-[st:STATED_IN]->(s:Source) WHERE n:Entity RETURN c, st, s
       UNION
       MATCH (n)-[st:STATED_IN]->(s:Source) WHERE n:Claim WITH n AS c, st, s RETURN c, st, s
       UNION
       MATCH (c:Claim)-[st:STATED_IN]->(n) WHERE n:Source WITH c, st, n AS s RETURN c, st, s
     }
     RETURN c.id AS claimId, c.text AS claimText, s.id AS sourceId, coalesce(s.title, s.uri) AS sourceTitle,
            s.uri AS sourceUri, st.start AS start, st.end AS end, st.quote AS quote,
            substring(coalesce(s.text, ''), CASE WHEN st.start < $context THEN 0 ELSE st.start - $context END,
                      CASE WHEN st.start < $context THEN st.start ELSE $context END) AS before,
            substring(coalesce(s.text, ''), st.end, $context) AS after
     ORDER BY sourceTitle, start LIMIT $limit`,
    { id, limit: int(limit), context: int(CONTEXT_CHARS) },
  );

export const relatedTo = (id: string, limit = 300) =>
  r(
    `MATCH (n {id: $id})-[rel:ABOUT|ATTRIBUTED_TO|MENTIONS|CITES]-(m)
     RETURN m.id AS key, coalesce(m.name, m.title, m.text) AS label,
            [l IN labels(m) WHERE l IN ['Entity', 'Claim', 'Source']][0] AS kind, type(rel) AS rel
     ORDER BY rel, label LIMIT $limit`,
    { id, limit: int(limit) },
  );

export const sourceText = (id: string) =>
  r(`MATCH (s:Source {id: $id}) RETURN s.text AS text`, { id });
