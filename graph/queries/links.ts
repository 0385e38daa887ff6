// The queries of claim linking (graph/link-claims.ts): a document's claims, the stored claims that
// share an about-entity with them (indexed through the entity, capped per entity), and the writes of
// CORROBORATES / CONTRADICTS with the counts every claim carries of both.
import type { Query } from "../executor.ts";
import { int } from "../neo4j-values.ts";

const r = (query: string, params: Record<string, unknown>): Query => ({ query, params, routing: "READ" });
const w = (query: string, params: Record<string, unknown>): Query => ({ query, params, routing: "WRITE" });

/**
 * At most this many candidate claims per shared entity: a hub entity ("United States" in every
 * speech) would otherwise make each document compare with the whole graph. They are the first the
 * ABOUT relationships of the entity yield, not sorted: sorting by ingest time meant reading every
 * claim of a hub entity with its sources for each document, which cost more than the comparing.
 */
export const CANDIDATES_PER_ENTITY = 500;

/** What compareClaims needs of a claim, returned alike by both reads. */
const CLAIM_FIELDS = `c.id AS id, c.text AS text, c.quantities AS quantities, coalesce(c.hedged, false) AS hedged,
       [(c)-[:STATED_IN]->(s:Source) | s.id] AS sourceIds,
       [(c)-[:ABOUT]->(e:Entity) | e.name] AS entities,
       [(c)-[:ABOUT]->(e:Entity) | e.id] AS entityIds,
       head([(c)-[:ATTRIBUTED_TO]->(p:Entity) | p.name]) AS attributedTo`;

/** The claims a document states, with their entities. */
export const documentClaims = (docId: string): Query =>
  r(
    `MATCH (c:Claim)-[:STATED_IN]->(:Source {id: $docId})
     WITH DISTINCT c
     RETURN ${CLAIM_FIELDS}`,
    { docId },
  );

/**
 * Claims of other documents about these entities, in one query for the whole document: per entity
 * up to CANDIDATES_PER_ENTITY, stated in a document ingested before `before` (any, when null).
 * A candidate stated by the document itself is left out (it is the same document's claim).
 */
export const candidateClaims = (docId: string, entityIds: string[], before: unknown): Query =>
  r(
    `UNWIND $entityIds AS entityId
     MATCH (e:Entity {id: entityId})
     CALL (e) {
       MATCH (c:Claim)-[:ABOUT]->(e)
       WHERE NOT (c)-[:STATED_IN]->(:Source {id: $docId})
         AND ($before IS NULL OR EXISTS { (c)-[:STATED_IN]->(s:Source) WHERE s.ingestedAt < $before })
       RETURN c
       LIMIT $cap
     }
     WITH DISTINCT c
     RETURN ${CLAIM_FIELDS}`,
    { docId, entityIds, before, cap: int(CANDIDATES_PER_ENTITY) },
  );

/** The claims linked to this document's claims now: their counts change when the links go. */
export const linkPartners = (docId: string): Query =>
  r(
    `MATCH (c:Claim)-[:STATED_IN]->(:Source {id: $docId})
     MATCH (c)-[:CORROBORATES|CONTRADICTS]-(o:Claim)
     RETURN collect(DISTINCT o.id) AS ids`,
    { docId },
  );

/** Removes every link of these claims, both directions; returns the partners that lost one. */
export const unlinkClaims = (ids: string[]): Query =>
  w(
    `UNWIND $ids AS id
     MATCH (c:Claim {id: id})-[l:CORROBORATES|CONTRADICTS]-(o:Claim)
     DELETE l
     RETURN collect(DISTINCT o.id) AS partners`,
    { ids },
  );

/** Writes links from the newer claim to the stored one. */
export const writeCorroborations = (rows: { from: string; to: string; score: number; why: string }[]): Query =>
  w(
    `UNWIND $rows AS row
     MATCH (a:Claim {id: row.from}), (b:Claim {id: row.to})
     MERGE (a)-[l:CORROBORATES]->(b)
     SET l.score = row.score, l.why = row.why`,
    { rows },
  );

export const writeContradictions = (rows: { from: string; to: string; why: string }[]): Query =>
  w(
    `UNWIND $rows AS row
     MATCH (a:Claim {id: row.from}), (b:Claim {id: row.to})
     MERGE (a)-[l:CONTRADICTS]->(b)
     SET l.why = row.why`,
    { rows },
  );

/** Sets both counts from the links as they now are, either direction; a claim with none loses the properties. */
export const recount = (ids: string[]): Query =>
  w(
    `UNWIND $ids AS id
     MATCH (c:Claim {id: id})
     WITH c, COUNT { (c)-[:CORROBORATES]-(:Claim) } AS corroborations, COUNT { (c)-[:CONTRADICTS]-(:Claim) } AS contradictions
     SET c.corroborations = CASE WHEN corroborations > 0 THEN corroborations END,
         c.contradictions = CASE WHEN contradictions > 0 THEN contradictions END`,
    { ids },
  );

/** Deletes up to `limit` links of either type; `link --all` repeats it until none are left. */
export const deleteSomeLinks = (limit: number): Query =>
  w(
    `MATCH (:Claim)-[l:CORROBORATES|CONTRADICTS]->(:Claim)
     WITH l LIMIT $limit
     DELETE l
     RETURN count(*) AS deleted`,
    { limit: int(limit) },
  );

/** Clears up to `limit` claims' counts. */
export const clearSomeCounts = (limit: number): Query =>
  w(
    `MATCH (c:Claim) WHERE c.corroborations IS NOT NULL OR c.contradictions IS NOT NULL
     WITH c LIMIT $limit
     REMOVE c.corroborations, c.contradictions
     RETURN count(*) AS cleared`,
    { limit: int(limit) },
  );

/** Every document, in the order it was ingested, with the time it was. */
export const documentsInIngestOrder: Query = r(
  `MATCH (d:Source {kind: 'document'})
   RETURN d.id AS id, d.ingestedAt AS ingestedAt
   ORDER BY d.ingestedAt, d.id`,
  {},
);

export const linkCounts: Query = r(
  `RETURN COUNT { ()-[:CORROBORATES]->() } AS corroborates, COUNT { ()-[:CONTRADICTS]->() } AS contradicts`,
  {},
);
