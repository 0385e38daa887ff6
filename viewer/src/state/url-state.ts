// The part of the view state a link shares, kept in the URL hash: the focused node, the expanded
// nodes, the hidden ones, whether the overview is drawn, and the Cypher query. Opening the link
// rebuilds the view from these (see restore in the controller).

export interface SharedView {
  focus: string | null;
  expanded: string[];
  hidden: string[];
  overview: boolean;
  cypher: string;
}

export const emptySharedView: SharedView = { focus: null, expanded: [], hidden: [], overview: true, cypher: "" };

// Node keys are "e:" + hex digits, so a comma never occurs inside one.
const list = (value: string | null): string[] => (value ? value.split(",").filter(Boolean) : []);

export function parseSharedView(hash: string): SharedView {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  return {
    focus: params.get("focus") || null,
    expanded: list(params.get("expand")),
    hidden: list(params.get("hide")),
    overview: params.get("overview") !== "0",
    cypher: params.get("cypher") ?? "",
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
  const text = params.toString();
  return text ? `#${text}` : "";
}

export const isEmptySharedView = (view: SharedView): boolean => formatSharedView(view) === "";
