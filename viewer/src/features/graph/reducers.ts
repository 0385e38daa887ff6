// The visual step of the chain: node and edge reducers that turn graph data plus interaction state
// into what sigma draws. Everything they consult is precomputed (sets built when the state or the
// graph changes), so each call is O(1): sigma runs them for every node on each layout tick.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes } from "../../../../graph/wire.ts";
import {
  EMPHASIS_COLOR,
  type Palette,
  edgeColor,
  nodeColor,
  nodeLabel,
  nodeSize,
  sizeMeasure,
  type SizeBy,
} from "../../appearance.ts";
import type { ClaimGraph, ViewNode } from "../../state/graph-data.ts";
import type { Emphasis } from "../../state/view-state.ts";
import type { Visibility } from "../../state/visibility.ts";

/** Everything the reducers read, rebuilt by the graph view when one of its parts changes. */
export interface VisualInput {
  readonly visibility: Visibility;
  readonly selected: string | null;
  /** The hovered (or else selected) node. */
  readonly focus: string | null;
  /** The focus and its neighbours, or null without a focus. */
  readonly focusSet: ReadonlySet<string> | null;
  readonly emphasis: Emphasis | null;
  readonly searchMatches: ReadonlySet<string>;
  /** Whether a focus dims everything else (small graphs) or only highlights its neighbourhood. */
  readonly dimOthers: boolean;
  /** Node sizes shrink in large graphs, where hubs would otherwise cover their clusters. */
  readonly sizeScale: number;
  readonly sizeBy: SizeBy;
  /** The largest size measure on the canvas, which the largest node is drawn at. */
  readonly largest: number;
  /** The neighbours of the focus that keep their labels: all of a few, the best connected of many. */
  readonly labelled: ReadonlySet<string>;
  readonly palette: Palette;
  /** A node's community colour, when colouring by community; else undefined (colour by type). */
  readonly communityColor: ((key: string) => string | undefined) | null;
}

export function createReducers(graph: ClaimGraph, input: () => VisualInput) {
  const nodeReducer = (key: string, data: ViewNode): Partial<NodeDisplayData> => {
    const v = input();
    if (v.visibility.hiddenNodes.has(key)) return { x: data.x, y: data.y, hidden: true };
    const display: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: nodeLabel(data),
      color: v.communityColor?.(key) ?? nodeColor(data),
      size: nodeSize(data, sizeMeasure(data, graph.degree(key), v.sizeBy), v.largest) * v.sizeScale,
    };
    const inFocus = v.focusSet?.has(key) ?? false;
    const emphasised = v.emphasis?.nodes.has(key) ?? false;
    const lit =
      (v.focusSet === null && v.emphasis === null) || inFocus || emphasised || (!v.dimOthers && v.emphasis === null);
    if (!lit) return { ...display, color: v.palette.fadedNode, label: null, zIndex: 0 };
    if (key === v.selected) return { ...display, highlighted: true, forceLabel: true, zIndex: 4 };
    if (emphasised) return { ...display, size: (display.size ?? 4) * 1.3, forceLabel: true, zIndex: 3 };
    if (v.searchMatches.has(key)) return { ...display, highlighted: true, forceLabel: true, zIndex: 2 };
    // Neighbours of the focus keep their labels, which is the point of focusing; of a hub's hundreds,
    // the best connected do, and the others where the label grid finds room.
    return inFocus ? { ...display, forceLabel: v.labelled.has(key), zIndex: 1 } : display;
  };

  const edgeReducer = (key: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const v = input();
    const { hiddenNodes, hiddenRelations } = v.visibility;
    if (hiddenRelations.has(data.type)) return { hidden: true };
    if (hiddenNodes.size > 0 && (hiddenNodes.has(graph.source(key)) || hiddenNodes.has(graph.target(key))))
      return { hidden: true };
    if (v.emphasis?.edges.has(key)) return { color: EMPHASIS_COLOR, size: 3, zIndex: 2 };
    if (v.focus !== null) {
      if (graph.hasExtremity(key, v.focus)) return { color: v.palette.focusedEdge, size: 1.5, zIndex: 1 };
      if (!v.dimOthers && v.emphasis === null) return { color: edgeColor(data.type), size: 1 };
      return v.emphasis === null ? { hidden: true } : { color: v.palette.fadedEdge, size: 0.5 };
    }
    if (v.emphasis !== null) return { color: v.palette.fadedEdge, size: 0.5 };
    return { color: edgeColor(data.type), size: 1 };
  };

  return { nodeReducer, edgeReducer };
}
