// A user's Cypher result as the console shows it: every cell as plain JSON for the table, and the
// nodes and relationships it holds (anywhere: a column, a list, a map, a path) as a WireGraph.
import neo4j, { isInt, isNode, isPath, isPoint, isRelationship, type Node, type Relationship } from "neo4j-driver";
import { NODE_KINDS, REL_TYPES, type RelType } from "./model.ts";
import { toNumber } from "./neo4j-values.ts";
import { GRAPH_OPTIONS } from "./subgraph.ts";
import { labelOf, wireEdge, wireNode } from "./to-wire.ts";
import type { WireGraph } from "./wire.ts";

export type ResultElements = { nodes: Map<string, Node>; relationships: Map<string, Relationship> };
/** A node as found again after the query, with its degree in the whole database. */
export type FoundNode = { node: Node; degree: unknown };

export const emptyElements = (): ResultElements => ({ nodes: new Map(), relationships: new Map() });

/** Remembers every node and relationship inside value, so the graph and the cell keys can be built later. */
export function collectElements(value: unknown, into: ResultElements): void {
  if (isNode(value)) into.nodes.set(value.elementId, value);
  else if (isRelationship(value)) into.relationships.set(value.elementId, value);
  else if (isPath(value)) {
    into.nodes.set(value.start.elementId, value.start);
    for (const s of value.segments) {
      into.relationships.set(s.relationship.elementId, s.relationship);
      into.nodes.set(s.end.elementId, s.end);
    }
  } else if (Array.isArray(value)) for (const v of value) collectElements(v, into);
  else if (isPlainObject(value)) for (const v of Object.values(value)) collectElements(v, into);
}

/** Element ids of everything the graph may draw: the nodes, and both ends of every relationship. */
export function nodeElementIds(elements: ResultElements): string[] {
  const ids = new Set(elements.nodes.keys());
  for (const r of elements.relationships.values()) ids.add(r.startNodeElementId).add(r.endNodeElementId);
  return [...ids];
}

const kindOf = (node: Node) => NODE_KINDS.find((k) => node.labels.includes(k));
const idOf = (node: Node | undefined) => (typeof node?.properties.id === "string" ? node.properties.id : undefined);

/** Turns cells into JSON; node keys are their `id` property (the graph's keys), else Neo4j's element id. */
/**
 * How much of a result the console sends back: in all, this many values (list items and map
 * entries count one each), and no string longer than MAX_STRING. One row can hold a list of ten
 * million numbers; the rest is cut and the response says it was.
 */
export const MAX_VALUES = 100_000;
export const MAX_STRING = 20_000;

export function cellConverter(
  elements: ResultElements,
  found: Map<string, FoundNode>,
  budget: { values: number; cut: boolean } = { values: MAX_VALUES, cut: false },
) {
  const keyOf = (elementId: string) =>
    idOf(found.get(elementId)?.node) ?? idOf(elements.nodes.get(elementId)) ?? elementId;
  const nodeCell = (n: Node) => {
    const p = n.properties;
    const text = p.name || p.title || p.text || p.uri || keyOf(n.elementId);
    return { key: keyOf(n.elementId), label: labelOf(String(text)), kind: kindOf(n) ?? n.labels[0] ?? "Node" };
  };
  const relCell = (r: Relationship) => ({
    type: r.type,
    source: keyOf(r.startNodeElementId),
    target: keyOf(r.endNodeElementId),
  });
  const spend = () => {
    if (budget.values <= 0) {
      budget.cut = true;
      return false;
    }
    budget.values--;
    return true;
  };
  const cell = (v: unknown): unknown => {
    if (v === null || v === undefined) return null;
    if (typeof v === "string" && v.length > MAX_STRING) {
      budget.cut = true;
      return `${v.slice(0, MAX_STRING)}…`;
    }
    if (isInt(v)) return v.inSafeRange() ? toNumber(v) : v.toString();
    if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
    if (typeof v === "string" || typeof v === "boolean") return v;
    if (isNode(v)) return nodeCell(v);
    if (isRelationship(v)) return relCell(v);
    if (isPath(v))
      return {
        nodes: [v.start, ...v.segments.map((s) => s.end)].map(nodeCell),
        relationships: v.segments.map((s) => relCell(s.relationship)),
      };
    if (isPoint(v)) return { srid: toNumber(v.srid), x: v.x, y: v.y, ...(v.z === undefined ? {} : { z: v.z }) };
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (const x of v) {
        if (!spend()) break;
        out.push(cell(x));
      }
      return out;
    }
    if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
    if (isPlainObject(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        if (!spend()) break;
        out[k] = cell(x);
      }
      return out;
    }
    // Temporal values and durations print as ISO 8601.
    return String(v);
  };
  return cell;
}

/** The result's Entity, Claim and Source nodes, and the model's relationships between them. */
export function resultGraph(elements: ResultElements, found: Map<string, FoundNode>): WireGraph {
  const nodes = new Map<string, WireGraph["nodes"][number]>();
  for (const elementId of nodeElementIds(elements)) {
    const hit = found.get(elementId);
    const node = hit?.node ?? elements.nodes.get(elementId);
    if (node && kindOf(node)) nodes.set(elementId, wireNode(node, hit?.degree));
  }
  const edges = [...elements.relationships.values()].flatMap((r) => {
    const [source, target] = [nodes.get(r.startNodeElementId), nodes.get(r.endNodeElementId)];
    return source && target && REL_TYPES.includes(r.type as RelType) ? [wireEdge(r, source.key, target.key)] : [];
  });
  return { attributes: {}, options: GRAPH_OPTIONS, nodes: [...nodes.values()], edges };
}

/** Whole numbers in JSON parameters go to Neo4j as integers, so `LIMIT $n` and `range(1, $n)` work. */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  return value;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;
