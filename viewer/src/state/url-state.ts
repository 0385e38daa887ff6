// The part of the view state a link shares, kept in the URL hash: the focused node, the expanded
// nodes, the hidden ones, whether the overview is drawn, the Cypher query, the filters (the
// timeline's months too, and "disputed claims only") and the ends of a path. Opening the link rebuilds the view from these
// (see restore in the controller).
import { isMonth } from "./timeline.ts";

export interface SharedView {
  focus: string | null;
  expanded: string[];
  hidden: string[];
  overview: boolean;
  cypher: string;
  /** Node categories and relationship types the filters hide. */
  hiddenTypes: string[];
  hiddenRelations: string[];
  /** Documents whose claims alone are shown, or null for all. */
  documents: string[] | null;
  pathFrom: string | null;
  pathTo: string | null;
  /** The timeline's months ("2023-03"; null for an open end) and whether undated claims show. */
  datesFrom: string | null;
  datesTo: string | null;
  showUndated: boolean;
  /** Only the claims another claim contradicts are shown. */
  disputedOnly: boolean;
  /** Only the claims that state a figure: "" of any unit, else of this unit; null: no such filter. */
  numbers: string | null;
}

export const emptySharedView: SharedView = {
  focus: null,
  expanded: [],
  hidden: [],
  overview: true,
  cypher: "",
  hiddenTypes: [],
  hiddenRelations: [],
  documents: null,
  pathFrom: null,
  pathTo: null,
  datesFrom: null,
  datesTo: null,
  showUndated: true,
  disputedOnly: false,
  numbers: null,
};

/** "2023-03..2024-06", either end empty when open; a malformed end is read as open. */
function parseMonths(value: string | null): { from: string | null; to: string | null } {
  const [from = "", to = ""] = (value ?? "").split("..");
  return { from: isMonth(from) ? from : null, to: isMonth(to) ? to : null };
}

// Node keys are "e:" + hex digits and type names are words, so a comma never occurs inside one.
const list = (value: string | null): string[] => (value ? value.split(",").filter(Boolean) : []);

export function parseSharedView(hash: string): SharedView {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const months = parseMonths(params.get("dates"));
  return {
    focus: params.get("focus") || null,
    expanded: list(params.get("expand")),
    hidden: list(params.get("hide")),
    overview: params.get("overview") !== "0",
    cypher: params.get("cypher") ?? "",
    hiddenTypes: list(params.get("types")),
    hiddenRelations: list(params.get("rels")),
    documents: params.has("docs") ? list(params.get("docs")) : null,
    pathFrom: params.get("from") || null,
    pathTo: params.get("to") || null,
    datesFrom: months.from,
    datesTo: months.to,
    showUndated: params.get("undated") !== "0",
    disputedOnly: params.get("disputed") === "1",
    numbers: params.get("numbers"),
  };
}

/** "" when there is nothing to share (the plain overview), so the URL stays clean. */
export function formatSharedView(view: SharedView): string {
  const params = new URLSearchParams();
  if (view.focus) params.set("focus", view.focus);
  if (view.expanded.length > 0) params.set("expand", view.expanded.join(","));
  if (view.hidden.length > 0) params.set("hide", view.hidden.join(","));
  if (!view.overview) params.set("overview", "0");
  if (view.cypher) params.set("cypher", view.cypher);
  if (view.hiddenTypes.length > 0) params.set("types", view.hiddenTypes.join(","));
  if (view.hiddenRelations.length > 0) params.set("rels", view.hiddenRelations.join(","));
  if (view.documents !== null) params.set("docs", view.documents.join(","));
  if (view.pathFrom) params.set("from", view.pathFrom);
  if (view.pathTo) params.set("to", view.pathTo);
  if (view.datesFrom || view.datesTo) params.set("dates", `${view.datesFrom ?? ""}..${view.datesTo ?? ""}`);
  if (!view.showUndated) params.set("undated", "0");
  if (view.disputedOnly) params.set("disputed", "1");
  if (view.numbers !== null) params.set("numbers", view.numbers);
  const text = params.toString();
  return text ? `#${text}` : "";
}
