// The path card: the two ends chosen with "Path from" / "Path to" in the details panel, whether
// co-mention steps count, the shortest paths found (one drawn at a time, "Next path" for the next)
// and the drawn path's steps, each with its relationship type.
import { h } from "../../dom.ts";
import type { PathStep } from "../../state/path-routes.ts";
import type { PathEnds } from "../../state/view-state.ts";

export interface PathEvents {
  find(): void;
  next(): void;
  clear(): void;
  open(key: string): void;
}

export interface PathPanel {
  render(ends: PathEnds, labelOf: (key: string) => string): void;
  message(text: string): void;
  /** Lists the drawn path's steps (none: the list is emptied), `count` the paths found. */
  steps(steps: readonly PathStep[], count: number, labelOf: (key: string) => string): void;
  /** Whether co-mention steps (a document that merely names both) are left out. */
  withoutMentions(): boolean;
}

export function createPathPanel(container: HTMLElement, events: PathEvents): PathPanel {
  const from = h("dd", {});
  const to = h("dd", {});
  const noMentions = h("input", { type: "checkbox" });
  const find = h("button", { type: "button", class: "button" }, "Find path");
  const next = h("button", { type: "button", class: "button secondary" }, "Next path");
  const clear = h("button", { type: "button", class: "button secondary" }, "Clear path");
  const result = h("p", { class: "muted small", role: "status" });
  const list = h("ol", { class: "path-steps", "aria-label": "Path" });
  next.hidden = true;
  list.hidden = true;
  find.addEventListener("click", () => events.find());
  next.addEventListener("click", () => events.next());
  clear.addEventListener("click", () => events.clear());
  noMentions.addEventListener("change", () => {
    if (!find.disabled) events.find();
  });
  container.replaceChildren(
    h("h2", {}, "Path"),
    h("dl", { class: "path-ends" }, h("dt", {}, "From"), from, h("dt", {}, "To"), to),
    h("label", { class: "check" }, noMentions, " Leave out co-mention steps"),
    h("div", { class: "actions" }, find, next, clear),
    result,
    list,
  );

  const nodeButton = (key: string, labelOf: (key: string) => string) => {
    const button = h("button", { type: "button", class: "link-button" }, labelOf(key));
    button.addEventListener("click", () => events.open(key));
    return button;
  };
  const end = (cell: HTMLElement, key: string | null, labelOf: (key: string) => string) =>
    cell.replaceChildren(key === null ? h("span", { class: "muted" }, "choose in Details") : nodeButton(key, labelOf));

  return {
    render(ends, labelOf) {
      container.hidden = ends.from === null && ends.to === null;
      end(from, ends.from, labelOf);
      end(to, ends.to, labelOf);
      find.disabled = ends.from === null || ends.to === null;
    },
    message: (text) => void (result.textContent = text),
    steps(steps, count, labelOf) {
      next.hidden = count < 2;
      list.hidden = steps.length === 0;
      list.replaceChildren(
        ...steps.map((step) =>
          h(
            "li",
            {},
            nodeButton(step.from, labelOf),
            h("span", { class: "path-rel" }, step.forward ? ` —${step.type}→ ` : ` ←${step.type}— `),
            nodeButton(step.to, labelOf),
          ),
        ),
      );
    },
    withoutMentions: () => noMentions.checked,
  };
}
