// The Export button and its menu: a scope (what is in view, or the selected node's neighbourhood)
// and one button per format. The controller builds the files; this only asks for them.
import { h } from "../../dom.ts";
import { EXPORT_FORMATS, type ExportFormat } from "./writers.ts";

export type ExportScope = "view" | "neighbourhood";

export interface ExportMenu {
  /** The neighbourhood scope needs a selected node. */
  setSelection(label: string | null): void;
  message(text: string): void;
}

const DESCRIPTIONS: Record<ExportFormat, string> = {
  JSON: "graphology JSON (the claimgraph export format)",
  GEXF: "GEXF 1.3 for Gephi, with colours, sizes and positions",
  GraphML: "GraphML for yEd, Cytoscape, networkx",
  CSV: "Two CSV files: nodes and edges",
  PNG: "An image of the view as drawn",
};

export function createExportMenu(
  anchor: HTMLElement,
  run: (scope: ExportScope, format: ExportFormat) => Promise<void>,
): ExportMenu {
  const button = h(
    "button",
    { type: "button", class: "button secondary", "aria-expanded": "false", "aria-controls": "export-menu" },
    "Export",
  );
  const radio = (value: ExportScope, label: string, checked: boolean) => {
    const input = h("input", { type: "radio", name: "export-scope", value, checked });
    return { input, label: h("label", { class: "check" }, input, h("span", {}, label)) };
  };
  const view = radio("view", "Current view", true);
  const neighbourhood = radio("neighbourhood", "Selected node's neighbourhood", false);
  const status = h("p", { class: "muted small", role: "status" });
  const formats = EXPORT_FORMATS.map((format) => {
    const b = h("button", { type: "button", class: "button secondary" }, format);
    b.title = DESCRIPTIONS[format];
    b.addEventListener("click", () => {
      const scope: ExportScope = neighbourhood.input.checked ? "neighbourhood" : "view";
      status.textContent = `Exporting ${format}…`;
      run(scope, format).then(
        () => void (status.textContent = `${format} exported.`),
        (error: unknown) =>
          void (status.textContent = `Export failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    });
    return b;
  });
  const menu = h(
    "div",
    { id: "export-menu", class: "card popover", role: "group", "aria-label": "Export options", hidden: true },
    h("fieldset", {}, h("legend", {}, "Scope"), view.label, neighbourhood.label),
    h("fieldset", {}, h("legend", {}, "Format"), h("div", { class: "formats" }, ...formats)),
    status,
  );
  const toggle = (open: boolean) => {
    menu.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
  };
  button.addEventListener("click", () => toggle(menu.hidden));
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      toggle(false);
      button.focus();
    }
  });
  anchor.append(h("div", { class: "export" }, button, menu));

  return {
    setSelection(label) {
      neighbourhood.input.disabled = label === null;
      if (label === null) view.input.checked = true;
      neighbourhood.label.title = label === null ? "Select a node first" : `Around ${label}`;
    },
    message: (text) => void (status.textContent = text),
  };
}
