// The queries that write one document's GraphBatch. They run together in one transaction (store.ts).
// Labels come only from the fixed ENTITY_TYPES set; every value travels as a parameter.
import { ENTITY_TYPES } from "../model.ts";
import type { Query } from "../executor.ts";

const w = (query: string, params: Record<string, unknown>): Query => ({ query, params, routing: "WRITE" });

export const documentHash = (docId: string): Query => ({
  query: "MATCH (d:Source {id: $docId}) RETURN d.contentHash AS hash",
  params: { docId },
  routing: "READ",
});

/**
 * Removes what the document itself asserted; returns the entities and sources it touched and, as
 * `restated`, the claims that lost a statement but live on (their dates must be worked out again).
 */
export const detachDocument = (docId: string) => [
  w(
    `MATCH (d:Source {id: $docId})
     OPTIONAL MATCH (d)-[r:MENTIONS|CITES]->(n)
     DELETE r
     RETURN collect(DISTINCT n.id) AS touched`,
    { docId },
  ),
  w(
    `MATCH (c:Claim)-[r:STATED_IN]->(:Source {id: $docId})
     DELETE r
     WITH DISTINCT c
     OPTIONAL MATCH (c)-[:ABOUT|ATTRIBUTED_TO]->(e:Entity)
     WITH c, c.id AS claimId, collect(e.id) AS entities, EXISTS { (c)-[:STATED_IN]->() } AS stillStated
     CALL (c, stillStated) { WITH c WHERE NOT stillStated DETACH DELETE c }
     RETURN entities AS touched, CASE WHEN stillStated THEN claimId END AS restated`,
    { docId },
  ),
];

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

export const upsertClaims = (rows: Record<string, unknown>[]): Query =>
  w(
    `UNWIND $rows AS c
     MERGE (n:Claim {id: c.id})
     SET n.text = c.text, n.numbers = c.numbers, n.quantities = c.quantities,
         n.confidence = c.confidence, n.hedged = c.hedged, n.why = coalesce(c.why, [])`,
    { rows },
  );

export const upsertCitedSources = (rows: Record<string, unknown>[]): Query =>
  w(
    `UNWIND $rows AS s
     MERGE (n:Source {id: s.id})
     ON CREATE SET n += s, n.ingestedAt = datetime()`,
    { rows },
  );

export const linkStatedIn = (rows: Record<string, unknown>[]): Query =>
  w(
    `UNWIND $rows AS r
     MATCH (c:Claim {id: r.claimId}), (s:Source {id: r.sourceId})
     MERGE (c)-[e:STATED_IN {start: r.start, end: r.end}]->(s)
     SET e.quote = r.quote, e.page = r.page`,
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

export const linkAbout = (rows: Record<string, unknown>[]): Query =>
  w(
    `UNWIND $rows AS r
     MATCH (c:Claim {id: r.claimId}), (e:Entity {id: r.entityId})
     MERGE (c)-[a:ABOUT]->(e)
     SET a.role = r.role`,
    { rows },
  );

export const linkAttributedTo = (rows: Record<string, unknown>[]): Query =>
  w(
    `UNWIND $rows AS r
     MATCH (c:Claim {id: r.claimId}), (e:Entity {id: r.entityId})
     MERGE (c)-[:ATTRIBUTED_TO]->(e)`,
    { rows },
  );

export const linkMentions = (rows: Record<string, unknown>[]): Query =>
  w(
    `UNWIND $rows AS r
     MATCH (s:Source {id: r.sourceId}), (e:Entity {id: r.entityId})
     MERGE (s)-[m:MENTIONS]->(e)
     SET m.count = r.count, m.spans = r.spans`,
    { rows },
  );

export const linkCites = (rows: Record<string, unknown>[]): Query =>
  w(
    `UNWIND $rows AS r
     MATCH (a:Source {id: r.fromId}), (b:Source {id: r.toId})
     MERGE (a)-[:CITES]->(b)`,
    { rows },
  );
