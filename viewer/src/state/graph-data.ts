// The explorer's graphology graph and how API responses (wire graphs) are merged into it.
import { MultiDirectedGraph } from "graphology";
import { edgeDistinction, type EdgeAttributes, type NodeAttributes, type WireGraph } from "../../../graph/wire.ts";

export interface Point {
  x: number;
  y: number;
  /** Pinned by the user (dragged there): layouts leave it where it is (ForceAtlas2 reads `fixed`). */
  fixed?: boolean;
}
/** Wire node attributes plus the position the layout gives them (sigma needs x and y on every node). */
export type ViewNode = NodeAttributes & Point;
export type ClaimGraph = MultiDirectedGraph<ViewNode, EdgeAttributes>;

export const createGraph = (): ClaimGraph => new MultiDirectedGraph<ViewNode, EdgeAttributes>();

/**
 * Keyless wire edges get a key derived from what they connect: `graph.import` would otherwise add
 * them again each time the same neighbourhood is merged. STATED_IN keeps its offsets in the key since a
 * claim can be stated twice in one source (its `distinctBy` in the RELATIONSHIPS table).
 */
export function edgeKey(edge: WireGraph["edges"][number]): string {
  return edge.key ?? `${edge.attributes.type}:${edge.source}->${edge.target}${edgeDistinction(edge.attributes)}`;
}

/**
 * Merges `wire` into `graph`: existing nodes keep their position, new ones get `place()`; edges to
 * nodes that are in neither are dropped. Returns the keys of the nodes added.
 */
export function mergeWire(graph: ClaimGraph, wire: WireGraph, place: () => Point): string[] {
  const added: string[] = [];
  const nodes = wire.nodes.map(({ key, attributes }) => {
    let position: Point;
    if (graph.hasNode(key)) position = { x: graph.getNodeAttribute(key, "x"), y: graph.getNodeAttribute(key, "y") };
    else {
      position = place();
      added.push(key);
    }
    return { key, attributes: { ...attributes, ...position } };
  });
  const wireKeys = new Set(wire.nodes.map((n) => n.key));
  const known = (key: string) => wireKeys.has(key) || graph.hasNode(key);
  const edges = wire.edges
    .filter((e) => known(e.source) && known(e.target))
    .map((e) => ({ key: edgeKey(e), source: e.source, target: e.target, attributes: e.attributes }));
  graph.import({ attributes: wire.attributes, nodes, edges }, true);
  return added;
}
