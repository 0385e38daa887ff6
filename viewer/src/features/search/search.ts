// The search box: a WAI-ARIA combobox whose suggestions come from /api/search as the user types.
import type { SearchHit } from "../../../../graph/api-contract.ts";
import { colorOf } from "../../appearance.ts";
import { h, swatch } from "../../dom.ts";

export interface SearchEvents {
  /** The user chose a suggestion (click, or Enter). */
  pick(hit: SearchHit): void;
  /** The suggestions on display changed; [] when the list closes. */
  matches(keys: string[]): void;
  error(error: unknown): void;
}

export type SearchFn = (q: string, signal: AbortSignal) => Promise<SearchHit[]>;

const DEBOUNCE_MS = 200;

export function createSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  search: SearchFn,
  events: SearchEvents,
): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | undefined;
  const empty = h("p", { class: "search-empty", "aria-live": "polite" });
  list.after(empty);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  list.setAttribute("role", "listbox");

  const optionId = (i: number) => `${list.id}-${i}`;

  function render(): void {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          "li",
          { id: optionId(i), role: "option", "aria-selected": String(i === active), class: "suggestion" },
          swatch(colorOf(hit.kind, hit.type)),
          h("span", { class: "suggestion-label" }, hit.label),
          h("span", { class: "suggestion-kind" }, hit.type ?? hit.kind),
        ),
      ),
    );
    const open = hits.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", optionId(active));
      list.children[active]?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }

  function show(next: SearchHit[]): void {
    hits = next;
    active = -1;
    render();
    events.matches(hits.map((hit) => hit.key));
  }

  function close(): void {
    clearTimeout(timer);
    inflight?.abort();
    empty.textContent = "";
    if (hits.length > 0) show([]);
  }

  function choose(hit: SearchHit | undefined): void {
    if (!hit) return;
    input.value = hit.label;
    close();
    events.pick(hit);
  }

  async function query(q: string): Promise<void> {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    try {
      const result = await search(q, controller.signal);
      if (controller.signal.aborted) return; // a newer query is on its way
      empty.textContent = result.length === 0 ? `No matches for “${q}”` : "";
      show(result);
    } catch (error) {
      if (!controller.signal.aborted) events.error(error);
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q === "") return close();
    timer = setTimeout(() => void query(q), DEBOUNCE_MS);
  });

  input.addEventListener("keydown", (event) => {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (hits.length === 0) return;
        event.preventDefault(); // keep the caret where it is
        const step = event.key === "ArrowDown" ? 1 : -1;
        active = (active + step + hits.length) % hits.length;
        render();
        break;
      }
      case "Enter":
        event.preventDefault();
        choose(hits[Math.max(active, 0)]);
        break;
      case "Escape":
        if (hits.length > 0) close();
        else input.value = "";
        break;
    }
  });

  // mousedown, not click: a click would first blur the input, which closes the list.
  list.addEventListener("mousedown", (event) => {
    event.preventDefault();
    const option = event.target instanceof Element ? event.target.closest("[role=option]") : null;
    if (option) choose(hits[[...list.children].indexOf(option)]);
  });

  input.addEventListener("blur", close);

  // "/" jumps to Search from anywhere but a field being typed in, as on many sites with a search box.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
      return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
