// What the viewer tells the user about itself: the status line and the error banner.
import { h } from "./dom.ts";

export interface StatusBar {
  counts(nodes: number, edges: number): void;
  /** Said after the counts until replaced (null clears it): what the last expansion left out. */
  note(text: string | null): void;
  message(text: string): void;
  error(message: string | null): void;
}

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;

export function createStatus(line: HTMLElement, banner: HTMLElement, dismiss: () => void): StatusBar {
  const text = h("span", { class: "banner-text" });
  const close = h("button", { type: "button", class: "icon-button", "aria-label": "Dismiss error" }, "×");
  close.addEventListener("click", dismiss);
  banner.replaceChildren(text, close);

  let note: string | null = null;
  let counted = "";
  const draw = () => void (line.textContent = note ? `${counted} · ${note}` : counted);
  return {
    counts(nodes, edges) {
      counted = `${plural(nodes, "node")} · ${plural(edges, "edge")}`;
      draw();
    },
    note(text) {
      note = text;
      draw();
    },
    message: (message) => void (line.textContent = message),
    error(message) {
      text.textContent = message ?? "";
      banner.hidden = message === null;
    },
  };
}
