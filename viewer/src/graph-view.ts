// Sigma rendering of the graph. Hover, selection and search highlights are display-only: they are
// applied by the node and edge reducers from the view state, never written into the graph.
import Sigma from "sigma";
import type { Coordinates, EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes } from "../../graph/wire.ts";
import {
  EDGE_COLOR,
  FADED_NODE_COLOR,
  FOCUSED_EDGE_COLOR,
  LABEL_COLOR,
  nodeColor,
  nodeLabel,
  nodeSize,
} from "./appearance.ts";
import type { ClaimGraph, ViewNode } from "./graph-data.ts";
import { initialState, type ViewState } from "./state.ts";

export interface GraphViewEvents {
  clickNode(key: string): void;
  doubleClickNode(key: string): void;
  clickStage(): void;
  hoverNode(key: string | null): void;
}

export interface GraphView {
  /** Re-renders with new interaction state (cheap: no re-indexing). */
  setState(state: ViewState): void;
  /** Zooms in on a node, moving it to `at` (viewport pixels; default: the centre). */
  focusNode(key: string, at?: Coordinates): void;
}

export function createGraphView(container: HTMLElement, graph: ClaimGraph, events: GraphViewEvents): GraphView {
  let state = initialState;
  /** The hovered node wins over the selected one, so the user can explore around a selection. */
  const focus = () => state.hovered ?? state.selected;
  const inFocus = (key: string, f: string) => key === f || graph.areNeighbors(key, f);

  const nodeReducer = (key: string, data: ViewNode): Partial<NodeDisplayData> => {
    const display: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: nodeLabel(data),
      color: nodeColor(data),
      size: nodeSize(data, graph.degree(key)),
    };
    const f = focus();
    if (f !== null && !inFocus(key, f)) return { ...display, color: FADED_NODE_COLOR, label: null, zIndex: 0 };
    if (key === state.selected) return { ...display, highlighted: true, forceLabel: true, zIndex: 3 };
    if (state.searchMatches.has(key)) return { ...display, highlighted: true, forceLabel: true, zIndex: 2 };
    // Neighbours of the focus keep their labels, which is the point of focusing.
    return f !== null ? { ...display, forceLabel: true, zIndex: 1 } : display;
  };

  const edgeReducer = (key: string): Partial<EdgeDisplayData> => {
    const f = focus();
    if (f === null) return { color: EDGE_COLOR, size: 1 };
    return graph.hasExtremity(key, f) ? { color: FOCUSED_EDGE_COLOR, size: 1.5, zIndex: 1 } : { hidden: true };
  };

  const sigma = new Sigma<ViewNode, EdgeAttributes>(graph, container, {
    nodeReducer,
    edgeReducer,
    zIndex: true,
    defaultEdgeType: "arrow",
    labelFont: "Inter, system-ui, sans-serif",
    labelSize: 12,
    labelWeight: "500",
    labelColor: { color: LABEL_COLOR },
    labelRenderedSizeThreshold: 7,
    stagePadding: 60, // room for labels at the edges
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
  });

  sigma.on("clickNode", ({ node }) => events.clickNode(node));
  sigma.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
    preventSigmaDefault(); // double-click expands the node; without this sigma also zooms in
    events.doubleClickNode(node);
  });
  sigma.on("clickStage", () => events.clickStage());
  sigma.on("enterNode", ({ node }) => {
    container.style.cursor = "pointer";
    events.hoverNode(node);
  });
  sigma.on("leaveNode", () => {
    container.style.cursor = "";
    events.hoverNode(null);
  });

  return {
    setState(next) {
      state = next;
      sigma.refresh({ skipIndexation: true });
    },
    focusNode(key, at) {
      // Process pending graph changes now: a node merged a moment ago has no display data yet,
      // and merging can change the normalisation of every position.
      sigma.refresh();
      const node = sigma.getNodeDisplayData(key);
      if (!node) return;
      const camera = sigma.getCamera();
      const target = { ...camera.getState(), x: node.x, y: node.y, ratio: Math.min(camera.ratio, 0.75) };
      if (at) {
        // The camera's x, y is the point shown at the viewport centre: shift it by the distance,
        // in graph units at the target zoom, between the centre and `at`.
        const { width, height } = sigma.getDimensions();
        const there = sigma.viewportToFramedGraph(at, { cameraState: target });
        const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: target });
        target.x -= there.x - centre.x;
        target.y -= there.y - centre.y;
      }
      camera.animate(target, { duration: 600 });
    },
  };
}
