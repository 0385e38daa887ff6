// Queries behind the explorer's API.
import type { Query } from "../executor.ts";
import { NODE_KINDS, relTypesWhere, specOf } from "../model.ts";
import { KIND_LABELS, NODE_WITHOUT_TEXT } from "./read.ts";
import { typePattern } from "./upsert.ts";
import { int } from "../neo4j-values.ts";
import type { StatementRole } from "../api-contract.ts";

const r = (query: string, params: Record<string, unknown>): Query => ({ query, params, routing: "READ" });

/**
 * At most `limit` nodes: the best connected entities (half the budget), the documents (up to a
 * tenth), and the best connected claims that tie two of those entities together (the rest).
 * Ranking by degree reads the degree store, so this stays fast however large the graph.
 */
export const overviewIds = (limit: number) => {
  const entities = Math.ceil(limit / 2);
  const docs = Math.min(Math.ceil(limit / 10), limit - entities);
  return r(
    `CALL () {
       MATCH (s:Source {kind: 'document'}) WITH s ORDER BY COUNT { (s)--() } DESC, s.id LIMIT $docs
       RETURN collect(s.id) AS docs
     }
     CALL () {
       MATCH (e:Entity) WITH e ORDER BY COUNT { (e)--() } DESC, e.name LIMIT $entities
       RETURN collect(e) AS top
     }
     CALL (top) {
       UNWIND top AS e
       MATCH (e)<-[:ABOUT]-(c:Claim)-[:ABOUT]->(other:Entity) WHERE other IN top
       WITH DISTINCT c ORDER BY COUNT { (c)--() } DESC, c.id LIMIT $claims
       RETURN collect(c.id) AS claims
     }
     RETURN docs + [e IN top | e.id] + claims AS ids`,
    { docs: int(docs), entities: int(entities), claims: int(limit - docs - entities) },
  );
};

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
            node.type AS type, node.aliases AS aliases, COUNT { (node)--() } AS degree, score
     ORDER BY score DESC LIMIT $limit`,
    { lucene, limit: int(limit) },
  );

/** Every node kind in the label disjunction, so the planner seeks each kind's unique id index. */
const BY_ID = `(n:${KIND_LABELS} {id: $id})`;

export const nodeById = (id: string) =>
  r(`MATCH ${BY_ID} RETURN ${NODE_WITHOUT_TEXT}, COUNT { (n)--() } AS degree`, { id });

/** How much source text on either side of a quote the details show. */
export const CONTEXT_CHARS = 300;
/**
 * Cypher's substring counts code points, our offsets count UTF-16 units (as JavaScript does), so
 * after each emoji the two drift by one. The query returns a wider window and the exact quote is
 * found in it in JavaScript (graph/explore.ts); the slack covers that many astral characters.
 */
const SLACK = 1000;

/** An entity's statements by role (a claim or a source has one list, whatever the role). */
const ROLE_RELATIONSHIP: Record<StatementRole, string> = { about: "ABOUT", by: "ATTRIBUTED_TO" };

/** Where each relevant claim is stated: about or by an entity, the claim itself, or in a source. */
const statementsOfN = (role: StatementRole) => `CALL (n) {
       MATCH (n)<-[:${ROLE_RELATIONSHIP[role]}]-(c:Claim) WHERE n:Entity
       WITH DISTINCT c MATCH (c)-[st:STATED_IN]->(s:Source) RETURN c, st, s
       UNION
       MATCH (n)-[st:STATED_IN]->(s:Source) WHERE n:Claim WITH n AS c, st, s RETURN c, st, s
       UNION
       MATCH (c:Claim)-[st:STATED_IN]->(n) WHERE n:Source WITH c, st, n AS s RETURN c, st, s
     }`;

/**
 * One page of a node's statements: disputed claims first (what an analyst looks for), then by
 * source and place in it. The quote's surrounding window is cut only for the page's rows.
 */
export const statementsFor = (id: string, offset: number, limit: number, role: StatementRole = "about") =>
  r(
    `MATCH ${BY_ID}
     ${statementsOfN(role)}
     WITH c, st, s, coalesce(c.${specOf("CONTRADICTS").counter}, 0) AS disputed, coalesce(s.title, s.uri) AS sourceTitle
     ORDER BY disputed DESC, sourceTitle, s.id, st.start, c.id
     SKIP $offset LIMIT $limit
     RETURN c.id AS claimId, c.text AS claimText, s.id AS sourceId, sourceTitle,
            s.uri AS sourceUri, st.start AS start, st.end AS end, st.quote AS quote, st.page AS page,
            substring(coalesce(s.text, ''), CASE WHEN st.start < $reach THEN 0 ELSE st.start - $reach END,
                      st.end - st.start + 2 * $reach) AS window,
            CASE WHEN st.start < $reach THEN st.start ELSE $reach END AS quoteAt, disputed`,
    { id, offset: int(offset), limit: int(limit), reach: int(CONTEXT_CHARS + SLACK) },
  );

export const statementsTotal = (id: string, role: StatementRole = "about") =>
  r(
    `MATCH ${BY_ID}
     ${statementsOfN(role)}
     RETURN count(*) AS total`,
    { id },
  );

/** The relationships whose far end a node's Details lists by name (`related` in RELATIONSHIPS). */
export const RELATED_TYPES = relTypesWhere((s) => s.related);
const RELATED = typePattern(RELATED_TYPES);
/** An entity's claims are its statements, listed with their quotes: not listed again by name. */
const LISTED = "NOT (n:Entity AND m:Claim)";

/** One page of a node's neighbours over one relationship type, by name. */
export const relatedTo = (id: string, rel: string, offset: number, limit: number) => {
  // Written into the pattern, so a hub's other relationships are never read; only known types.
  if (!RELATED_TYPES.includes(rel as (typeof RELATED_TYPES)[number]))
    throw new Error(`relatedTo: ${rel} is not listed`);
  return r(
    `MATCH ${BY_ID}-[rel:${rel}]-(m) WHERE ${LISTED}
     WITH m, rel, coalesce(m.name, m.title, m.text) AS label
     ORDER BY label, m.id SKIP $offset LIMIT $limit
     RETURN m.id AS key, label, [l IN labels(m) WHERE l IN $kinds][0] AS kind, type(rel) AS rel`,
    { id, offset: int(offset), limit: int(limit), kinds: [...NODE_KINDS] },
  );
};

/** How many neighbours a node has over each related type (types with none left out). */
export const relatedTotals = (id: string) =>
  r(
    `MATCH ${BY_ID}-[rel:${RELATED}]-(m) WHERE ${LISTED}
     RETURN type(rel) AS rel, count(*) AS total`,
    { id },
  );

/** The ingested documents with how many distinct claims each states, for the viewer's source filter. */
export const documents = r(
  `MATCH (s:Source {kind: 'document'})
   RETURN s.id AS key, CASE WHEN coalesce(s.title, '') = '' THEN s.uri ELSE s.title END AS title, s.uri AS uri,
          COUNT { MATCH (c:Claim)-[:STATED_IN]->(s) RETURN DISTINCT c } AS claims
   ORDER BY title, uri`,
  {},
);

/**
 * One page of the claims a filter chooses (see ClaimsQuery), the best-connected first, and how many
 * match. Each case starts where an index leads: the chosen documents, or the quantities of the unit.
 */
export function claimsMatching(
  docs: string[] | undefined,
  numbers: boolean,
  unit: string | undefined,
  offset: number,
  limit: number,
) {
  const statesFigure = `EXISTS { (c)-[:STATES]->(q:Quantity) WHERE $unit IS NULL OR q.unit = $unit }`;
  const match =
    docs !== undefined
      ? `MATCH (s:Source) WHERE s.id IN $docs
         MATCH (c:Claim)-[:STATED_IN]->(s) ${numbers ? `WHERE ${statesFigure}` : ""}`
      : unit !== undefined
        ? `MATCH (:Quantity {unit: $unit})<-[:STATES]-(c:Claim)`
        : `MATCH (c:Claim) WHERE EXISTS { (c)-[:STATES]->(:Quantity) }`;
  return r(
    `CALL () { ${match} RETURN DISTINCT c }
     WITH c ORDER BY COUNT { (c)--() } DESC, c.id
     WITH collect(c.id) AS ids
     RETURN size(ids) AS total, ids[$offset..$offset + $limit] AS ids`,
    { docs: docs ?? null, unit: unit ?? null, offset: int(offset), limit: int(limit) },
  );
}

/** What a filtered claim is drawn with: its entities and sources, and its quantities (of the unit). */
export const claimSurroundings = (ids: string[], quantities: boolean, unit: string | undefined) =>
  r(
    `UNWIND $ids AS id
     MATCH (c:Claim {id: id})
     CALL (c) {
       MATCH (c)-[:ABOUT|ATTRIBUTED_TO|STATED_IN]->(n) RETURN n.id AS other
       UNION
       MATCH (c)-[:STATES]->(q:Quantity) WHERE $quantities AND ($unit IS NULL OR q.unit = $unit) RETURN q.id AS other
     }
     RETURN collect(DISTINCT other) AS others`,
    { ids, quantities, unit: unit ?? null },
  );

/** The units of the stored quantities, with how many claims state each, and the claims with any figure. */
export const units = r(
  `CALL () {
     MATCH (c:Claim)-[:STATES]->(q:Quantity) WHERE q.unit IS NOT NULL
     RETURN q.unit AS unit, count(DISTINCT c) AS claims
     ORDER BY claims DESC, unit
   }
   RETURN collect({unit: unit, claims: claims}) AS units,
          COUNT { MATCH (c:Claim) WHERE EXISTS { (c)-[:STATES]->(:Quantity) } } AS claims`,
  {},
);

/** Path length cannot be a parameter, so the bound is fixed here; beyond it "connected" says little. */
export const MAX_PATH_HOPS = 8;

/**
 * Up to `count` shortest paths, shortest first, over any relationship in either direction, or over any
 * but MENTIONS (a document naming an entity: the co-mention steps); no row when there is none.
 * `count` is a literal (SHORTEST takes no parameter), checked to be a small integer.
 */
export const shortestPaths = (from: string, to: string, count: number, withoutMentions: boolean) => {
  if (!Number.isInteger(count) || count < 1 || count > 10) throw new Error(`shortestPaths: bad count ${count}`);
  const step = withoutMentions ? "-[:!MENTIONS]-" : "--";
  return r(
    `MATCH (a:${KIND_LABELS} {id: $from}), (b:${KIND_LABELS} {id: $to})
     MATCH p = SHORTEST ${count} (a)${step}{1,${MAX_PATH_HOPS}}(b)
     RETURN p, [n IN nodes(p) | COUNT { (n)--() }] AS degrees
     ORDER BY length(p)`,
    { from, to },
  );
};

/** Which of the given keys name a node, to tell "no such node" from "no path". */
export const existingIds = (ids: string[]) =>
  r(`UNWIND $ids AS id MATCH (n:${KIND_LABELS} {id: id}) RETURN n.id AS id`, { ids });
