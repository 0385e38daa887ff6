// The appearance card: what node size stands for (connections or claims), what colour stands for
// (type or community), how many communities there are, and a way to let pinned nodes go.
import type { SizeBy } from "../../appearance.ts";
import { h } from "../../dom.ts";
import type { Appearance } from "../graph/graph-view.ts";

export interface AppearancePanel {
  /** How many communities colour the canvas (null: colouring by type). */
  communities(count: number | null): void;
  /** How many nodes are pinned where they were dragged. */
  pinned(count: number): void;
}

export function createAppearancePanel(
  container: HTMLElement,
  events: { change(appearance: Appearance): void; unpinAll(): void },
): AppearancePanel {
  const sizeBy = h(
    "select",
    { "aria-label": "Size by" },
    h("option", { value: "degree" }, "connections"),
    h("option", { value: "claims" }, "claims"),
  );
  const colorBy = h(
    "select",
    { "aria-label": "Colour by" },
    h("option", { value: "type" }, "type"),
    h("option", { value: "community" }, "community (Louvain)"),
  );
  const note = h("p", { class: "muted small", "aria-live": "polite" });
  const unpin = h("button", { type: "button", class: "button secondary" }, "Unpin all");
  unpin.hidden = true;
  unpin.title = "Let the nodes you dragged move with the layout again";
  const changed = () =>
    events.change({ sizeBy: sizeBy.value as SizeBy, colorBy: colorBy.value as Appearance["colorBy"] });
  sizeBy.addEventListener("change", changed);
  colorBy.addEventListener("change", changed);
  unpin.addEventListener("click", () => events.unpinAll());
  container.replaceChildren(
    h("h2", {}, "Appearance"),
    h(
      "div",
      { class: "appearance-choices" },
      h("label", { class: "parameter" }, h("span", {}, "Size by"), sizeBy),
      h("label", { class: "parameter" }, h("span", {}, "Colour by"), colorBy),
    ),
    note,
    unpin,
    h("p", { class: "muted small" }, "Drag a node to move and pin it."),
  );
  return {
    communities(count) {
      note.textContent =
        count === null
          ? ""
          : `${count} communit${count === 1 ? "y" : "ies"}; the filters' colours stay those of the types`;
    },
    pinned(count) {
      unpin.hidden = count === 0;
      unpin.textContent = `Unpin all (${count})`;
    },
  };
}
