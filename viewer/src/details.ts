// The details panel of the selected node: its properties, the statements with their exact quotes,
// and related nodes. Everything from the documents goes in as text (see dom.ts).
import type { NodeDetails, Statement } from "../../graph/api-contract.ts";
import type { NodeAttributes } from "../../graph/wire.ts";
import { categoryOf, colorOf, nodeColor } from "./appearance.ts";
import { h, swatch } from "./dom.ts";

export interface DetailsEvents {
  expand(key: string): void;
  /** A related node was chosen: add it to the graph and select it. */
  open(key: string): void;
  close(): void;
}

export interface DetailsPanel {
  loading(label: string): void;
  show(details: NodeDetails): void;
  failed(message: string): void;
  hide(): void;
}

/** Only web links become anchors: a `javascript:` URI from a document must not be clickable. */
function link(uri: string, text: string): HTMLElement {
  let safe = false;
  try {
    safe = ["http:", "https:"].includes(new URL(uri).protocol);
  } catch {
    // not a URL: a file path or an identifier, shown as text
  }
  return safe ? h("a", { href: uri, target: "_blank", rel: "noopener noreferrer" }, text) : h("span", {}, text);
}

/** Rows of the property list; empty values are left out. */
type Row = [term: string, value: Node | string | undefined];

function properties(a: NodeAttributes): Row[] {
  switch (a.kind) {
    case "Entity":
      return [
        ["Type", a.type],
        ["Aliases", a.aliases.join(", ")],
        ["Description", a.description],
      ];
    case "Claim":
      return [
        ["Text", a.text],
        ["Confidence", `${Math.round(a.confidence * 100)}%${a.hedged ? " (hedged)" : ""}`],
        ["Numbers", a.numbers.join(", ")],
      ];
    case "Source":
      return [
        ["Title", a.title],
        ["URI", link(a.uri, a.uri)],
        ["Kind", a.sourceKind],
        ["Author", a.author],
        ["Published", a.publishedAt],
      ];
  }
}

/** One statement: the claim (unless the panel is the claim's own), its exact quote, and the source. */
function statement(s: Statement, kind: NodeAttributes["kind"]): HTMLLIElement {
  return h(
    "li",
    { class: "statement" },
    kind !== "Claim" && h("p", { class: "statement-claim" }, s.claimText),
    h("blockquote", {}, s.quote),
    kind !== "Source" && h("p", { class: "statement-source" }, "— ", link(s.sourceUri, s.sourceTitle)),
  );
}

const STATEMENTS_HEADING: Record<NodeAttributes["kind"], string> = {
  Entity: "Claims about it",
  Claim: "Stated in",
  Source: "Claims it states",
};

/** `lookup` gives the attributes of nodes on screen, to colour related nodes like the graph does. */
export function createDetails(
  panel: HTMLElement,
  lookup: (key: string) => NodeAttributes | undefined,
  events: DetailsEvents,
): DetailsPanel {
  const body = h("div", { class: "details-body" });
  const closeButton = h("button", { type: "button", class: "icon-button", "aria-label": "Close details" }, "×");
  closeButton.addEventListener("click", () => events.close());
  panel.replaceChildren(closeButton, body);

  const open = (...children: Array<Node | false>) => {
    body.replaceChildren(...children.filter((child) => child !== false));
    panel.hidden = false;
    panel.scrollTop = 0;
  };

  return {
    loading(label) {
      panel.setAttribute("aria-busy", "true");
      open(h("h2", {}, label), h("p", { class: "muted" }, "Loading…"));
    },
    failed(message) {
      panel.removeAttribute("aria-busy");
      open(h("p", { class: "muted" }, `Could not load the details: ${message}`));
    },
    show({ key, attributes: a, statements, related }) {
      panel.removeAttribute("aria-busy");
      const expand = h("button", { type: "button", class: "button" }, "Expand");
      expand.title = "Add this node's neighbours to the graph (or double-click the node)";
      expand.addEventListener("click", () => events.expand(key));

      const relatedList = h(
        "ul",
        { class: "related" },
        ...related.map((r) => {
          const attributes = lookup(r.key);
          const color = attributes ? nodeColor(attributes) : colorOf(r.kind);
          const button = h("button", { type: "button", class: "link-button" }, swatch(color), r.label);
          button.addEventListener("click", () => events.open(r.key));
          return h("li", {}, button, h("span", { class: "muted" }, ` ${r.rel.toLowerCase().replaceAll("_", " ")}`));
        }),
      );

      open(
        h("p", { class: "category" }, swatch(nodeColor(a)), categoryOf(a)),
        h("h2", {}, a.label),
        h(
          "dl",
          {},
          ...properties(a)
            .filter(([, value]) => value !== undefined && value !== "")
            .flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]),
        ),
        h("div", { class: "actions" }, expand),
        h(
          "section",
          { "aria-label": "Statements" },
          h("h3", {}, `${STATEMENTS_HEADING[a.kind]} (${statements.length})`),
          statements.length > 0
            ? h("ol", { class: "statements" }, ...statements.map((s) => statement(s, a.kind)))
            : h("p", { class: "muted" }, "None yet."),
        ),
        related.length > 0 && h("section", { "aria-label": "Related" }, h("h3", {}, "Related"), relatedList),
      );
    },
    hide() {
      panel.hidden = true;
      body.replaceChildren();
    },
  };
}
