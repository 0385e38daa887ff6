// The path card: the two ends chosen with "Path from" / "Path to" in the details panel, a button to
// find the shortest path between them, and what came of it.
import { h } from "../../dom.ts";
import type { PathEnds } from "../../state/view-state.ts";

export interface PathEvents {
  find(): void;
  clear(): void;
  open(key: string): void;
}

export interface PathPanel {
  render(ends: PathEnds, labelOf: (key: string) => string): void;
  message(text: string): void;
}

export function createPathPanel(container: HTMLElement, events: PathEvents): PathPanel {
  const from = h("dd", {});
  const to = h("dd", {});
  const find = h("button", { type: "button", class: "button" }, "Find path");
  const clear = h("button", { type: "button", class: "button secondary" }, "Clear path");
  const result = h("p", { class: "muted small", role: "status" });
  find.addEventListener("click", () => events.find());
  clear.addEventListener("click", () => events.clear());
  container.replaceChildren(
    h("h2", {}, "Path"),
    h("dl", { class: "path-ends" }, h("dt", {}, "From"), from, h("dt", {}, "To"), to),
    h("div", { class: "actions" }, find, clear),
    result,
  );

  const end = (cell: HTMLElement, key: string | null, labelOf: (key: string) => string) => {
    if (key === null) return cell.replaceChildren(h("span", { class: "muted" }, "choose in Details"));
    const button = h("button", { type: "button", class: "link-button" }, labelOf(key));
    button.addEventListener("click", () => events.open(key));
    cell.replaceChildren(button);
  };

  return {
    render(ends, labelOf) {
      container.hidden = ends.from === null && ends.to === null;
      end(from, ends.from, labelOf);
      end(to, ends.to, labelOf);
      find.disabled = ends.from === null || ends.to === null;
    },
    message: (text) => void (result.textContent = text),
  };
}
