// Read queries. Each returns nodes as (n, degree) and relationships as (r, source, target).
import type { Query } from "../executor.ts";
import { int } from "../neo4j-values.ts";

const r = (query: string, params: Record<string, unknown> = {}): Query => ({ query, params, routing: "READ" });

const NODE = "n:Entity OR n:Claim OR n:Source";
/** A node by its id: the label disjunction lets the planner seek each kind's unique id index. */
const BY_ID = (v: string, id: string) => `(${v}:Entity|Claim|Source {id: ${id}})`;

/**
 * A node as its labels and properties, without a document's (a Source's) full text: no view or export shows it,
 * and it is most of the bytes (details fetch context around quotes separately).
 */
export const NODE_WITHOUT_TEXT =
  "{labels: labels(n), properties: n {.*, text: CASE WHEN n:Source THEN null ELSE n.text END}} AS n";

export const allNodes = r(`MATCH (n) WHERE ${NODE} RETURN ${NODE_WITHOUT_TEXT}, COUNT { (n)--() } AS degree`);
export const allRelationships = r(
  `MATCH (a)-[rel]->(b) WHERE (a:Entity OR a:Claim OR a:Source) RETURN rel, a.id AS source, b.id AS target`,
);

export const nodesByIds = (ids: string[]) =>
  r(`UNWIND $ids AS id MATCH ${BY_ID("n", "id")} RETURN ${NODE_WITHOUT_TEXT}, COUNT { (n)--() } AS degree`, { ids });

export const relationshipsAmong = (ids: string[]) =>
  r(
    `UNWIND $ids AS id MATCH ${BY_ID("a", "id")}-[rel]->(b) WHERE b.id IN $ids RETURN rel, a.id AS source, b.id AS target`,
    { ids },
  );

/** An entity by its name or one of its aliases, ignoring case; the best connected first. */
export const entityByName = (name: string) =>
  r(
    `MATCH (e:Entity)
     WHERE toLower(e.name) = toLower($name) OR any(a IN e.aliases WHERE toLower(a) = toLower($name))
     RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC LIMIT 1`,
    { name },
  );

// Path length cannot be a parameter in Cypher, so each allowed depth is its own fixed query.
const WITHIN = {
  1: `MATCH ${BY_ID("start", "$id")}-[*0..1]-(m)`,
  2: `MATCH ${BY_ID("start", "$id")}-[*0..2]-(m)`,
  3: `MATCH ${BY_ID("start", "$id")}-[*0..3]-(m)`,
} as const;
export type Depth = keyof typeof WITHIN;

export const neighbourhoodIds = (id: string, depth: Depth, limit: number) =>
  r(`${WITHIN[depth]} WHERE m:Entity OR m:Claim OR m:Source RETURN DISTINCT m.id AS id LIMIT $limit`, {
    id,
    limit: int(limit),
  });

/**
 * Claims dated within [since, until] (YYYY-MM-DD, both included; the claim_published index seeks
 * them) and the entities and sources they link to: what a date-range export holds.
 */
export const datedClaimIds = (since: string, until: string) =>
  r(
    `MATCH (c:Claim) WHERE c.publishedAt >= $since AND c.publishedAt <= $until
     OPTIONAL MATCH (c)-[:STATED_IN|ABOUT|ATTRIBUTED_TO]->(n) WHERE n:Entity OR n:Source
     WITH collect(DISTINCT c.id) AS claims, collect(DISTINCT n.id) AS linked
     RETURN claims + linked AS ids`,
    { since, until },
  );

/** How many claims the database holds per publication month ("2023-03"), undated ones under null. */
export const claimsPerMonth = r(
  `MATCH (c:Claim)
   RETURN CASE WHEN c.publishedAt =~ '[0-9]{4}-[0-9]{2}.*' THEN substring(c.publishedAt, 0, 7) END AS month,
          count(*) AS claims
   ORDER BY month`,
);
