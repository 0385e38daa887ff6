// The canvas as a keyboard stop: Tab reaches it, the arrow keys move a cursor from node to neighbour
// (highlighted as a hover would, and read out), Enter opens the cursor's Details, Escape lets go of
// the cursor and the selection.
import { h } from "../../dom.ts";
import type { ClaimGraph } from "../../state/graph-data.ts";
import type { GraphView, Area } from "./graph-view.ts";
import { isArrow, neighbourTowards } from "./keyboard-nav.ts";

export interface GraphKeyEvents {
  /** The cursor moved (null: let go); the view highlights it as a hover. */
  cursor(key: string | null): void;
  open(key: string): void;
  clear(): void;
  /** Where the cursor starts when nothing is selected. */
  selected(): string | null;
  freeArea(): Area;
}

export function installGraphKeys(container: HTMLElement, graph: ClaimGraph, view: GraphView, events: GraphKeyEvents) {
  container.tabIndex = 0;
  container.setAttribute("aria-roledescription", "graph");
  container.setAttribute("aria-keyshortcuts", "ArrowUp ArrowDown ArrowLeft ArrowRight Enter Escape");
  const said = h("p", { class: "sr-only", "aria-live": "polite", "data-testid": "graph-cursor" });
  container.after(said);
  let cursor: string | null = null;

  const screen = (key: string) => {
    const a = graph.getNodeAttributes(key);
    return { key, ...view.sigma.graphToViewport({ x: a.x, y: a.y }) };
  };
  const drawn = (key: string) => graph.hasNode(key) && !view.isFilteredOut(key);

  /** The start: the selection, else the most connected node drawn. */
  function start(): string | null {
    const selected = events.selected();
    if (selected !== null && drawn(selected)) return selected;
    let best: string | null = null;
    graph.forEachNode((key) => {
      if (drawn(key) && (best === null || graph.degree(key) > graph.degree(best))) best = key;
    });
    return best;
  }

  function moveTo(key: string | null): void {
    cursor = key;
    events.cursor(key);
    if (key === null) return void (said.textContent = "");
    const a = graph.getNodeAttributes(key);
    const neighbours = graph.neighbors(key).filter(drawn).length;
    said.textContent = `${a.label}, ${a.kind === "Entity" ? a.type : a.kind}, ${neighbours} neighbour${neighbours === 1 ? "" : "s"} drawn. Enter opens its details.`;
    const { x, y } = screen(key);
    const area = events.freeArea();
    if (x < area.x || x > area.x + area.width || y < area.y || y > area.y + area.height) view.focusNode(key, area);
  }

  container.addEventListener("keydown", (event) => {
    if (isArrow(event.key)) {
      event.preventDefault(); // the page must not scroll
      if (cursor === null || !drawn(cursor)) return moveTo(start());
      const next = neighbourTowards(screen(cursor), graph.neighbors(cursor).filter(drawn).map(screen), event.key);
      if (next !== undefined) moveTo(next);
    } else if (event.key === "Enter" && cursor !== null && drawn(cursor)) {
      event.preventDefault();
      events.open(cursor);
    } else if (event.key === "Escape") {
      moveTo(null);
      events.clear();
    }
  });
  container.addEventListener("blur", () => {
    if (cursor !== null) moveTo(null);
  });
}
