// The answer of /api/path read as routes: each path's steps in order (which relationship, which way)
// and the part of the answer's graph that one path needs, so that one path at a time is drawn.
import { PathRoutes } from "../../../graph/api-contract.ts";
import type { WireGraph } from "../../../graph/wire.ts";

export interface PathStep {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  /** Whether the relationship points from `from` to `to` (else it points back). */
  readonly forward: boolean;
}

export interface Route {
  readonly steps: readonly PathStep[];
  /** The answer's graph cut down to this path's nodes and edges. */
  readonly graph: WireGraph;
}

export function routesOf(wire: WireGraph): Route[] {
  const parsed = PathRoutes.safeParse(wire.attributes);
  if (!parsed.success) return [];
  return parsed.data.paths.map(({ nodes, edges }) => {
    const edgeList = edges.map((at) => wire.edges[at]!);
    const keep = new Set(nodes);
    return {
      steps: edgeList.map((e, i) => ({
        from: nodes[i]!,
        to: nodes[i + 1]!,
        type: e.attributes.type,
        forward: e.source === nodes[i],
      })),
      graph: { ...wire, attributes: {}, nodes: wire.nodes.filter((n) => keep.has(n.key)), edges: edgeList },
    };
  });
}
