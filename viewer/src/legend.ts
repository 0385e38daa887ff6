// The legend: what the node colours and sizes mean.
import { LEGEND } from "./appearance.ts";
import { h, swatch } from "./dom.ts";

export function renderLegend(container: HTMLElement): void {
  container.replaceChildren(
    h("h2", {}, "Legend"),
    h("ul", { class: "legend-list" }, ...LEGEND.map(({ label, color }) => h("li", {}, swatch(color), label))),
    h("p", { class: "muted" }, "Size: number of connections. Double-click a node to expand it."),
  );
}
