// Finding, for entities about to be written, the entity another document already made for them.
import type { Query } from "../executor.ts";

/** Lucene phrase query on the alias field, with the query syntax escaped. */
export const aliasPhrase = (name: string) => `aliasText:"${name.replace(/[\\"]/g, "\\$&")}"`;

export type ResolveRow = { id: string; name: string; type: string; aliases: string[]; phrase: string };

/**
 * Per batch entity, stored entities of the same type that name it too: `shorter` when the stored
 * name is the batch entity's name or one of its aliases (name index; a stored entity renamed to a
 * fuller name keeps its first id, so the same name can stand under another id), `longer` when the
 * stored entity lists the batch name among its aliases (full-text index, then an exact check).
 */
export const sameEntityElsewhere = (rows: ResolveRow[]): Query => ({
  query: `UNWIND $rows AS e
          CALL (e) {
            UNWIND e.aliases + [e.name] AS alias
            MATCH (n:Entity {name: alias}) WHERE n.type = e.type AND n.id <> e.id
            RETURN n, 'shorter' AS how
            UNION
            CALL db.index.fulltext.queryNodes('entity_source_search', e.phrase) YIELD node AS n
            WITH n, e WHERE n:Entity AND n.type = e.type AND n.id <> e.id AND e.name IN n.aliases
            RETURN n, 'longer' AS how
          }
          RETURN e.id AS id, collect({id: n.id, name: n.name, how: how}) AS matches`,
  params: { rows },
  routing: "READ",
});

/** A person first stored under a family name gets the full name when a document gives it. */
export const renameEntities = (rows: { id: string; name: string }[]): Query => ({
  query: `UNWIND $rows AS r
          MATCH (n:Entity {id: r.id})
          SET n.aliases = [a IN n.aliases WHERE a <> r.name] + CASE WHEN n.name IN n.aliases THEN [] ELSE [n.name] END,
              n.name = r.name
          SET n.aliasText = reduce(s = '', a IN n.aliases | s + ' ' + a)`,
  params: { rows },
  routing: "WRITE",
});
