// Reading (parts of) the graph out of Neo4j in the wire format.
import type { Relationship } from "neo4j-driver";
import type { Executor, Query } from "./executor.ts";
import * as read from "./queries/read.ts";
import { wireEdge, wireNode, type NodeLike } from "./to-wire.ts";
import type { WireGraph } from "./wire.ts";

export const GRAPH_OPTIONS = { type: "directed", multi: true, allowSelfLoops: true } as const;

async function assemble(db: Executor, nodeQuery: Query, relationshipQuery: Query): Promise<WireGraph> {
  const [nodeRecords, relRecords] = await Promise.all([db.read(nodeQuery), db.read(relationshipQuery)]);
  return {
    attributes: {},
    options: GRAPH_OPTIONS,
    nodes: nodeRecords.map((r) => wireNode(r.get("n") as NodeLike, r.get("degree"))),
    edges: relRecords.map((r) => wireEdge(r.get("rel") as Relationship, r.get("source"), r.get("target"))),
  };
}

export const wholeGraph = (db: Executor) => assemble(db, read.allNodes, read.allRelationships);

export const graphOfIds = (db: Executor, ids: string[]) =>
  assemble(db, read.nodesByIds(ids), read.relationshipsAmong(ids));

export async function neighbourhood(db: Executor, id: string, depth: read.Depth, limit = 2000): Promise<WireGraph> {
  const ids = (await db.read(read.neighbourhoodIds(id, depth, limit))).map((r) => r.get("id") as string);
  return graphOfIds(db, ids);
}

/** The subgraph around an entity named by its name or alias; an error that says so when none matches. */
export async function subgraphAroundEntity(db: Executor, name: string, depth: read.Depth): Promise<WireGraph> {
  const [hit] = await db.read(read.entityByName(name));
  if (!hit) throw new Error(`export: no entity is named "${name}" (names and aliases are matched ignoring case)`);
  return neighbourhood(db, hit.get("id") as string, depth);
}
