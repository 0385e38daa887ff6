// What the viewer tells the user about itself: the status line and the error banner.
import { h } from "./dom.ts";

export interface StatusBar {
  counts(nodes: number, edges: number): void;
  message(text: string): void;
  error(message: string | null): void;
}

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;

export function createStatus(line: HTMLElement, banner: HTMLElement, dismiss: () => void): StatusBar {
  const text = h("span", { class: "banner-text" });
  const close = h("button", { type: "button", class: "icon-button", "aria-label": "Dismiss error" }, "×");
  close.addEventListener("click", dismiss);
  banner.replaceChildren(text, close);

  return {
    counts: (nodes, edges) => void (line.textContent = `${plural(nodes, "node")} · ${plural(edges, "edge")}`),
    message: (message) => void (line.textContent = message),
    error(message) {
      text.textContent = message ?? "";
      banner.hidden = message === null;
    },
  };
}
