// Test hooks: read-only accessors on window.__claimgraph for the browser tests and the benchmark,
// which cannot read a WebGL canvas. They expose counts, positions and what the reducers decided;
// nothing here changes the explorer.
import type { GraphView } from "./features/graph/graph-view.ts";
import type { ClaimGraph } from "./state/graph-data.ts";
import type { Store } from "./state/store.ts";
import type { ViewState } from "./state/view-state.ts";

export interface TestHooks {
  /** True once the first view (overview or shared URL) has been built. */
  ready: boolean;
  nodeCount(): number;
  edgeCount(): number;
  nodes(): string[];
  hasNode(key: string): boolean;
  /** Graph coordinates of a node. */
  position(key: string): { x: number; y: number } | null;
  /** Where the node is drawn, in CSS pixels of the graph container. */
  viewportPosition(key: string): { x: number; y: number } | null;
  /** What the reducers made of a node: hidden, colour, highlighted, forced label. */
  display(key: string): { hidden: boolean; color: string; highlighted: boolean; forceLabel: boolean } | null;
  /** Edges of a given relationship type on the canvas, and how many of them the reducers hide. */
  edgesOfType(type: string): { total: number; hidden: number };
  /** The keys of the edges at a node, and its neighbours, on the canvas. */
  edgesOf(key: string): string[];
  neighbours(key: string): string[];
  label(key: string): string | undefined;
  /** Display size (radius, px) of a node as drawn. */
  size(key: string): number | undefined;
  /** Whether the node is pinned where it was dragged. */
  pinned(key: string): boolean;
  /** The labels drawn in the last frame, as boxes in viewport pixels. */
  labels(): Array<{ key: string; x: number; y: number; width: number; height: number }>;
  /** Each node's community when colouring by community, else null. */
  communities(): Record<string, number> | null;
  isDark(): boolean;
  state(): {
    selected: string | null;
    hovered: string | null;
    expanded: readonly string[];
    hidden: readonly string[];
    emphasis: { reason: string; nodes: string[]; edges: string[] } | null;
    layoutRunning: boolean;
    hiddenCategories: string[];
  };
}

declare global {
  interface Window {
    __claimgraph?: TestHooks;
  }
}

export function installTestHooks(graph: ClaimGraph, view: GraphView, store: Store<ViewState>): TestHooks {
  const hooks: TestHooks = {
    ready: false,
    nodeCount: () => graph.order,
    edgeCount: () => graph.size,
    nodes: () => graph.nodes(),
    hasNode: (key) => graph.hasNode(key),
    position: (key) =>
      graph.hasNode(key) ? { x: graph.getNodeAttribute(key, "x"), y: graph.getNodeAttribute(key, "y") } : null,
    viewportPosition(key) {
      const data = view.nodeDisplay(key);
      return data ? view.sigma.framedGraphToViewport(data) : null;
    },
    display(key) {
      const data = view.nodeDisplay(key);
      return data
        ? { hidden: data.hidden, color: data.color, highlighted: data.highlighted, forceLabel: data.forceLabel }
        : null;
    },
    edgesOf: (key) => (graph.hasNode(key) ? graph.edges(key) : []),
    neighbours: (key) => (graph.hasNode(key) ? graph.neighbors(key) : []),
    label: (key) => (graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : undefined),
    size: (key) => view.nodeDisplay(key)?.size,
    pinned: (key) => graph.hasNode(key) && graph.getNodeAttribute(key, "fixed") === true,
    labels: () => view.labelsDrawn().map((box) => ({ ...box })),
    communities: () => {
      const communities = view.communities();
      return communities && Object.fromEntries(communities);
    },
    isDark: () => view.isDark(),
    edgesOfType(type) {
      let total = 0;
      let hidden = 0;
      graph.forEachEdge((key, attributes) => {
        if (attributes.type !== type) return;
        total++;
        if (view.edgeDisplay(key)?.hidden) hidden++;
      });
      return { total, hidden };
    },
    state() {
      const st = store.get();
      return {
        selected: st.selected,
        hovered: st.hovered,
        expanded: st.expanded,
        hidden: st.hidden,
        emphasis: st.emphasis && {
          reason: st.emphasis.reason,
          nodes: [...st.emphasis.nodes],
          edges: [...st.emphasis.edges],
        },
        layoutRunning: st.layoutRunning,
        hiddenCategories: [...st.filters.hiddenCategories],
      };
    },
  };
  window.__claimgraph = hooks;
  return hooks;
}
