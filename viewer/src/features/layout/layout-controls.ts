// The layout card, generated from LAYOUTS: a Start/Stop button per continuous layout, a Run button
// per one-shot layout, and an input per declared parameter.
import { h } from "../../dom.ts";
import { LAYOUTS, type LayoutContext, type LayoutDefinition, type Values } from "./layouts.ts";

export interface LayoutControls {
  /** Stops the running layout, if any (e.g. before the canvas is cleared). */
  stop(): void;
  isRunning(): boolean;
}

export function createLayoutControls(
  container: HTMLElement,
  context: LayoutContext,
  onRunningChange: (running: boolean) => void,
  layouts: readonly LayoutDefinition[] = LAYOUTS,
): LayoutControls {
  const values = new Map<string, Values>();
  let running: { id: string; stop(): void; button: HTMLButtonElement } | null = null;

  const setButton = (button: HTMLButtonElement, on: boolean) => {
    button.textContent = on ? "Stop layout" : "Start layout";
    button.setAttribute("aria-pressed", String(on));
  };

  function stop(): void {
    if (!running) return;
    const current = running;
    running = null;
    current.stop();
    setButton(current.button, false);
    onRunningChange(false);
  }

  const parameterInputs = (layout: LayoutDefinition) => {
    const own: Values = Object.fromEntries(layout.parameters.map((p) => [p.id, p.default]));
    values.set(layout.id, own);
    return layout.parameters.map((p) => {
      const input = h("input", {
        type: "number",
        min: String(p.min),
        max: String(p.max),
        step: String(p.step),
        value: String(p.default),
        "aria-label": `${layout.label} ${p.label.toLowerCase()}`,
      });
      input.addEventListener("change", () => {
        const value = Math.min(Math.max(Number(input.value) || p.default, p.min), p.max);
        own[p.id] = value;
      });
      return h("label", { class: "parameter" }, h("span", {}, p.label), input);
    });
  };

  const rows = layouts.map((layout) => {
    const button = h("button", { type: "button", class: "button" });
    button.title = layout.description;
    if (layout.kind === "continuous") {
      setButton(button, false);
      button.addEventListener("click", () => {
        if (running?.id === layout.id) return stop();
        stop();
        const handle = layout.start(context, values.get(layout.id) ?? {});
        running = { id: layout.id, stop: handle.stop, button };
        setButton(button, true);
        onRunningChange(true);
      });
    } else {
      button.textContent = layout.label;
      button.classList.add("secondary");
      button.addEventListener("click", () => {
        stop();
        layout.run(context, values.get(layout.id) ?? {});
      });
    }
    const params = parameterInputs(layout);
    return h(
      "div",
      { class: "layout-row" },
      h("div", { class: "layout-head" }, h("span", { class: "layout-name" }, layout.label), button),
      params.length > 0 && h("div", { class: "parameters" }, ...params),
    );
  });

  container.replaceChildren(h("h2", {}, "Layout"), ...rows);
  return { stop, isRunning: () => running !== null };
}
