// Interaction state of the explorer and the pure functions that update it. Views read it; only the
// controller writes it, through the store, so every change goes through one place. Each update
// returns the same object when nothing changes, so the store can skip notifying.
import { allTime, sameRange, type TimeRange } from "./timeline.ts";

/** What the filters hide. Empty sets and a null document choice show everything. */
export interface Filters {
  /** Entity types plus "Claim" and "Source" (the legend's categories) that are hidden. */
  readonly hiddenCategories: ReadonlySet<string>;
  /** Relationship types that are hidden. */
  readonly hiddenRelations: ReadonlySet<string>;
  /** Keys of the documents whose claims are shown, or null for all documents. */
  readonly documents: ReadonlySet<string> | null;
  /** The publication months whose claims are shown (the timeline). */
  readonly dates: TimeRange;
  /** Show only the claims another claim contradicts (entities and sources stay). */
  readonly disputedOnly: boolean;
  /** Show only the claims that state a figure: of any unit (unit null), or of one; null: all claims. */
  readonly numbers: { readonly unit: string | null } | null;
}

/** Nodes and edges to stand out: the last path found or the last Cypher result drawn. */
export interface Emphasis {
  readonly reason: "path" | "cypher";
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export interface PathEnds {
  readonly from: string | null;
  readonly to: string | null;
}

export interface ViewState {
  /** The node whose details are shown, or null. */
  readonly selected: string | null;
  /** The node under the pointer, or null. */
  readonly hovered: string | null;
  /** Keys of the current search suggestions; those present in the graph are highlighted. */
  readonly searchMatches: ReadonlySet<string>;
  /** Message of the last failure shown to the user, or null. */
  readonly error: string | null;
  readonly filters: Filters;
  readonly emphasis: Emphasis | null;
  readonly pathEnds: PathEnds;
  /** Nodes whose neighbourhoods were added, in the order they were expanded (shared in the URL). */
  readonly expanded: readonly string[];
  /** Nodes the user hid (shared in the URL, so a shared view hides them too). */
  readonly hidden: readonly string[];
  /** Whether the overview was loaded (Clear empties the canvas, and the URL says so). */
  readonly overview: boolean;
  /** The last Cypher query run (shared in the URL). */
  readonly cypher: string;
  readonly layoutRunning: boolean;
}

export const noFilters: Filters = {
  hiddenCategories: new Set(),
  hiddenRelations: new Set(),
  documents: null,
  dates: allTime,
  disputedOnly: false,
  numbers: null,
};

export const initialState: ViewState = {
  selected: null,
  hovered: null,
  searchMatches: new Set(),
  error: null,
  filters: noFilters,
  emphasis: null,
  pathEnds: { from: null, to: null },
  expanded: [],
  hidden: [],
  overview: true,
  cypher: "",
  layoutRunning: false,
};

export const select = (s: ViewState, key: string | null): ViewState =>
  s.selected === key ? s : { ...s, selected: key };

export const hover = (s: ViewState, key: string | null): ViewState => (s.hovered === key ? s : { ...s, hovered: key });

export const setSearchMatches = (s: ViewState, keys: readonly string[]): ViewState =>
  s.searchMatches.size === 0 && keys.length === 0 ? s : { ...s, searchMatches: new Set(keys) };

export const showError = (s: ViewState, message: string | null): ViewState =>
  s.error === message ? s : { ...s, error: message };

const toggled = (set: ReadonlySet<string>, item: string, hidden: boolean): ReadonlySet<string> => {
  if (set.has(item) === hidden) return set;
  const next = new Set(set);
  if (hidden) next.add(item);
  else next.delete(item);
  return next;
};

export function setCategoryHidden(s: ViewState, category: string, hidden: boolean): ViewState {
  const hiddenCategories = toggled(s.filters.hiddenCategories, category, hidden);
  return hiddenCategories === s.filters.hiddenCategories ? s : { ...s, filters: { ...s.filters, hiddenCategories } };
}

export function setRelationHidden(s: ViewState, relation: string, hidden: boolean): ViewState {
  const hiddenRelations = toggled(s.filters.hiddenRelations, relation, hidden);
  return hiddenRelations === s.filters.hiddenRelations ? s : { ...s, filters: { ...s.filters, hiddenRelations } };
}

/** `keys` null (or empty) shows every document. */
export const setDocuments = (s: ViewState, keys: readonly string[] | null): ViewState =>
  (keys === null || keys.length === 0) && s.filters.documents === null
    ? s
    : { ...s, filters: { ...s.filters, documents: keys === null || keys.length === 0 ? null : new Set(keys) } };

export const setDates = (s: ViewState, dates: TimeRange): ViewState =>
  sameRange(s.filters.dates, dates) ? s : { ...s, filters: { ...s.filters, dates } };

export const setDisputedOnly = (s: ViewState, disputedOnly: boolean): ViewState =>
  s.filters.disputedOnly === disputedOnly ? s : { ...s, filters: { ...s.filters, disputedOnly } };

export const setNumbers = (s: ViewState, numbers: Filters["numbers"]): ViewState =>
  s.filters.numbers?.unit === numbers?.unit && (s.filters.numbers === null) === (numbers === null)
    ? s
    : { ...s, filters: { ...s.filters, numbers } };

export const setEmphasis = (s: ViewState, emphasis: Emphasis | null): ViewState =>
  s.emphasis === emphasis ? s : { ...s, emphasis };

export function setPathEnd(s: ViewState, end: keyof PathEnds, key: string | null): ViewState {
  if (s.pathEnds[end] === key) return s;
  const emphasis = s.emphasis?.reason === "path" ? null : s.emphasis; // the drawn path no longer matches
  return { ...s, pathEnds: { ...s.pathEnds, [end]: key }, emphasis };
}

export const clearPath = (s: ViewState): ViewState =>
  s.pathEnds.from === null && s.pathEnds.to === null && s.emphasis?.reason !== "path"
    ? s
    : { ...s, pathEnds: { from: null, to: null }, emphasis: s.emphasis?.reason === "path" ? null : s.emphasis };

export const markExpanded = (s: ViewState, key: string): ViewState =>
  s.expanded.includes(key) ? s : { ...s, expanded: [...s.expanded, key] };

export const markCollapsed = (s: ViewState, key: string): ViewState =>
  s.expanded.includes(key) ? { ...s, expanded: s.expanded.filter((k) => k !== key) } : s;

/**
 * Hiding removes the node alone: what its expansion brought stays, so it stays in `expanded` too
 * (a shared link re-expands it, and the merge leaves the hidden node out).
 */
export const markHidden = (s: ViewState, key: string): ViewState => ({
  ...s,
  hidden: s.hidden.includes(key) ? s.hidden : [...s.hidden, key],
  selected: s.selected === key ? null : s.selected,
  hovered: s.hovered === key ? null : s.hovered,
  pathEnds: {
    from: s.pathEnds.from === key ? null : s.pathEnds.from,
    to: s.pathEnds.to === key ? null : s.pathEnds.to,
  },
});

/** A node the user asked for again (search, a link in Details) is no longer hidden. */
export const unhide = (s: ViewState, key: string): ViewState =>
  s.hidden.includes(key) ? { ...s, hidden: s.hidden.filter((k) => k !== key) } : s;

export const setCypher = (s: ViewState, query: string): ViewState => (s.cypher === query ? s : { ...s, cypher: query });

export const setLayoutRunning = (s: ViewState, running: boolean): ViewState =>
  s.layoutRunning === running ? s : { ...s, layoutRunning: running };

/** The empty canvas: filters and the running layout survive, everything about the old graph goes. */
export const cleared = (s: ViewState): ViewState => ({
  ...initialState,
  filters: s.filters,
  layoutRunning: s.layoutRunning,
  overview: false,
});
