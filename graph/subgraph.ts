// Reading (parts of) the graph out of Neo4j in the wire format.
import type { Relationship } from "neo4j-driver";
import type { Executor, Query } from "./executor.ts";
import * as read from "./queries/read.ts";
import { wireEdge, wireNode, type NodeLike } from "./to-wire.ts";
import type { WireGraph } from "./wire.ts";
import { inDateRange, type DateRange } from "./date-range.ts";
import { toNumber } from "./neo4j-values.ts";
import { NEIGHBOURHOOD_PAGE } from "./api-contract.ts";

export const GRAPH_OPTIONS = { type: "directed", multi: true, allowSelfLoops: true } as const;

async function assemble(db: Executor, nodeQuery: Query, relationshipQuery: Query): Promise<WireGraph> {
  const [nodeRecords, relRecords] = await Promise.all([db.read(nodeQuery), db.read(relationshipQuery)]);
  return {
    attributes: {},
    options: GRAPH_OPTIONS,
    nodes: nodeRecords.map((r) =>
      wireNode(r.get("n") as NodeLike, r.get("degree"), r.has("claims") ? r.get("claims") : undefined),
    ),
    edges: relRecords.map((r) => wireEdge(r.get("rel") as Relationship, r.get("source"), r.get("target"))),
  };
}

export const wholeGraph = (db: Executor) => assemble(db, read.allNodes, read.allRelationships);

export const graphOfIds = (db: Executor, ids: string[]) =>
  assemble(db, read.nodesByIds(ids), read.relationshipsAmong(ids));

/**
 * A node and its `limit` best-connected neighbours within `depth` hops, with the relationships among
 * them. The graph's attributes say how many neighbours there are in all (`total`) and how many came
 * (`shown`), so a cut is never silent; asking again with a larger limit gives the next ones.
 */
export async function neighbourhood(
  db: Executor,
  id: string,
  depth: read.Depth,
  limit = NEIGHBOURHOOD_PAGE,
): Promise<WireGraph> {
  const [rows, [size]] = await Promise.all([
    db.read(read.neighbourhoodIds(id, depth, limit)),
    db.read(read.neighbourhoodSize(id, depth)),
  ]);
  const ids = rows.map((r) => r.get("id") as string);
  const graph = await graphOfIds(db, [id, ...ids]);
  return { ...graph, attributes: { total: toNumber(size?.get("total") ?? 0), shown: ids.length } };
}

/**
 * The subgraph around an entity named by its name or alias; an error that says so when none matches.
 * With a date range, claims dated outside it (or undated) are left out, and so is whatever only they
 * tied to the entity.
 */
export async function subgraphAroundEntity(
  db: Executor,
  name: string,
  depth: read.Depth,
  range?: DateRange,
): Promise<WireGraph> {
  const [hit] = await db.read(read.entityByName(name));
  if (!hit) throw new Error(`export: no entity is named "${name}" (names and aliases are matched ignoring case)`);
  const key = hit.get("id") as string;
  // An export is the whole neighbourhood, not the explorer's first page of it.
  const wire = await neighbourhood(db, key, depth, Number.MAX_SAFE_INTEGER);
  return range ? connectedTo(withoutClaimsOutside(wire, range), key) : wire;
}

/** Claims dated within the range, the entities and sources they link to, and the relationships among them. */
export async function claimsWithin(db: Executor, range: DateRange): Promise<WireGraph> {
  const [rec] = await db.read(read.datedClaimIds(range.since, range.until));
  return graphOfIds(db, (rec?.get("ids") as string[] | undefined) ?? []);
}

/** The graph less the claims not dated within the range, and less their relationships. */
export function withoutClaimsOutside(wire: WireGraph, range: DateRange): WireGraph {
  const dropped = new Set(
    wire.nodes
      .filter((n) => n.attributes.kind === "Claim" && !inDateRange(n.attributes.publishedAt, range))
      .map((n) => n.key),
  );
  return {
    ...wire,
    nodes: wire.nodes.filter((n) => !dropped.has(n.key)),
    edges: wire.edges.filter((e) => !dropped.has(e.source) && !dropped.has(e.target)),
  };
}

/** The part of the graph reachable from `key` along relationships in either direction. */
export function connectedTo(wire: WireGraph, key: string): WireGraph {
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = links.get(a);
    if (list) list.push(b);
    else links.set(a, [b]);
  };
  for (const e of wire.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const reached = new Set([key]);
  const queue = [key];
  while (queue.length > 0)
    for (const next of links.get(queue.pop()!) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  return {
    ...wire,
    nodes: wire.nodes.filter((n) => reached.has(n.key)),
    edges: wire.edges.filter((e) => reached.has(e.source)),
  };
}
