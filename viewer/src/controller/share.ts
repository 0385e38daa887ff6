// Keeps the URL hash in step with the shareable part of the view state, and rebuilds a view from a
// shared URL: the filters and hidden nodes, the overview (unless it was cleared), the expansions in
// order, the Cypher query, the path, then the focused node.
import type { Store } from "../state/store.ts";
import { formatSharedView, parseSharedView, type SharedView } from "../state/url-state.ts";
import {
  markHidden,
  setCategoryHidden,
  setDates,
  setDisputedOnly,
  setDocuments,
  setNumbers,
  setPathEnd,
  setRelationHidden,
  type ViewState,
} from "../state/view-state.ts";
import type { Actions } from "./actions.ts";

export const sharedViewOf = (st: ViewState): SharedView => ({
  focus: st.selected,
  expanded: [...st.expanded],
  hidden: [...st.hidden],
  overview: st.overview,
  cypher: st.cypher,
  hiddenTypes: [...st.filters.hiddenCategories],
  hiddenRelations: [...st.filters.hiddenRelations],
  documents: st.filters.documents && [...st.filters.documents],
  pathFrom: st.pathEnds.from,
  pathTo: st.pathEnds.to,
  datesFrom: st.filters.dates.from,
  datesTo: st.filters.dates.to,
  showUndated: st.filters.dates.showUndated,
  disputedOnly: st.filters.disputedOnly,
  numbers: st.filters.numbers && (st.filters.numbers.unit ?? ""),
});

/**
 * Starts mirroring the state into the URL, one browser history entry per view change, so that Back
 * and Forward undo and redo expansions, hides, filters and focus. A change made while an action still
 * waits for the server is recorded when the last one ends, as one entry. Back and Forward rebuild
 * the view of their entry. Call after restoring, so a half-restored view is never written.
 */
export function syncUrl(
  store: Store<ViewState>,
  actions: Actions,
  offerQuery: (query: string) => void,
  rebuilding: (busy: boolean) => void,
): void {
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  let restoring = false;
  const write = (how: "push" | "replace") => {
    if (restoring || actions.busy()) return;
    const hash = formatSharedView(sharedViewOf(store.get()));
    if (hash === location.hash || (hash === "" && location.hash === "")) return;
    const url = hash || `${location.pathname}${location.search}`;
    if (how === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  };
  write("replace");
  // The updates one action makes at once (Clear: the canvas emptied, then marked cleared) are one entry.
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      write("push");
    });
  };
  store.subscribe(schedule);
  actions.onSettled(schedule);
  window.addEventListener("popstate", () => {
    if (pending++ === 0) rebuilding(true);
    // One rebuild at a time, in the order the entries were visited; a failed one does not stop the next.
    queue = queue
      .then(async () => {
        restoring = true;
        try {
          actions.reset();
          await restore(location.hash, store, actions, offerQuery);
        } finally {
          restoring = false;
        }
        write("replace");
      })
      .catch(actions.report)
      .finally(() => {
        if (--pending === 0) rebuilding(false);
      });
  });
}

export async function restore(
  hash: string,
  store: Store<ViewState>,
  actions: Actions,
  offerQuery: (query: string) => void,
): Promise<void> {
  const shared = parseSharedView(hash);
  // Hidden nodes and filters first, so that no merge below brings those nodes back into view.
  for (const key of shared.hidden) store.update((st) => markHidden(st, key));
  for (const type of shared.hiddenTypes) store.update((st) => setCategoryHidden(st, type, true));
  for (const rel of shared.hiddenRelations) store.update((st) => setRelationHidden(st, rel, true));
  if (shared.documents) store.update((st) => setDocuments(st, shared.documents));
  store.update((st) => setDates(st, { from: shared.datesFrom, to: shared.datesTo, showUndated: shared.showUndated }));
  store.update((st) => setDisputedOnly(st, shared.disputedOnly));
  if (shared.numbers !== null) store.update((st) => setNumbers(st, { unit: shared.numbers || null }));
  if (shared.overview) await actions.loadOverview();
  else store.update((st) => ({ ...st, overview: false }));
  for (const key of shared.expanded) await actions.expand(key);
  // A query from a link is shown, never run on load: one click on a link must not run a stranger's query.
  if (shared.cypher) offerQuery(shared.cypher);
  // Both ends set makes the controller look the path up (see main.ts).
  if (shared.pathFrom) store.update((st) => setPathEnd(st, "from", shared.pathFrom));
  if (shared.pathTo) store.update((st) => setPathEnd(st, "to", shared.pathTo));
  if (shared.focus) await actions.reveal(shared.focus);
}
