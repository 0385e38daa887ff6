// Sigma rendering of the graph. Hover, selection, filters, path and search highlights are display
// only: the reducers apply them from the view state, they are never written into the graph.
import Sigma from "sigma";
import type { Coordinates, EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes } from "../../../../graph/wire.ts";
import { LABEL_COLOR, renderSettings } from "../../appearance.ts";
import type { ClaimGraph, ViewNode } from "../../state/graph-data.ts";
import { initialState, type ViewState } from "../../state/view-state.ts";
import { computeVisibility, type Visibility } from "../../state/visibility.ts";
import { createReducers, type VisualInput } from "./reducers.ts";

export interface GraphViewEvents {
  clickNode(key: string): void;
  doubleClickNode(key: string): void;
  clickStage(): void;
  hoverNode(key: string | null): void;
}

export interface GraphView {
  readonly sigma: Sigma<ViewNode, EdgeAttributes>;
  /** Re-renders with new interaction state. */
  setState(state: ViewState): void;
  /** Zooms in on a node, moving it to the centre of `area` (default: the viewport). */
  focusNode(key: string, area?: Area): void;
  /** Moves the camera so that all of `keys` fit in `area` (default: the viewport). */
  fitNodes(keys: readonly string[], area?: Area, animate?: boolean): void;
  /** Whether the filters currently hide the node. */
  isFilteredOut(key: string): boolean;
  nodeDisplay(key: string): NodeDisplayData | undefined;
  edgeDisplay(key: string): EdgeDisplayData | undefined;
}

const LARGE = 5000;

/** A rectangle of the viewport, in CSS pixels. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const centreOf = (a: Area): Coordinates => ({ x: a.x + a.width / 2, y: a.y + a.height / 2 });

export function createGraphView(container: HTMLElement, graph: ClaimGraph, events: GraphViewEvents): GraphView {
  let state = initialState;
  let visibility: Visibility | null = null; // null: to recompute (the graph or the filters changed)
  let focusSet: ReadonlySet<string> | null = null;
  let focusSetOf: string | null = null;
  let input: VisualInput | null = null;

  const focusOf = (s: ViewState) => s.hovered ?? s.selected;

  /** Rebuilt only when something it depends on changed, never per reducer call. */
  function visualInput(): VisualInput {
    if (input) return input;
    visibility ??= computeVisibility(graph, state.filters);
    const focus = focusOf(state);
    if (focus !== focusSetOf || focusSet === null) {
      focusSetOf = focus;
      focusSet = focus !== null && graph.hasNode(focus) ? new Set([focus, ...graph.neighbors(focus)]) : null;
    }
    input = {
      visibility,
      selected: state.selected,
      focus: focus !== null && graph.hasNode(focus) ? focus : null,
      focusSet,
      emphasis: state.emphasis,
      searchMatches: state.searchMatches,
      dimOthers: !large,
      sizeScale: large ? 0.4 : 1,
    };
    return input;
  }

  /** What a focus change touches: the focus, its neighbours, the selection, and their edges. */
  function focusFootprint(): { nodes: Set<string>; edges: Set<string> } {
    const v = visualInput();
    const nodes = new Set<string>(v.focusSet ?? []);
    const edges = new Set<string>();
    for (const key of [v.focus, v.selected])
      if (key !== null && graph.hasNode(key)) {
        nodes.add(key);
        graph.forEachEdge(key, (edge) => void edges.add(edge));
      }
    return { nodes, edges };
  }

  /** Past LARGE nodes, a hover highlights without dimming the rest, so it costs O(degree), not O(n). */
  let large = false;
  const { nodeReducer, edgeReducer } = createReducers(graph, visualInput);

  const sigma = new Sigma<ViewNode, EdgeAttributes>(graph, container, {
    nodeReducer,
    edgeReducer,
    zIndex: true,
    ...renderSettings(0),
    labelFont: "Inter, system-ui, sans-serif",
    labelSize: 12,
    labelWeight: "500",
    labelColor: { color: LABEL_COLOR },
    stagePadding: 60, // room for labels at the edges
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
  });

  // The structure changed: filters and neighbour sets must be recomputed, and a graph that grew
  // past the size where arrows and labels-on-move cost too much gets lighter settings. Graph events
  // come one per node and edge, so all of this waits for the end of the burst: recomputing inside
  // the reducers would make an import of n nodes cost O(n²).
  let structurePending = false;
  const structureChanged = () => {
    if (structurePending) return;
    structurePending = true;
    queueMicrotask(() => {
      structurePending = false;
      const mattered =
        visibility === null || visibility.hiddenNodes.size > 0 || state.filters.documents !== null || focusSet !== null;
      visibility = computeVisibility(graph, state.filters);
      focusSet = null;
      input = null;
      const nowLarge = graph.order > LARGE;
      if (nowLarge !== large) {
        large = nowLarge;
        for (const [name, value] of Object.entries(renderSettings(graph.order)))
          sigma.setSetting(name as keyof ReturnType<typeof renderSettings>, value as never);
      } else if (mattered || visibility.hiddenNodes.size > 0) sigma.refresh({ schedule: true });
    });
  };
  for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared", "edgesCleared"] as const)
    graph.on(event, structureChanged);

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

  function animateTo(x: number, y: number, ratio: number, at?: Coordinates, animate = true): void {
    const camera = sigma.getCamera();
    const target = { ...camera.getState(), x, y, ratio };
    if (at) {
      // The camera's x, y is the point shown at the viewport centre: shift it by the distance,
      // in graph units at the target zoom, between the centre and `at`.
      const { width, height } = sigma.getDimensions();
      const there = sigma.viewportToFramedGraph(at, { cameraState: target });
      const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 }, { cameraState: target });
      target.x -= there.x - centre.x;
      target.y -= there.y - centre.y;
    }
    if (animate) void camera.animate(target, { duration: 600 });
    else camera.setState(target);
  }

  return {
    sigma,
    setState(next) {
      const onlyFocus =
        next.filters === state.filters &&
        next.emphasis === state.emphasis &&
        next.searchMatches === state.searchMatches;
      if (large && onlyFocus) {
        // Re-reduce just what the old and the new focus touch.
        const before = focusFootprint();
        state = next;
        input = null;
        const after = focusFootprint();
        const nodes = [...new Set([...before.nodes, ...after.nodes])];
        const edges = [...new Set([...before.edges, ...after.edges])];
        sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
        return;
      }
      if (next.filters !== state.filters) visibility = null;
      state = next;
      input = null;
      sigma.refresh({ schedule: true });
    },
    focusNode(key, area) {
      // Process pending graph changes now: a node merged a moment ago has no display data yet,
      // and merging can change the normalisation of every position.
      sigma.refresh();
      const node = sigma.getNodeDisplayData(key);
      if (node) animateTo(node.x, node.y, Math.min(sigma.getCamera().ratio, 0.75), area && centreOf(area));
    },
    fitNodes(keys, area, animate = true) {
      sigma.refresh();
      const points = keys.map((k) => sigma.getNodeDisplayData(k)).filter((d) => d !== undefined);
      if (points.length === 0) return;
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      // How many pixels one framed-graph unit spans at ratio 1; the ratio then scales linearly.
      const { width, height } = sigma.getDimensions();
      const atRatio1 = { x: 0.5, y: 0.5, angle: 0, ratio: 1 };
      const origin = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: atRatio1 });
      const one = sigma.framedGraphToViewport({ x: 1, y: 0 }, { cameraState: atRatio1 });
      const unit = Math.abs(one.x - origin.x);
      const whole = area ?? { x: 0, y: 0, width, height };
      // Labels are drawn right of their nodes: keep room for them on that side.
      const free = { ...whole, width: Math.max(whole.width - 140, whole.width / 2) };
      const ratio = Math.max(
        ((maxX - minX) * unit) / (free.width * 0.9),
        ((maxY - minY) * unit) / (free.height * 0.85),
      );
      animateTo((minX + maxX) / 2, (minY + maxY) / 2, Math.min(Math.max(ratio, 0.1), 4), centreOf(free), animate);
    },
    isFilteredOut: (key) => visualInput().visibility.hiddenNodes.has(key),
    nodeDisplay: (key) => sigma.getNodeDisplayData(key),
    edgeDisplay: (key) => sigma.getEdgeDisplayData(key),
  };
}
