// Wires the explorer together: loads the overview, and turns user actions (search, click,
// expand) into API calls, graph merges and state updates.
import type { WireGraph } from "../../graph/wire.ts";
import { fetchNeighborhood, fetchNode, fetchOverview, searchNodes } from "./api.ts";
import { createDetails } from "./details.ts";
import { requireElement } from "./dom.ts";
import { createGraph, mergeWire, type Point } from "./graph-data.ts";
import { createGraphView } from "./graph-view.ts";
import { arrivalPoint, layoutFromScratch, scatterAround, settle } from "./layout.ts";
import { renderLegend } from "./legend.ts";
import { createSearch } from "./search.ts";
import { createStore, hover, initialState, select, setSearchMatches, showError } from "./state.ts";
import { createStatus } from "./status.ts";

const store = createStore(initialState);
const graph = createGraph();
const status = createStatus(requireElement("#status", HTMLElement), requireElement("#error-banner", HTMLElement), () =>
  store.update((s) => showError(s, null)),
);
const report = (error: unknown) =>
  store.update((s) => showError(s, error instanceof Error ? error.message : String(error)));

/** Adds a wire graph to the one on screen, new nodes arriving around `anchor`. Returns how many were new. */
function merge(wire: WireGraph, anchor?: string): number {
  const wasEmpty = graph.order === 0;
  const added = mergeWire(graph, wire, scatterAround(arrivalPoint(graph, wire, anchor)));
  if (wasEmpty) layoutFromScratch(graph);
  else if (added.length > 0) settle(graph, 100);
  status.counts(graph.order, graph.size);
  return added.length;
}

const expanding = new Set<string>();
async function expand(key: string): Promise<void> {
  if (expanding.has(key)) return; // a double-click plus the button must not fetch twice
  expanding.add(key);
  try {
    const added = merge(await fetchNeighborhood(key), key);
    // The layout moved things around: keep the expanded node in view if it is the one being read.
    if (added > 0 && store.get().selected === key) view.focusNode(key, freeCentre());
  } catch (error) {
    report(error);
  } finally {
    expanding.delete(key);
  }
}

async function selectNode(key: string | null): Promise<void> {
  if (key !== null && key === store.get().selected) return; // already shown (or loading)
  store.update((s) => select(s, key));
  if (key === null) return details.hide();
  details.loading(graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : "");
  try {
    const node = await fetchNode(key);
    if (store.get().selected === key) details.show(node); // ignore answers for an earlier selection
  } catch (error) {
    if (store.get().selected === key) details.failed(error instanceof Error ? error.message : String(error));
    report(error);
  }
}

/** Centre of the part of the viewport the details panel leaves free (beside it, or above it on phones). */
function freeCentre(): Point {
  const { innerWidth: width, innerHeight: height } = window;
  if (detailsPanel.hidden) return { x: width / 2, y: height / 2 };
  const panel = detailsPanel.getBoundingClientRect();
  return panel.left > width / 2 ? { x: panel.left / 2, y: height / 2 } : { x: width / 2, y: panel.top / 2 };
}

/** Brings a node into view: merges its neighbourhood if it is not drawn yet, selects it, centres on it. */
async function reveal(key: string): Promise<void> {
  if (!graph.hasNode(key)) await expand(key);
  if (!graph.hasNode(key)) return; // the neighbourhood failed to load; already reported
  const selecting = selectNode(key); // opens the panel at once, so freeCentre() accounts for it
  view.focusNode(key, freeCentre());
  await selecting;
}

const view = createGraphView(requireElement("#graph", HTMLElement), graph, {
  clickNode: (key) => void selectNode(key),
  doubleClickNode: (key) => void expand(key),
  clickStage: () => void selectNode(null),
  hoverNode: (key) => store.update((s) => hover(s, key)),
});

const detailsPanel = requireElement("#details", HTMLElement);
const details = createDetails(detailsPanel, (key) => (graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined), {
  expand: (key) => void expand(key),
  open: (key) => void reveal(key),
  close: () => void selectNode(null),
});

createSearch(
  requireElement("#search", HTMLInputElement),
  requireElement("#search-results", HTMLUListElement),
  searchNodes,
  {
    pick: (hit) => void reveal(hit.key),
    matches: (keys) => store.update((s) => setSearchMatches(s, keys)),
    error: report,
  },
);

renderLegend(requireElement("#legend", HTMLElement));

store.subscribe((state) => {
  view.setState(state);
  status.error(state.error);
});

status.message("Loading the overview…");
fetchOverview(60).then(
  (overview) => {
    merge(overview);
    if (graph.order === 0) status.message("The graph is empty: ingest some documents first.");
  },
  (error: unknown) => {
    status.message("No graph loaded.");
    report(error);
  },
);
