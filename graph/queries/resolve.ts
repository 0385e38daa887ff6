// Finding, for entities about to be written, the entity another document already made for them.
import type { Query } from "../executor.ts";

/** Lucene phrase query on the alias field, with the query syntax escaped. */
export const aliasPhrase = (name: string) => `aliasText:"${name.replace(/[\\"]/g, "\\$&")}"`;

/**
 * Per batch entity: stored entities of the same type whose name is one of its aliases (name index),
 * or that list its name among their aliases (full-text index, then an exact check).
 */
export const sameEntityElsewhere = (
  rows: { id: string; name: string; type: string; aliases: string[]; phrase: string }[],
): Query => ({
  query: `UNWIND $rows AS e
          CALL (e) {
            UNWIND e.aliases AS alias
            MATCH (n:Entity {name: alias}) WHERE n.type = e.type AND n.id <> e.id
            RETURN n
            UNION
            CALL db.index.fulltext.queryNodes('entity_source_search', e.phrase) YIELD node AS n
            WITH n, e WHERE n:Entity AND n.type = e.type AND n.id <> e.id AND e.name IN n.aliases
            RETURN n
          }
          RETURN e.id AS id, collect(DISTINCT n.id) AS matches, collect(DISTINCT n.name) AS names`,
  params: { rows },
  routing: "READ",
});
