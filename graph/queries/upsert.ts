// The queries that write one document's GraphBatch. They run together in one transaction (store.ts).
// Labels and relationship types come only from the fixed ENTITY_TYPES set and the RELATIONSHIPS
// table; every value travels as a parameter.
import { z } from "zod";
import { ENTITY_TYPES, RELATIONSHIPS, relTypesWhere, specOf, type RelType } from "../model.ts";
import type { Query } from "../executor.ts";
import { int } from "../neo4j-values.ts";

const w = (query: string, params: Record<string, unknown>): Query => ({ query, params, routing: "WRITE" });

export const documentHash = (docId: string): Query => ({
  query: "MATCH (d:Source {id: $docId}) RETURN d.contentHash AS hash",
  params: { docId },
  routing: "READ",
});

/** `A|B|C`, the relationship types of a Cypher pattern. */
export const typePattern = (types: readonly RelType[]) => types.join("|");

/** What the document owns outright: its own outgoing relationships (MENTIONS, CITES). */
const DOCUMENT_OWNED = relTypesWhere((r) => r.lifetime === "document" && r.from === "Source");
/** A claim's ties to entities: the entities a deleted claim leaves behind may have become orphans. */
const CLAIM_TO_ENTITY = relTypesWhere((r) => r.from === "Claim" && r.to === "Entity");
/** Nodes that belong to their claim (its Quantity nodes) and go with it. */
const CLAIM_OWNS = relTypesWhere((r) => r.from === "Claim" && r.owns === true);
/** Claim-to-claim relationships that claims count (corroborations, contradictions). */
const COUNTED = relTypesWhere((r) => r.from === "Claim" && r.to === "Claim" && r.counter !== undefined);

/**
 * Removes what the document itself asserted; returns the entities and sources it touched and, as
 * `restated`, the claims that lost a statement but live on (their dates must be worked out again).
 * A claim no source states any more is deleted with the nodes it owns (its quantities); `unlinked`
 * names the claims that corroborated or contradicted it, whose counts must be worked out again.
 */
export const detachDocument = (docId: string) => [
  w(
    `MATCH (d:Source {id: $docId})
     OPTIONAL MATCH (d)-[r:${typePattern(DOCUMENT_OWNED)}]->(n)
     DELETE r
     RETURN collect(DISTINCT n.id) AS touched`,
    { docId },
  ),
  w(
    `MATCH (c:Claim)-[r:STATED_IN]->(:Source {id: $docId})
     DELETE r
     WITH DISTINCT c
     OPTIONAL MATCH (c)-[:${typePattern(CLAIM_TO_ENTITY)}]->(e:Entity)
     WITH c, c.id AS claimId, collect(e.id) AS entities, EXISTS { (c)-[:STATED_IN]->() } AS stillStated
     WITH c, claimId, entities, stillStated,
          CASE WHEN stillStated THEN [] ELSE
            COLLECT { MATCH (c)-[:${typePattern(COUNTED)}]-(o:Claim) WHERE o <> c RETURN DISTINCT o.id } END AS unlinked
     CALL (c, stillStated) {
       WITH c WHERE NOT stillStated
       CALL (c) { MATCH (c)-[:${typePattern(CLAIM_OWNS)}]->(owned) DETACH DELETE owned }
       DETACH DELETE c
     }
     RETURN entities AS touched, CASE WHEN stillStated THEN claimId END AS restated, unlinked`,
    { docId },
  ),
];

/**
 * Sets each claim's counters (corroborations, contradictions: the `counter` of the RELATIONSHIPS
 * table) to how many such relationships it has, in either direction.
 */
export const recountClaimLinks = (ids: string[]): Query =>
  w(
    `UNWIND $ids AS id
     MATCH (c:Claim {id: id})
     SET ${COUNTED.map((t) => `c.${specOf(t).counter} = COUNT { (c)-[:${t}]-(:Claim) }`).join(", ")}`,
    { ids },
  );

/**
 * A detached document's own node. Kept, without its content hash, if something else still points
 * at it (a claim of another document citing it): the next ingest then sees it as new.
 */
export const deleteDocumentNode = (docId: string): Query =>
  w(
    `MATCH (d:Source {id: $docId})
     REMOVE d.contentHash, d.linked
     WITH d WHERE NOT (d)--()
     DELETE d`,
    { docId },
  );

/** Entities, sources or claims left with no relationship at all say nothing any more. */
export const deleteOrphans = (ids: string[]): Query =>
  w(
    `UNWIND $ids AS id
     MATCH (n {id: id}) WHERE (n:Entity OR (n:Source AND n.kind <> 'document')) AND NOT (n)--()
     DELETE n`,
    { ids },
  );

/**
 * The document's properties are replaced, not merged: metadata a new version no longer has (a date,
 * an author) must not outlive it, or its claims would keep a date nothing states any more.
 */
export const upsertDocument = (doc: Record<string, unknown>): Query =>
  w(
    `MERGE (d:Source {id: $doc.id})
     SET d = $doc, d.ingestedAt = datetime()`,
    { doc },
  );

const ALL_TYPE_LABELS = ENTITY_TYPES.join(":");

/** Sets the label of the entity's type; label names come only from the fixed ENTITY_TYPES set. */
const SET_TYPE_LABEL = ENTITY_TYPES.map(
  (t) => `FOREACH (_ IN CASE WHEN e.type = '${t}' THEN [1] ELSE [] END | SET n:${t})`,
).join("\n     ");

/**
 * All of a document's entities in one query. Labels and lists are written only when they change:
 * rewriting them on every upsert, one query per type, was the slowest step of ingest.
 */
export const upsertEntities = (rows: Record<string, unknown>[]): Query =>
  w(
    `UNWIND $rows AS e
     MERGE (n:Entity {id: e.id})
     ON CREATE SET n.name = e.name, n.aliases = [], n.resolution = [], n.found = []
     WITH n, e, coalesce(n.type, '') <> e.type AS retype
     FOREACH (_ IN CASE WHEN retype THEN [1] ELSE [] END | REMOVE n:${ALL_TYPE_LABELS} SET n.type = e.type)
     WITH n, e, retype
     CALL (n, e, retype) {
       WITH n, e WHERE retype
       ${SET_TYPE_LABEL}
     }
     FOREACH (d IN CASE WHEN e.description IS NOT NULL AND coalesce(n.description, '') <> e.description THEN [e.description] ELSE [] END | SET n.description = d)
     WITH n, [a IN e.aliases WHERE NOT a IN n.aliases AND a <> n.name] AS newAliases,
          [r IN coalesce(e.resolution, []) WHERE NOT r IN coalesce(n.resolution, [])] AS newNotes,
          [f IN coalesce(e.found, []) WHERE NOT f IN coalesce(n.found, [])] AS newFound
     FOREACH (_ IN CASE WHEN size(newAliases) > 0 THEN [1] ELSE [] END |
       SET n.aliases = n.aliases + newAliases, n.aliasText = reduce(s = '', a IN n.aliases + newAliases | s + ' ' + a))
     FOREACH (_ IN CASE WHEN size(newNotes) > 0 THEN [1] ELSE [] END | SET n.resolution = coalesce(n.resolution, []) + newNotes)
     FOREACH (_ IN CASE WHEN size(newFound) > 0 THEN [1] ELSE [] END | SET n.found = coalesce(n.found, []) + newFound)`,
    { rows },
  );

/**
 * Claims. Their `why` reasons repeat from claim to claim (a handful of rules decide them all), so a
 * row carries its reasons as positions in `reasons`, sent once: they were the largest part of a
 * document's parameters.
 */
export const upsertClaims = (rows: Record<string, unknown>[], reasons: string[]): Query =>
  w(
    `UNWIND $rows AS c
     MERGE (n:Claim {id: c.id})
     SET n.text = c.text, n.numbers = c.numbers, n.quantities = c.quantities,
         n.confidence = c.confidence, n.hedged = c.hedged, n.why = [i IN coalesce(c.why, []) | $reasons[i]],
         n.linkKeys = coalesce(c.linkKeys, n.linkKeys)`,
    { rows, reasons },
  );

export const upsertCitedSources = (rows: Record<string, unknown>[]): Query =>
  w(
    `UNWIND $rows AS s
     MERGE (n:Source {id: s.id})
     ON CREATE SET n += s, n.ingestedAt = datetime()`,
    { rows },
  );

/**
 * A claim's date: the earliest publication date among the sources that state it, as YYYY-MM-DD
 * (the first ten characters of an ISO date or date-time, so "2023-02-10" and
 * "2023-02-10T09:00:00Z" compare alike). A claim with no dated source loses its date (SET to null).
 */
const CLAIM_DATE = `OPTIONAL MATCH (c)-[:STATED_IN]->(s:Source)
       WHERE s.publishedAt =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}.*'
     WITH c, min(substring(s.publishedAt, 0, 10)) AS date
     SET c.publishedAt = date`;

/** Works out again the dates of these claims (after their statements changed). */
export const dateClaims = (ids: string[]): Query =>
  w(
    `UNWIND $ids AS id
     MATCH (c:Claim {id: id})
     ${CLAIM_DATE}`,
    { ids },
  );

/**
 * Dates the claims stated in a dated source that have no date yet: claims written before claims
 * carried dates (run once per such database, see ensureSchema). Idempotent: it writes nothing when
 * every claim that can be dated is.
 */
export const dateUndatedClaims: Query = w(
  `MATCH (c:Claim)-[:STATED_IN]->(d:Source) WHERE d.publishedAt IS NOT NULL AND c.publishedAt IS NULL
   WITH DISTINCT c
   ${CLAIM_DATE}
   RETURN count(c) AS dated`,
  {},
);

/** Whether a schema (or the schema of a list's items) is an integer one, so values go to Neo4j as integers. */
function isInteger(schema: z.ZodType): boolean {
  if (schema instanceof z.ZodOptional) return isInteger(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return isInteger(schema.element as z.ZodType);
  return schema instanceof z.ZodNumber && schema.isInt === true;
}

/**
 * A relationship type's properties as Neo4j takes them: the table's integer properties as Neo4j
 * integers (the driver would send every JavaScript number as a float), nothing left undefined.
 */
export function neo4jProperties(type: RelType, properties: Record<string, unknown>): Record<string, unknown> {
  const shape = RELATIONSHIPS[type].properties.shape as Record<string, z.ZodType>;
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [
        k,
        shape[k] && isInteger(shape[k]) ? (Array.isArray(v) ? v.map((x: number) => int(x)) : int(v as number)) : v,
      ]),
  );
}

export type LinkRow = { from: string; to: string; properties: Record<string, unknown> };

/**
 * Writes relationships of one type from its `from` node to its `to` node (both must exist). One per
 * pair of nodes, or per pair and `distinctBy` values (a claim stated twice in one source); its
 * properties are replaced, so a property the new version lacks does not linger.
 */
export function linkRelationships(type: RelType, rows: LinkRow[]): Query {
  const spec = specOf(type);
  const distinct = (spec.batch?.distinctBy ?? []).map((p) => `${p}: r.properties.${p}`).join(", ");
  return w(
    `UNWIND $rows AS r
     MATCH (a:${spec.from} {id: r.from}), (b:${spec.to} {id: r.to})
     MERGE (a)-[e:${type}${distinct ? ` {${distinct}}` : ""}]->(b)
     SET e = r.properties`,
    { rows },
  );
}

/** Quantity nodes; a quantity's properties are replaced, as its claim's are. */
export const upsertQuantities = (rows: Record<string, unknown>[]): Query =>
  w(
    `UNWIND $rows AS q
     MERGE (n:Quantity {id: q.id})
     SET n = q`,
    { rows },
  );

/**
 * Deletes the nodes a claim owns (its quantities) that the new version of the claim no longer has:
 * rows are {from: claim id, keep: ids of the owned nodes it still has}.
 */
export const pruneOwned = (type: RelType, rows: { from: string; keep: string[] }[]): Query => {
  const spec = specOf(type);
  return w(
    `UNWIND $rows AS r
     MATCH (:${spec.from} {id: r.from})-[:${type}]->(owned:${spec.to}) WHERE NOT owned.id IN r.keep
     DETACH DELETE owned`,
    { rows },
  );
};
