// Read queries. Each returns nodes as (n, degree) and relationships as (r, source, target).
import type { Query } from "../executor.ts";
import { NODE_KINDS, RELATIONSHIPS, REL_TYPES, relTypesWhere } from "../model.ts";
import { int } from "../neo4j-values.ts";
import { typePattern } from "./upsert.ts";

const r = (query: string, params: Record<string, unknown> = {}): Query => ({ query, params, routing: "READ" });

/** `n:Entity OR n:Claim OR ...`: a node of one of the model's kinds. */
export const isModelNode = (v: string) => NODE_KINDS.map((k) => `${v}:${k}`).join(" OR ");
/** `Entity|Claim|...`: the model's node labels, for a label disjunction. */
export const KIND_LABELS = NODE_KINDS.join("|");
/** Every relationship type of the model; others (a user's own) are never read into the wire. */
export const ALL_TYPES = typePattern(REL_TYPES);
const NODE = isModelNode("n");
/** A node by its id: the label disjunction lets the planner seek each kind's unique id index. */
const BY_ID = (v: string, id: string) => `(${v}:${KIND_LABELS} {id: ${id}})`;

/**
 * A node as its labels and properties, without a document's (a Source's) full text: no view or export shows it,
 * and it is most of the bytes (details fetch context around quotes separately).
 */
export const NODE_WITHOUT_TEXT =
  "{labels: labels(n), properties: n {.*, text: CASE WHEN n:Source THEN null ELSE n.text END}} AS n";

export const allNodes = r(`MATCH (n) WHERE ${NODE} RETURN ${NODE_WITHOUT_TEXT}, COUNT { (n)--() } AS degree`);
export const allRelationships = r(
  `MATCH (a)-[rel:${ALL_TYPES}]->(b) WHERE ${isModelNode("a")} RETURN rel, a.id AS source, b.id AS target`,
);

/** The claims about or by an entity, or stated in a source (what the explorer can size nodes by). */
const CLAIM_COUNT = `CASE WHEN n:Entity OR n:Source THEN COUNT { MATCH (c:Claim)-[:ABOUT|ATTRIBUTED_TO|STATED_IN]->(n) RETURN DISTINCT c } END`;

export const nodesByIds = (ids: string[]) =>
  r(
    `UNWIND $ids AS id MATCH ${BY_ID("n", "id")}
     RETURN ${NODE_WITHOUT_TEXT}, COUNT { (n)--() } AS degree, ${CLAIM_COUNT} AS claims`,
    { ids },
  );

export const relationshipsAmong = (ids: string[]) =>
  r(
    `UNWIND $ids AS id MATCH ${BY_ID("a", "id")}-[rel:${ALL_TYPES}]->(b) WHERE b.id IN $ids RETURN rel, a.id AS source, b.id AS target`,
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

/** Relationships whose target belongs to the source (STATES: a claim's quantities). */
const OWNING = relTypesWhere((s) => s.owns === true);
const OWNED_KINDS = new Set(OWNING.map((t) => RELATIONSHIPS[t].to));
const EXPANDED_KINDS = NODE_KINDS.filter((k) => !OWNED_KINDS.has(k))
  .map((k) => `m:${k}`)
  .join(" OR ");

/**
 * The nodes within `depth` hops. A claim's quantities (nodes it owns) come only with the claim they
 * belong to when it is the node expanded: a hop further they would bury the entities and claims
 * that the expansion is for, and the claim's Details list them anyway.
 * Path length cannot be a parameter in Cypher, so each allowed depth is its own fixed query.
 */
const AROUND = {
  1: `MATCH ${BY_ID("start", "$id")}--(m)`,
  2: `MATCH ${BY_ID("start", "$id")}-[*1..2]-(m)`,
  3: `MATCH ${BY_ID("start", "$id")}-[*1..3]-(m)`,
} as const;
export type Depth = keyof typeof AROUND;
const NEIGHBOUR = `m <> start AND (${EXPANDED_KINDS} OR (start)-[:${typePattern(OWNING)}]->(m))`;

/** The `limit` best-connected nodes within `depth` hops (the node itself not counted). */
export const neighbourhoodIds = (id: string, depth: Depth, limit: number) =>
  r(
    `${AROUND[depth]} WHERE ${NEIGHBOUR}
     WITH DISTINCT m ORDER BY COUNT { (m)--() } DESC, m.id LIMIT $limit
     RETURN m.id AS id`,
    { id, limit: int(limit) },
  );

/** How many nodes are within `depth` hops: what a page of the neighbourhood is a part of. */
export const neighbourhoodSize = (id: string, depth: Depth) =>
  r(`${AROUND[depth]} WHERE ${NEIGHBOUR} RETURN count(DISTINCT m) AS total`, { id });

/** From a claim to the nodes that say what it is: its sources, entities and quantities. */
const CLAIM_OUT = relTypesWhere((s) => s.from === "Claim" && s.to !== "Claim");

/**
 * Claims dated within [since, until] (YYYY-MM-DD, both included; the claim_published index seeks
 * them) and the entities, sources and quantities they link to: what a date-range export holds.
 */
export const datedClaimIds = (since: string, until: string) =>
  r(
    `MATCH (c:Claim) WHERE c.publishedAt >= $since AND c.publishedAt <= $until
     OPTIONAL MATCH (c)-[:${typePattern(CLAIM_OUT)}]->(n)
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
