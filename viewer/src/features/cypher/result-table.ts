// A Cypher result as a table. Cells are JSON from the API; nodes arrive as {key, label, kind}, which become
// buttons that open the node. Every value is shown as text.
import { h } from "../../dom.ts";

const MAX_CELL = 300;
const MAX_ROWS = 500;

const isNodeRef = (v: unknown): v is { key: string; label?: unknown } =>
  typeof v === "object" && v !== null && typeof (v as { key?: unknown }).key === "string";

function cell(value: unknown, labelOf: (key: string) => string | undefined, open: (key: string) => void): Node {
  if (isNodeRef(value)) {
    const label = labelOf(value.key) ?? (typeof value.label === "string" ? value.label : value.key);
    const button = h("button", { type: "button", class: "link-button" }, label);
    button.addEventListener("click", () => open(value.key));
    return button;
  }
  if (value === null || value === undefined) return h("span", { class: "muted" }, "null");
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return document.createTextNode(text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text);
}

export function resultTable(
  columns: readonly string[],
  rows: readonly unknown[][],
  labelOf: (key: string) => string | undefined,
  open: (key: string) => void,
): HTMLElement {
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { "aria-label": "Query result" },
      h("thead", {}, h("tr", {}, ...columns.map((c) => h("th", { scope: "col" }, c)))),
      h(
        "tbody",
        {},
        ...rows.slice(0, MAX_ROWS).map((row) => h("tr", {}, ...row.map((v) => h("td", {}, cell(v, labelOf, open))))),
      ),
    ),
  );
}
