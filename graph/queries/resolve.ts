// Finding, for entities about to be written, the entity another document already made for them.
import type { Query } from "../executor.ts";
import { relTypesWhere, specOf } from "../model.ts";

/** Lucene phrase query on the alias field, with the query syntax escaped. */
export const aliasPhrase = (name: string) => `aliasText:"${name.replace(/[\\"]/g, "\\$&")}"`;

export type ResolveRow = { id: string; name: string; type: string; aliases: string[]; phrase: string };

/**
 * Per batch entity, stored entities of the same type that name it too: `shorter` when the stored
 * name is the batch entity's name or one of its aliases (name index; a stored entity renamed to a
 * fuller name keeps its first id, so the same name can stand under another id), `longer` when the
 * stored entity lists the batch name among its aliases (full-text index, then an exact check).
 * `storedName`: the name the batch entity's own id is stored under, when an earlier document stored it.
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
          RETURN e.id AS id, collect({id: n.id, name: n.name, how: how}) AS matches,
                 COLLECT { MATCH (own:Entity {id: e.id, type: e.type}) RETURN own.name }[0] AS storedName`,
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

/** The types that end at an entity: what a merged entity's relationships are moved over. */
const TO_ENTITY = relTypesWhere((r) => r.to === "Entity");

/**
 * Two stored entities found to be one (a document names both): `from` goes into `into`, which takes
 * its relationships (a source that mentions both keeps one MENTIONS with the counts added), its
 * names as aliases, its notes, and its place in the claims' link keys.
 */
export const mergeEntities = (rows: { from: string; into: string; fromToken: string; intoToken: string }[]): Query => ({
  query: `UNWIND $rows AS m
          MATCH (o:Entity {id: m.from}), (s:Entity {id: m.into})
          CALL (o, m) {
            MATCH (c:Claim)-[:${TO_ENTITY.filter((t) => specOf(t).from === "Claim").join("|")}]->(o)
            WHERE c.linkKeys IS NOT NULL
            WITH DISTINCT c, split(c.linkKeys, ' ') AS keys
            WITH c, [k IN keys WHERE k <> m.fromToken] + CASE WHEN m.intoToken IN keys THEN [] ELSE [m.intoToken] END AS kept
            SET c.linkKeys = reduce(s = '', k IN kept | s + CASE WHEN s = '' THEN '' ELSE ' ' END + k)
          }
          ${TO_ENTITY.map(
            (t) => `CALL (o, s) {
            MATCH (x)-[r:${t}]->(o)
            MERGE (x)-[r2:${t}]->(s)
            ON CREATE SET r2 = properties(r)
            ${t === "MENTIONS" ? "ON MATCH SET r2.count = r2.count + r.count, r2.spans = r2.spans + r.spans" : ""}
          }`,
          ).join("\n          ")}
          SET s.aliases = reduce(acc = s.aliases, a IN [o.name] + o.aliases | CASE WHEN a = s.name OR a IN acc THEN acc ELSE acc + a END),
              s.resolution = coalesce(s.resolution, []) + [x IN coalesce(o.resolution, []) WHERE NOT x IN coalesce(s.resolution, [])],
              s.found = coalesce(s.found, []) + [x IN coalesce(o.found, []) WHERE NOT x IN coalesce(s.found, [])]
          SET s.aliasText = reduce(t = '', a IN s.aliases | t + ' ' + a)
          DETACH DELETE o`,
  params: { rows },
  routing: "WRITE",
});
