// Sigma rendering of the graph. Hover, selection, filters, path and search highlights are display
// only: the reducers apply them from the view state, they are never written into the graph.
import louvain from "graphology-communities-louvain";
import Sigma from "sigma";
import { drawDiscNodeLabel, type NodeHoverDrawingFunction, type NodeLabelDrawingFunction } from "sigma/rendering";
import type { Coordinates, EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes } from "../../../../graph/wire.ts";
import {
  COMMUNITY_COLORS,
  DARK_PALETTE,
  LIGHT_PALETTE,
  renderSettings,
  sizeMeasure,
  type Palette,
  type SizeBy,
} from "../../appearance.ts";
import { seededRandom } from "../../utils/seeded-random.ts";
import type { ClaimGraph, ViewNode } from "../../state/graph-data.ts";
import { initialState, type ViewState } from "../../state/view-state.ts";
import { computeVisibility, type Visibility } from "../../state/visibility.ts";
import { createReducers, type VisualInput } from "./reducers.ts";

export interface GraphViewEvents {
  clickNode(key: string): void;
  doubleClickNode(key: string): void;
  clickStage(): void;
  hoverNode(key: string | null): void;
  /** The parts of the viewport the floating panels cover, where no label is drawn. */
  covered(): readonly Area[];
  /** A node was dragged and pinned where it was dropped. */
  pinned(key: string): void;
}

/** How nodes are sized and coloured. */
export interface Appearance {
  sizeBy: SizeBy;
  colorBy: "type" | "community";
}

/** A label drawn in the last frame, in viewport pixels (for the tests: none under a panel). */
export interface LabelBox extends Area {
  key: string;
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
  setAppearance(appearance: Appearance): void;
  /** Draws for a dark page (light labels, dark fades) or a light one. */
  setDark(dark: boolean): void;
  isDark(): boolean;
  /** Lets a pinned (dragged) node be moved by layouts again. */
  unpin(key: string): void;
  /** The labels drawn in the last frame. */
  labelsDrawn(): readonly LabelBox[];
  /** The community of each node, when colouring by community. */
  communities(): ReadonlyMap<string, number> | null;
}

/** A hub's neighbours that keep their labels when it is focused; the others only where there is room. */
const LABELLED_NEIGHBOURS = 12;

const overlaps = (a: Area, b: Area) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

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
  let appearance: Appearance = { sizeBy: "degree", colorBy: "type" };
  let palette: Palette = LIGHT_PALETTE;
  let largest: number | null = null; // null: to recompute
  let labelled: ReadonlySet<string> = new Set();
  let communities: Map<string, number> | null = null;
  let communityColors: Map<number, string> | null = null;

  const measureOf = (key: string) => sizeMeasure(graph.getNodeAttributes(key), graph.degree(key), appearance.sizeBy);

  /** Louvain communities of the canvas (seeded, so the same graph gets the same colours), largest first. */
  function computeCommunities(): void {
    if (appearance.colorBy !== "community" || graph.order === 0) return void (communities = communityColors = null);
    communities = new Map(Object.entries(louvain(graph, { rng: seededRandom(7) })));
    const sizes = new Map<number, number>();
    for (const c of communities.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    const ranked = [...sizes].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    const last = COMMUNITY_COLORS.length - 1;
    communityColors = new Map(ranked.map((c, i) => [c, COMMUNITY_COLORS[Math.min(i, last)]!]));
  }

  const focusOf = (s: ViewState) => s.hovered ?? s.selected;

  /** Rebuilt only when something it depends on changed, never per reducer call. */
  function visualInput(): VisualInput {
    if (input) return input;
    visibility ??= computeVisibility(graph, state.filters);
    const focus = focusOf(state);
    if (focus !== focusSetOf || focusSet === null) {
      focusSetOf = focus;
      focusSet = focus !== null && graph.hasNode(focus) ? new Set([focus, ...graph.neighbors(focus)]) : null;
      const neighbours = focus !== null && graph.hasNode(focus) ? graph.neighbors(focus) : [];
      labelled = new Set(
        neighbours.length <= LABELLED_NEIGHBOURS
          ? neighbours
          : neighbours.sort((a, b) => measureOf(b) - measureOf(a)).slice(0, LABELLED_NEIGHBOURS),
      );
    }
    largest ??= graph.reduceNodes((most, key) => Math.max(most, measureOf(key)), 0);
    input = {
      visibility,
      selected: state.selected,
      focus: focus !== null && graph.hasNode(focus) ? focus : null,
      focusSet,
      emphasis: state.emphasis,
      searchMatches: state.searchMatches,
      dimOthers: !large,
      sizeScale: large ? 0.4 : 1,
      sizeBy: appearance.sizeBy,
      palette,
      largest,
      labelled,
      communityColor: communities && communityColors && ((key) => communityColors!.get(communities!.get(key) ?? -1)),
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

  // Labels are drawn only where no panel covers them.
  let covered: readonly Area[] = [];
  let drawn: LabelBox[] = [];
  const drawLabel: NodeLabelDrawingFunction<ViewNode, EdgeAttributes> = (context, data, settings) => {
    if (!data.label) return;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const box = {
      key: (data as { key?: string }).key ?? "",
      x: data.x - data.size,
      y: data.y - Math.max(data.size, settings.labelSize / 2 + 2),
      width: 2 * data.size + 3 + width,
      height: Math.max(2 * data.size, settings.labelSize + 4),
    };
    if (covered.some((area) => overlaps(area, box))) return;
    // Forced labels (a focus's neighbours) skip the label grid: one that would cover another drawn
    // before it is left out, except the selection's own.
    if (box.key !== state.selected && drawn.some((other) => overlaps(other, box))) return;
    drawn.push(box);
    drawDiscNodeLabel(context, data, settings);
  };

  // The hovered node's label on a box of the theme's card colour (sigma's own box is always white).
  const drawHover: NodeHoverDrawingFunction<ViewNode, EdgeAttributes> = (context, data, settings) => {
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const width = data.label ? context.measureText(data.label).width + 8 : 0;
    const half = Math.max(data.size, settings.labelSize / 2) + 3;
    context.save();
    context.fillStyle = palette.hoverBox;
    context.shadowColor = "rgb(0 0 0 / 30%)";
    context.shadowBlur = 8;
    context.beginPath();
    context.roundRect(data.x - data.size - 3, data.y - half, 2 * data.size + 6 + width, 2 * half, half);
    context.fill();
    context.restore();
    drawDiscNodeLabel(context, data, settings);
  };

  const sigma = new Sigma<ViewNode, EdgeAttributes>(graph, container, {
    nodeReducer,
    edgeReducer,
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
    zIndex: true,
    ...renderSettings(0),
    labelFont: "Inter, system-ui, sans-serif",
    labelSize: 12,
    labelWeight: "500",
    labelColor: { color: palette.label },
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
      largest = null;
      computeCommunities();
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

  sigma.on("beforeRender", () => {
    covered = events.covered();
    drawn = [];
  });
  // Dragging a node moves it and pins it there (layouts leave pinned nodes alone). The bounding box is
  // frozen meanwhile, or sigma would renormalise every position as the node moves out of it.
  let dragged: string | null = null;
  let moved = false;
  sigma.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  const captor = sigma.getMouseCaptor();
  captor.on("mousemovebody", (event) => {
    if (dragged === null || !graph.hasNode(dragged)) return;
    const { x, y } = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x, y, fixed: true });
    moved = true;
    event.preventSigmaDefault(); // the camera must not pan along
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const drop = () => {
    if (dragged === null) return;
    const key = dragged;
    dragged = null;
    sigma.setCustomBBox(null);
    if (moved) events.pinned(key);
  };
  captor.on("mouseup", drop);
  container.addEventListener("mouseleave", drop);

  sigma.on("clickNode", ({ node }) => {
    if (!moved) events.clickNode(node); // the end of a drag is not a click
  });
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
    setAppearance(next) {
      if (next.sizeBy === appearance.sizeBy && next.colorBy === appearance.colorBy) return;
      appearance = next;
      largest = null;
      focusSet = null;
      computeCommunities();
      input = null;
      sigma.refresh({ schedule: true });
    },
    setDark(dark) {
      palette = dark ? DARK_PALETTE : LIGHT_PALETTE;
      sigma.setSetting("labelColor", { color: palette.label });
      input = null;
      sigma.refresh({ schedule: true });
    },
    isDark: () => palette === DARK_PALETTE,
    labelsDrawn: () => drawn,
    unpin(key) {
      if (graph.hasNode(key)) graph.removeNodeAttribute(key, "fixed");
    },
    communities: () => communities,
    isFilteredOut: (key) => visualInput().visibility.hiddenNodes.has(key),
    nodeDisplay: (key) => sigma.getNodeDisplayData(key),
    edgeDisplay: (key) => sigma.getEdgeDisplayData(key),
  };
}
