// The queries of claim linking (graph/link-claims.ts): a document's claims, the stored claims the
// link index chose and the keys that index is loaded from, and the writes of claims' keys, of
// CORROBORATES / CONTRADICTS and of the counts every claim carries of both.
import type { Query } from "../executor.ts";
import { int } from "../neo4j-values.ts";

const r = (query: string, params: Record<string, unknown>): Query => ({ query, params, routing: "READ" });
const w = (query: string, params: Record<string, unknown>): Query => ({ query, params, routing: "WRITE" });

/** What compareClaims needs of a claim, returned alike by both reads. */
const CLAIM_FIELDS = `c.id AS id, c.text AS text, c.quantities AS quantities, coalesce(c.hedged, false) AS hedged,
       c.publishedAt AS publishedAt,
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

/** Stored claims by id: the candidates the link index chose. */
export const claimsById = (ids: string[]): Query =>
  r(
    `UNWIND $ids AS id
     MATCH (c:Claim {id: id})
     RETURN ${CLAIM_FIELDS}`,
    { ids },
  );

/**
 * A page of the claims' stored link keys, in id order after `after`, for loading the link index:
 * only claims of linked documents, so a document written but not linked (a run cut short) is
 * linked later against the documents before it, as it would have been.
 */
export const linkKeysPage = (after: string, limit: number): Query =>
  r(
    `MATCH (c:Claim) WHERE c.id > $after AND c.linkKeys IS NOT NULL
       AND EXISTS { (c)-[:STATED_IN]->(:Source {linked: true}) }
     RETURN c.id AS id, c.linkKeys AS keys
     ORDER BY c.id
     LIMIT $limit`,
    { after, limit: int(limit) },
  );

/** Marks documents whose links are written. */
export const markLinked = (ids: string[]): Query =>
  w(`UNWIND $ids AS id MATCH (d:Source {id: id}) SET d.linked = true, d.linkedAt = datetime()`, { ids });

/** Whether a document's links are written. */
export const documentLinked = (docId: string): Query =>
  r(`MATCH (d:Source {id: $docId}) RETURN d.linked = true AS linked`, { docId });

/** Clears up to `limit` documents' linked marks: link --all sets them again. */
export const clearSomeLinkedMarks = (limit: number): Query =>
  w(
    `MATCH (d:Source) WHERE d.linked IS NOT NULL
     WITH d LIMIT $limit
     REMOVE d.linked
     RETURN count(*) AS cleared`,
    { limit: int(limit) },
  );

/** Writes the keys a claim is found by (linking/keys.ts). */
export const setLinkKeys = (rows: { id: string; keys: string }[]): Query =>
  w(
    `UNWIND $rows AS row
     MATCH (c:Claim {id: row.id})
     SET c.linkKeys = row.keys`,
    { rows },
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
   RETURN d.id AS id
   ORDER BY d.ingestedAt, d.id`,
  {},
);

export const linkCounts: Query = r(
  `RETURN COUNT { ()-[:CORROBORATES]->() } AS corroborates, COUNT { ()-[:CONTRADICTS]->() } AS contradicts`,
  {},
);
