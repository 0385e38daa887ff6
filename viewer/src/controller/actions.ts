// What the user can do to the graph on the canvas, as one set of actions: each fetches what it
// needs, merges it into the graph (new nodes placed near where they came from), records why each
// node is there (holds), and updates the view state through pure functions.
import { ClaimsPage, NEIGHBOURHOOD_PAGE, NeighborhoodSize } from "../../../graph/api-contract.ts";
import type { WireGraph } from "../../../graph/wire.ts";
import * as api from "../api.ts";
import type { FeatureViews } from "./feature-views.ts";
import { edgeKey, mergeWire, type ClaimGraph } from "../state/graph-data.ts";
import { emptyHolds, expansionOf, forget, hold, release, type Holder, type Holds } from "../state/holds.ts";
import type { Store } from "../state/store.ts";
import * as s from "../state/view-state.ts";
import { routesOf, type Route } from "../state/path-routes.ts";
import { layoutFromScratch, placementAround, settleNewcomers } from "../features/layout/placement.ts";

export interface Actions {
  loadOverview(): Promise<void>;
  expand(key: string): Promise<void>;
  collapse(key: string): void;
  hide(key: string): void;
  /** Brings a hidden node back, with its relationships to the nodes on the canvas. */
  unhide(key: string): Promise<void>;
  /** Empties the canvas and says so; the URL then records that the overview was cleared. */
  clear(): void;
  /**
   * Empties the canvas back to the initial state, silently: the start of rebuilding another view.
   * `keepFilters`: the filters stay as they are (Clear empties the canvas, not the filters).
   */
  reset(keepFilters?: boolean): void;
  /** Draws the overview again (after a Clear) and fits the camera to it. */
  showOverview(): Promise<void>;
  /** Whether an action is still waiting for the server: its view is not finished yet. */
  busy(): boolean;
  /** Called each time the last action in flight ends. */
  onSettled(listener: () => void): void;
  select(key: string | null): Promise<void>;
  /** Brings a node into view: adds its neighbourhood if it is not drawn, selects it, centres on it. */
  reveal(key: string): Promise<void>;
  /** Finds the shortest paths between the path's ends and draws the first. */
  findPath(): Promise<void>;
  /**
   * Draws the claims the document and numbers filters choose, from the whole database (a page of
   * them; `more`: the next page), in place of those the previous filters brought.
   */
  filterClaims(more?: boolean): Promise<void>;
  /** Draws the next of the paths found (after the last, the first again). */
  nextPath(): void;
  runCypher(query: string): Promise<void>;
  report(error: unknown): void;
}

const OVERVIEW_SIZE = 60;

export function createActions(graph: ClaimGraph, store: Store<s.ViewState>, ui: FeatureViews): Actions {
  let holds: Holds = emptyHolds;
  const expanding = new Set<string>();
  /** How many neighbours each expanded node has brought so far. */
  const expandedTo = new Map<string, number>();

  /** The paths found between the path's ends, and which of them is drawn. */
  let routes: Route[] = [];
  let routeShown = 0;

  /** Draws one of the paths found, in place of the one drawn before, and lists its steps. */
  function drawRoute(index: number): void {
    const route = routes[index]!;
    routeShown = index;
    releaseHolder("path");
    const { from, to } = store.get().pathEnds;
    merge(
      route.graph,
      "path",
      [from, to].filter((k) => k !== null),
    );
    const nodes = new Set(route.graph.nodes.map((n) => n.key).filter((k) => graph.hasNode(k)));
    const edges = new Set(route.graph.edges.map(edgeKey).filter((k) => graph.hasEdge(k)));
    store.update((st) => s.setEmphasis(st, { reason: "path", nodes, edges }));
    const steps = route.steps.length;
    const which = routes.length > 1 ? `Path ${index + 1} of ${routes.length}: ` : "Path of ";
    ui.path.message(`${which}${steps} step${steps === 1 ? "" : "s"} through ${steps + 1} nodes, highlighted.`);
    ui.path.steps(route.steps, routes.length, labelOf);
    ui.view.fitNodes([...nodes], ui.freeArea());
  }

  /** How many claims the current document and numbers filters have brought so far. */
  let claimsDrawn = 0;

  let inFlight = 0;
  const settled: Array<() => void> = [];
  /** Runs an action that waits for the server, counted so that history records its end state only. */
  async function tracked<T>(run: () => Promise<T>): Promise<T> {
    inFlight++;
    try {
      return await run();
    } finally {
      if (--inFlight === 0) for (const listener of settled) listener();
    }
  }

  const report = (error: unknown) =>
    store.update((st) => s.showError(st, error instanceof Error ? error.message : String(error)));
  const labelOf = (key: string) => (graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : key);

  /** Adds `wire` to the canvas on behalf of `holder`, newcomers around `anchors`. Returns the keys added. */
  function merge(wire: WireGraph, holder: Holder, anchors: readonly string[]): string[] {
    const hidden = new Set(store.get().hidden);
    const shown = hidden.size === 0 ? wire : { ...wire, nodes: wire.nodes.filter((n) => !hidden.has(n.key)) };
    const wasEmpty = graph.order === 0;
    const placement = placementAround(graph, anchors);
    let i = 0;
    const added = mergeWire(graph, shown, () => placement.place(i++));
    holds = hold(
      holds,
      shown.nodes.map((n) => n.key),
      holder,
    );
    if (wasEmpty) layoutFromScratch(graph);
    else if (!ui.layout.isRunning()) settleNewcomers(graph, added);
    ui.graphChanged();
    return added;
  }

  /** Takes a holder away and removes the nodes nothing else holds (never the selection or path ends). */
  function releaseHolder(holder: Holder, keep: readonly string[] = []): void {
    const { selected, pathEnds } = store.get();
    const protectedKeys = new Set([...keep, selected, pathEnds.from, pathEnds.to].filter((k) => k !== null));
    const result = release(holds, holder, protectedKeys);
    holds = result.holds;
    for (const key of result.orphans) if (graph.hasNode(key)) graph.dropNode(key);
    if (result.orphans.length > 0) ui.graphChanged();
  }

  const actions: Actions = {
    report,

    async loadOverview() {
      ui.status.message("Loading the overview…");
      try {
        merge(await api.fetchOverview(OVERVIEW_SIZE), "overview", []);
        if (graph.order === 0) ui.status.message("The graph is empty: ingest some documents first.");
        else ui.view.fitNodes(graph.nodes(), ui.freeArea(), false);
      } catch (error) {
        ui.status.message("No graph loaded.");
        report(error);
      }
    },

    async expand(key) {
      if (expanding.has(key)) return; // a double-click plus the button must not fetch twice
      expanding.add(key);
      try {
        // Expanding again brings the next best-connected neighbours of a node that has more.
        const limit = (expandedTo.get(key) ?? 0) + NEIGHBOURHOOD_PAGE;
        const wire = await api.fetchNeighborhood(key, 1, limit);
        const added = merge(wire, expansionOf(key), [key]);
        const size = NeighborhoodSize.safeParse(wire.attributes);
        if (size.success) {
          expandedTo.set(key, size.data.shown);
          ui.status.note(
            size.data.total > size.data.shown
              ? `${labelOf(key)}: the ${size.data.shown.toLocaleString()} best-connected of ` +
                  `${size.data.total.toLocaleString()} neighbours; Expand again for more`
              : null,
          );
        }
        store.update((st) => s.markExpanded(st, key));
        // The camera takes in the node and what it brought, inside the area the panels leave free.
        if (added.length > 0) ui.view.fitNodes([key, ...added], ui.freeArea());
      } catch (error) {
        report(error);
      } finally {
        expanding.delete(key);
      }
    },

    collapse(key) {
      expandedTo.delete(key);
      ui.status.note(null);
      releaseHolder(expansionOf(key), [key]);
      store.update((st) => s.markCollapsed(st, key));
    },

    hide(key) {
      if (store.get().selected === key) ui.details.hide();
      if (graph.hasNode(key)) graph.dropNode(key);
      holds = forget(holds, [key]);
      store.update((st) => s.markHidden(st, key));
      ui.graphChanged();
    },

    reset(keepFilters = false) {
      ui.layout.stop();
      expandedTo.clear();
      routes = [];
      claimsDrawn = 0;
      ui.status.note(null);
      graph.clear();
      holds = emptyHolds;
      ui.details.hide();
      ui.path.steps([], 0, labelOf);
      ui.path.message("");
      store.update((st) => ({
        ...s.initialState,
        layoutRunning: st.layoutRunning,
        filters: keepFilters ? st.filters : s.initialState.filters,
      }));
      ui.graphChanged();
    },

    clear() {
      // The filters never change on the way, so nothing they would fetch is asked for again.
      actions.reset(true);
      store.update(s.cleared);
      ui.status.message("Canvas cleared: search for a node to start again.");
    },

    async showOverview() {
      store.update((st) => (st.overview ? st : { ...st, overview: true }));
      await actions.loadOverview();
    },

    async unhide(key) {
      store.update((st) => s.unhide(st, key));
      if (graph.hasNode(key)) return;
      try {
        // The node and its relationships to what is drawn, not its whole neighbourhood.
        const wire = await api.fetchNeighborhood(key, 1, NEIGHBOURHOOD_PAGE);
        const drawn = (k: string) => k === key || graph.hasNode(k);
        const nodes = wire.nodes.filter((n) => drawn(n.key));
        const edges = wire.edges.filter(
          (e) => (e.source === key || e.target === key) && drawn(e.source) && drawn(e.target),
        );
        const neighbours = nodes.map((n) => n.key).filter((k) => k !== key);
        merge({ ...wire, attributes: {}, nodes, edges }, `reveal:${key}`, neighbours);
      } catch (error) {
        report(error);
      }
    },

    busy: () => inFlight > 0,
    onSettled: (listener) => void settled.push(listener),

    async select(key) {
      if (key !== null && key === store.get().selected) return; // already shown (or loading)
      store.update((st) => s.select(st, key));
      if (key === null) return ui.details.hide();
      ui.details.loading(labelOf(key));
      try {
        const node = await api.fetchNode(key);
        if (store.get().selected !== key) return; // an answer for an earlier selection
        ui.details.show(node);
        ui.details.setExpanded(store.get().expanded.includes(key));
      } catch (error) {
        if (store.get().selected === key) ui.details.failed(error instanceof Error ? error.message : String(error));
        report(error);
      }
    },

    async reveal(key) {
      store.update((st) => s.unhide(st, key));
      if (!graph.hasNode(key)) await actions.expand(key);
      if (!graph.hasNode(key)) return; // the neighbourhood failed to load; already reported
      const selecting = actions.select(key); // opens the panel at once, so freeArea() accounts for it
      ui.view.focusNode(key, ui.freeArea());
      await selecting;
    },

    async findPath() {
      const { from, to } = store.get().pathEnds;
      if (from === null || to === null) return;
      ui.path.message("Looking for the shortest paths…");
      try {
        const wire = await api.fetchPaths(from, to, ui.path.withoutMentions());
        routes = wire === null ? [] : routesOf(wire);
        if (routes.length === 0) {
          releaseHolder("path");
          store.update((st) => s.setEmphasis(st, null));
          ui.path.steps([], 0, labelOf);
          const without = ui.path.withoutMentions() ? " without co-mention steps" : "";
          return ui.path.message(`No path${without} between ${labelOf(from)} and ${labelOf(to)}.`);
        }
        drawRoute(0);
      } catch (error) {
        ui.path.message(`Path failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },

    async filterClaims(more = false) {
      const { filters } = store.get();
      if (!more) {
        releaseHolder("filter");
        claimsDrawn = 0;
      }
      if (filters.documents === null && filters.numbers === null) return ui.claimsDrawn(null);
      try {
        const unit = filters.numbers === null ? undefined : filters.numbers.unit;
        const wire = await api.fetchClaims(filters.documents && [...filters.documents], unit, claimsDrawn);
        if (store.get().filters !== filters) return; // the filters changed meanwhile: that answer is stale
        const page = ClaimsPage.parse(wire.attributes);
        const added = merge(wire, "filter", []);
        claimsDrawn += page.shown;
        ui.claimsDrawn({ drawn: claimsDrawn, total: page.total });
        if (added.length > 0)
          ui.view.fitNodes(
            graph.nodes().filter((k) => !ui.view.isFilteredOut(k)),
            ui.freeArea(),
          );
      } catch (error) {
        report(error);
      }
    },

    nextPath() {
      if (routes.length > 1) drawRoute((routeShown + 1) % routes.length);
    },

    async runCypher(query) {
      store.update((st) => s.setCypher(st, query));
      ui.cypher.running();
      try {
        const response = await api.runCypher(query);
        releaseHolder("cypher");
        const hasGraph = response.graph.nodes.length > 0;
        if (hasGraph) merge(response.graph, "cypher", []);
        const nodes = new Set(response.graph.nodes.map((n) => n.key).filter((k) => graph.hasNode(k)));
        const edges = new Set(response.graph.edges.map(edgeKey).filter((k) => graph.hasEdge(k)));
        store.update((st) =>
          s.setEmphasis(
            st,
            hasGraph ? { reason: "cypher", nodes, edges } : st.emphasis?.reason === "cypher" ? null : st.emphasis,
          ),
        );
        ui.cypher.result(response, { nodes: nodes.size, edges: edges.size });
        if (hasGraph) ui.view.fitNodes([...nodes], ui.freeArea());
      } catch (error) {
        ui.cypher.failed(error);
      }
    },
  };
  // The actions that wait for the server are counted while they run (see busy).
  for (const name of [
    "loadOverview",
    "expand",
    "select",
    "reveal",
    "findPath",
    "unhide",
    "showOverview",
    "filterClaims",
  ] as const) {
    const run = actions[name] as (...args: unknown[]) => Promise<void>;
    (actions[name] as (...args: unknown[]) => Promise<void>) = (...args) => tracked(() => run(...args));
  }
  return actions;
}
