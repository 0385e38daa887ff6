// Node positions. v0 runs ForceAtlas2 synchronously, which is fine for the few hundred nodes the
// explorer shows at once; a web-worker FA2 replaces `settle` when graphs grow.
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { WireGraph } from "../../graph/wire.ts";
import type { ClaimGraph, Point } from "./graph-data.ts";

/** Runs FA2 on the whole graph, with settings inferred from its size. */
export function settle(graph: ClaimGraph, iterations: number): void {
  if (graph.order > 1) forceAtlas2.assign(graph, { iterations, settings: forceAtlas2.inferSettings(graph) });
}

/** Lays a freshly loaded graph out from scratch: a circle (deterministic, no overlaps) then FA2. */
export function layoutFromScratch(graph: ClaimGraph): void {
  circular.assign(graph, { scale: 100 });
  settle(graph, 300);
}

/**
 * Where to put nodes arriving with `wire`: around `anchor` if it is already drawn, else around the
 * wire's nodes that are, else at the centre of the graph.
 */
export function arrivalPoint(graph: ClaimGraph, wire: WireGraph, anchor?: string): Point {
  const drawn =
    anchor && graph.hasNode(anchor) ? [anchor] : wire.nodes.map((n) => n.key).filter((k) => graph.hasNode(k));
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

/** Random points on a small disc around `center`, so FA2 can pull new nodes apart. */
export const scatterAround =
  (center: Point, radius = 10) =>
  (): Point => {
    const angle = Math.random() * 2 * Math.PI;
    const r = radius * (0.5 + Math.random() / 2);
    return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
  };
