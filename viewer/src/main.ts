// Builds the explorer: creates the graph, the store and each feature's view, connects user actions
// to the controller, then draws the first view (the overview, a shared URL, or the ?bench= graph).
import { categoryOf } from "./appearance.ts";
import {
  fetchDocuments,
  fetchNode,
  fetchUnits,
  fetchRelated,
  fetchStatements,
  fetchTimeline,
  searchNodes,
} from "./api.ts";
import { createActions } from "./controller/actions.ts";
import type { FeatureViews } from "./controller/feature-views.ts";
import { restore, syncUrl } from "./controller/share.ts";
import { h, requireElement } from "./dom.ts";
import { createAppearancePanel } from "./features/appearance/appearance-panel.ts";
import { createCypherConsole } from "./features/cypher/cypher-console.ts";
import { createDetails } from "./features/details/details-panel.ts";
import { createExportMenu } from "./features/export/export-menu.ts";
import { createExporter } from "./features/export/exporter.ts";
import { createFilters } from "./features/filters/filters-panel.ts";
import { createTimeline } from "./features/timeline/timeline-panel.ts";
import { createGraphView } from "./features/graph/graph-view.ts";
import { installGraphKeys } from "./features/graph/graph-keys.ts";
import { createLayoutControls } from "./features/layout/layout-controls.ts";
import { createPathPanel } from "./features/path/path-panel.ts";
import { createSearch } from "./features/search/search.ts";
import type { Area } from "./features/graph/graph-view.ts";
import { createGraph } from "./state/graph-data.ts";
import { createStore } from "./state/store.ts";
import { isDisputed } from "./state/visibility.ts";
import { claimHistogram, type DatabaseTimeline } from "./state/timeline.ts";
import * as s from "./state/view-state.ts";
import { createStatus } from "./status.ts";
import { installTestHooks } from "./test-hooks.ts";

const store = createStore(s.initialState);
const graph = createGraph();
const status = createStatus(requireElement("#status", HTMLElement), requireElement("#error-banner", HTMLElement), () =>
  store.update((st) => s.showError(st, null)),
);
const detailsPanel = requireElement("#details", HTMLElement);
const labelOf = (key: string) => (graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : undefined);

const view = createGraphView(requireElement("#graph", HTMLElement), graph, {
  clickNode: (key) => void actions.select(key),
  doubleClickNode: (key) => void actions.expand(key),
  clickStage: () => void actions.select(null),
  hoverNode: (key) => store.update((st) => s.hover(st, key)),
  covered: () => coveredAreas(),
  pinned: () => looks.pinned(pinnedNodes().length),
});

const communityCount = () => {
  const communities = view.communities();
  return communities && new Set(communities.values()).size;
};
// Dark mode follows the system setting, also when it changes while the page is open.
const darkScheme = matchMedia("(prefers-color-scheme: dark)");
view.setDark(darkScheme.matches);
darkScheme.addEventListener("change", (event) => view.setDark(event.matches));

const pinnedNodes = () => graph.filterNodes((_, a) => a.fixed === true);
const looks = createAppearancePanel(requireElement("#appearance", HTMLElement), {
  change(appearance) {
    view.setAppearance(appearance);
    looks.communities(communityCount());
  },
  unpinAll() {
    for (const key of pinnedNodes()) view.unpin(key);
    looks.pinned(0);
  },
});

installGraphKeys(requireElement("#graph", HTMLElement), graph, view, {
  cursor: (key) => store.update((st) => s.hover(st, key)),
  open: (key) => {
    details.focus(key);
    void actions.select(key);
  },
  clear: () => void actions.select(null),
  selected: () => store.get().selected,
  freeArea: () => freeArea(),
});

const layout = createLayoutControls(
  requireElement("#layout", HTMLElement),
  {
    graph,
    unitsPerPixel: () => {
      // Graph units per pixel at camera ratio 1: how far apart two nodes must be not to overlap.
      const a = view.sigma.viewportToGraph({ x: 0, y: 0 });
      const b = view.sigma.viewportToGraph({ x: 100, y: 0 });
      return Math.hypot(b.x - a.x, b.y - a.y) / 100 / view.sigma.getCamera().ratio;
    },
    nodeRadius: (key) => view.nodeDisplay(key)?.size ?? 4,
  },
  (running) => store.update((st) => s.setLayoutRunning(st, running)),
);

const details = createDetails(detailsPanel, (key) => (graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined), {
  expand: (key) => void actions.expand(key),
  collapse: (key) => actions.collapse(key),
  hide: (key) => {
    const label = labelOf(key);
    if (label !== undefined) hiddenLabels.set(key, label);
    actions.hide(key);
  },
  pathFrom: (key) => store.update((st) => s.setPathEnd(st, "from", key)),
  pathTo: (key) => store.update((st) => s.setPathEnd(st, "to", key)),
  open: (key) => void actions.reveal(key),
  close: () => void actions.select(null),
  moreStatements: (key, offset, role) => fetchStatements(key, offset, role),
  moreRelated: (key, rel, offset) => fetchRelated(key, rel, offset),
});

const path = createPathPanel(requireElement("#path", HTMLElement), {
  find: () => void actions.findPath(),
  next: () => actions.nextPath(),
  clear: () => {
    store.update(s.clearPath);
    path.message("");
    path.steps([], 0, (key) => labelOf(key) ?? key);
  },
  open: (key) => void actions.reveal(key),
});

const cypher = createCypherConsole(requireElement("#cypher", HTMLElement), labelOf, {
  run: (query) => void actions.runCypher(query),
  open: (key) => void actions.reveal(key),
});

const filters = createFilters(requireElement("#filters", HTMLElement), {
  category: (category, hidden) => store.update((st) => s.setCategoryHidden(st, category, hidden)),
  relation: (relation, hidden) => store.update((st) => s.setRelationHidden(st, relation, hidden)),
  documents: (keys) => store.update((st) => s.setDocuments(st, keys)),
  disputedOnly: (on) => store.update((st) => s.setDisputedOnly(st, on)),
  unhide: (key) => void actions.unhide(key),
  numbers: (filter) => store.update((st) => s.setNumbers(st, filter)),
  moreClaims: () => void actions.filterClaims(true),
});

/** Names of the hidden nodes: remembered when hidden, asked of the API for those a link hid. */
const hiddenLabels = new Map<string, string>();
const labelsAsked = new Set<string>();
function listHidden(keys: readonly string[]): void {
  filters.hidden(keys.map((key) => ({ key, label: hiddenLabels.get(key) ?? key })));
  for (const key of keys)
    if (!hiddenLabels.has(key) && !labelsAsked.has(key) && labelsAsked.add(key))
      fetchNode(key).then((node) => {
        hiddenLabels.set(key, node.attributes.label);
        if (store.get().hidden.includes(key)) listHidden(store.get().hidden);
      }, actions.report);
}

const timeline = createTimeline(requireElement("#timeline", HTMLElement), {
  change: (range) => store.update((st) => s.setDates(st, range)),
});

/**
 * The part of the viewport the floating panels leave free: right of the sidebar, left of the
 * details panel, above the Cypher console (on narrow screens, above the details panel).
 */
function freeArea(): Area {
  const { innerWidth: width, innerHeight: height } = window;
  const sidebar = requireElement(".sidebar", HTMLElement).getBoundingClientRect();
  const console = requireElement("#cypher", HTMLElement).getBoundingClientRect();
  const panel = detailsPanel.hidden ? null : detailsPanel.getBoundingClientRect();
  if (width <= 800) {
    const top = sidebar.bottom;
    const bottom = panel ? panel.top : height;
    return { x: 0, y: top, width, height: Math.max(bottom - top, 100) };
  }
  const left = sidebar.right;
  const right = panel && panel.left > width / 2 ? panel.left : width;
  const bottom = console.height > 0 ? console.top : height;
  return { x: left, y: 0, width: Math.max(right - left, 100), height: Math.max(bottom, 100) };
}

/** The floating panels' rectangles: no label is drawn under them. */
function coveredAreas(): Area[] {
  const panels = [".sidebar", "#cypher", "#details", "#error-banner"].map((selector) =>
    requireElement(selector, HTMLElement),
  );
  return panels
    .filter((panel) => !panel.hidden)
    .map((panel) => panel.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
}

/** What the timeline is drawn from: the canvas's claim dates, and the database's months once fetched. */
let claimDates: Array<string | undefined> = [];
let databaseTimeline: DatabaseTimeline | null = null;
const drawTimeline = () => timeline.setHistogram(claimHistogram(claimDates, databaseTimeline));

let countsPending = false;
function graphChanged(): void {
  status.counts(graph.order, graph.size);
  looks.pinned(pinnedNodes().length);
  if (countsPending) return;
  countsPending = true; // one O(n) count per burst of changes
  requestAnimationFrame(() => {
    countsPending = false;
    const byCategory = new Map<string, number>();
    let disputed = 0;
    claimDates = [];
    graph.forEachNode((_, a) => {
      byCategory.set(categoryOf(a), (byCategory.get(categoryOf(a)) ?? 0) + 1);
      if (a.kind === "Claim") claimDates.push(a.publishedAt);
      if (a.kind === "Claim" && isDisputed(a)) disputed++;
    });
    filters.counts(byCategory);
    looks.communities(communityCount());
    filters.disputedCount(disputed);
    drawTimeline();
  });
}

const ui: FeatureViews = {
  view,
  details,
  status,
  path,
  cypher,
  layout,
  graphChanged,
  freeArea,
  claimsDrawn: filters.claimsDrawn,
};
const actions = createActions(graph, store, ui);

const toolbar = requireElement("#toolbar", HTMLElement);
const clear = h("button", { type: "button", class: "button secondary" }, "Clear");
clear.title = "Remove everything from the canvas";
clear.addEventListener("click", () => actions.clear());
const fit = h("button", { type: "button", class: "button secondary" }, "Fit");
fit.title = "Zoom out to show the whole graph";
fit.addEventListener("click", () => view.fitNodes(graph.nodes(), freeArea()));
const overview = h("button", { type: "button", class: "button secondary" }, "Show overview");
overview.title = "Draw the most connected entities again and fit the view to them";
overview.addEventListener("click", () => void actions.showOverview());
toolbar.append(clear, fit, overview);
const exporter = createExporter(graph, view, store);
const exportMenu = createExportMenu(toolbar, exporter);

createSearch(
  requireElement("#search", HTMLInputElement),
  requireElement("#search-results", HTMLUListElement),
  searchNodes,
  {
    pick: (hit) => {
      details.focus(hit.key);
      void actions.reveal(hit.key);
    },
    matches: (keys) => store.update((st) => s.setSearchMatches(st, keys)),
    error: actions.report,
  },
);

store.subscribe((state, previous) => {
  view.setState(state);
  status.error(state.error);
  if (state.filters !== previous.filters) filters.show(state.filters);
  if (state.hidden !== previous.hidden) listHidden(state.hidden);
  if (state.filters.documents !== previous.filters.documents || state.filters.numbers !== previous.filters.numbers)
    void actions.filterClaims();
  if (state.filters.dates !== previous.filters.dates) timeline.show(state.filters.dates);
  if (state.pathEnds !== previous.pathEnds) path.render(state.pathEnds, (key) => labelOf(key) ?? key);
  if (state.pathEnds !== previous.pathEnds && state.pathEnds.from !== null && state.pathEnds.to !== null)
    void actions.findPath();
  if (state.selected !== previous.selected)
    exportMenu.setSelection(state.selected && (labelOf(state.selected) ?? state.selected));
  if (state.expanded !== previous.expanded && state.selected !== null)
    details.setExpanded(state.expanded.includes(state.selected));
});
path.render(store.get().pathEnds, (key) => labelOf(key) ?? key);
exportMenu.setSelection(null);

const hooks = installTestHooks(graph, view, store);
const bench = new URLSearchParams(location.search).get("bench");

async function start(): Promise<void> {
  if (bench !== null) {
    const { runBench } = await import("./features/bench/bench.ts");
    filters.documentsUnavailable("not in the benchmark mode");
    await runBench(graph, view, new URLSearchParams(location.search));
    graphChanged();
  } else {
    fetchUnits().then(filters.setUnits, actions.report);
    fetchDocuments().then(filters.setDocuments, (error: unknown) =>
      filters.documentsUnavailable(error instanceof Error ? error.message : String(error)),
    );
    // Without the database's months the timeline still covers the canvas's claims.
    fetchTimeline().then((t) => {
      databaseTimeline = t;
      drawTimeline();
    }, actions.report);
    await restore(location.hash, store, actions, cypher.offer);
    // Back and Forward rebuild the view; the canvas says it is busy meanwhile.
    const canvas = requireElement("#graph", HTMLElement);
    syncUrl(store, actions, cypher.offer, (busy) => canvas.toggleAttribute("aria-busy", busy));
  }
  hooks.ready = true;
}
void start();
