// Where new nodes go. The first graph is laid out from scratch; after that the nodes already on
// screen never move when the graph grows: newcomers start around the node they came from and are
// settled by a ForceAtlas2 run on a small graph of just them and their drawn neighbours (fixed).
import Graph from "graphology";
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { ClaimGraph, Point } from "../../state/graph-data.ts";

/** Lays a freshly loaded graph out from scratch: a circle (deterministic, no overlaps), FA2, noverlap. */
export function layoutFromScratch(graph: ClaimGraph): void {
  if (graph.order === 0) return;
  circular.assign(graph, { scale: 100 });
  if (graph.order > 1) forceAtlas2.assign(graph, { iterations: 300, settings: forceAtlas2.inferSettings(graph) });
  noverlap.assign(graph, { maxIterations: 50, settings: { margin: 2 } });
}

/** Centre of the drawn nodes among `keys` (or of the whole graph), where newcomers start. */
export function arrivalPoint(graph: ClaimGraph, keys: readonly string[]): Point {
  const drawn = keys.filter((k) => graph.hasNode(k));
  const points = drawn.length > 0 ? drawn : graph.nodes();
  if (points.length === 0) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  for (const key of points) {
    x += graph.getNodeAttribute(key, "x");
    y += graph.getNodeAttribute(key, "y");
  }
  return { x: x / points.length, y: y / points.length };
}

/** Typical distance between neighbours on screen, so newcomers land at the same scale. */
function typicalEdgeLength(graph: ClaimGraph): number {
  let total = 0;
  let count = 0;
  for (const edge of graph.edges().slice(0, 500)) {
    const s = graph.getNodeAttributes(graph.source(edge));
    const t = graph.getNodeAttributes(graph.target(edge));
    total += Math.hypot(s.x - t.x, s.y - t.y);
    count++;
  }
  return count > 0 && total > 0 ? total / count : 10;
}

/** Points on a sunflower spiral: evenly spread, no two on top of each other. */
export function spiral(center: Point, radius: number): (i: number) => Point {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return (i) => {
    const r = radius * Math.sqrt(i + 1);
    return { x: center.x + r * Math.cos(i * golden), y: center.y + r * Math.sin(i * golden) };
  };
}

/**
 * Settles `added` (already in the graph at their starting points) by running FA2 on the subgraph
 * of the added nodes and their neighbours, with the neighbours fixed; then copies back only the
 * added nodes' positions. Cost grows with what was added, not with the graph.
 */
export function settleNewcomers(graph: ClaimGraph, added: readonly string[]): void {
  if (added.length === 0) return;
  const local = new Graph();
  const isNew = new Set(added);
  for (const key of added) {
    const { x, y } = graph.getNodeAttributes(key);
    local.mergeNode(key, { x, y });
    graph.forEachNeighbor(key, (neighbour, attributes) => {
      if (!isNew.has(neighbour)) local.mergeNode(neighbour, { x: attributes.x, y: attributes.y, fixed: true });
      local.mergeEdge(key, neighbour);
    });
  }
  forceAtlas2.assign(local, { iterations: 80, settings: { ...forceAtlas2.inferSettings(local), gravity: 0.5 } });
  for (const key of added) {
    const { x, y } = local.getNodeAttributes(key);
    graph.mergeNodeAttributes(key, { x, y });
  }
}

export interface Placement {
  /** Where the i-th new node starts. */
  place(i: number): Point;
}

/** New nodes spiral out from around `anchors` (the node expanded, or the drawn nodes of a result). */
export function placementAround(graph: ClaimGraph, anchors: readonly string[]): Placement {
  const at = spiral(arrivalPoint(graph, anchors), typicalEdgeLength(graph) * 0.4);
  return { place: at };
}
