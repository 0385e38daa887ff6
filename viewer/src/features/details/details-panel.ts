// The details panel of the selected node. Entity: type, aliases, its claims grouped by source with
// exact quotes, and why extraction found these names. Claim: each quote inside its source text, what
// it is about, who it is attributed to, and why it is a claim. Source: title, link, author, publisher and date,
// the claims it states, each quote of a PDF with its page. Every node named is a button.
import type { NodeDetails, Statement, StatementRole } from "../../../../graph/api-contract.ts";
import type { NodeAttributes } from "../../../../graph/wire.ts";
import { categoryOf, colorOf, nodeColor } from "../../appearance.ts";
import { h, swatch } from "../../dom.ts";
import { corroborationSection, disputedClaimsSection, disputeSection, quantityList } from "./claim-links.ts";
import {
  claimsBySource,
  claimsInSource,
  decisionList,
  inContext,
  link,
  none,
  pagedSection,
  relatedList,
  section,
  type Open,
  type Related,
} from "./sections.ts";

export interface DetailsEvents {
  expand(key: string): void;
  collapse(key: string): void;
  hide(key: string): void;
  pathFrom(key: string): void;
  pathTo(key: string): void;
  /** A node named in the panel was chosen: add it to the graph if needed and select it. */
  open(key: string): void;
  close(): void;
  /** The next page of a node's statements, or of its neighbours over one relationship type. */
  moreStatements(key: string, offset: number, role?: StatementRole): Promise<readonly Statement[]>;
  moreRelated(key: string, rel: string, offset: number): Promise<readonly Related[]>;
}

export interface DetailsPanel {
  loading(label: string): void;
  show(details: NodeDetails): void;
  /** The details of `key` take the keyboard focus (on their heading) once shown, or now if they are: after a pick from Search. */
  focus(key: string): void;
  failed(message: string): void;
  hide(): void;
  /** Whether the shown node is expanded: enables Collapse. */
  setExpanded(expanded: boolean): void;
}

/** Rows of the property list; empty values are left out. */
type Row = [term: string, value: Node | string | undefined];

function properties(a: NodeAttributes, degree: number | undefined): Row[] {
  const connections: Row = ["Connections", degree === undefined ? undefined : String(degree)];
  switch (a.kind) {
    case "Entity":
      return [["Type", a.type], ["Aliases", a.aliases.join(", ")], ["Description", a.description], connections];
    case "Claim":
      return [
        ["Confidence", `${Math.round(a.confidence * 100)}%${a.hedged ? " (hedged)" : ""}`],
        ["Quantities", quantityList(a.quantities, a.numbers)],
        // The earliest publication date among the sources stating it: what the timeline filters on.
        ["First published", a.publishedAt],
      ];
    case "Source":
      return [
        ["Title", a.title],
        ["Link", link(a.uri, a.uri)],
        ["Kind", a.sourceKind],
        ["Author", a.author],
        ["Publisher", a.publisher],
        ["Published", a.publishedAt],
      ];
    case "Quantity":
      return [
        ["Value", a.label],
        ["Kind", a.quantityKind],
        ["Measures", a.measure],
        ["About", a.about],
        ["As written", a.text],
      ];
  }
}

/** The sections below the properties, by kind. Long lists come a page at a time. */
function body(
  d: NodeDetails,
  open: Open,
  colorFor: (r: Related) => string,
  events: Pick<DetailsEvents, "moreStatements" | "moreRelated">,
): Array<Node | false> {
  const a = d.attributes;
  const statements = (title: string, draw: (items: readonly Statement[]) => Node) =>
    pagedSection(title, d.totals.statements, d.statements, draw, (offset) => events.moreStatements(d.key, offset));
  /** Neighbours over one type; left out when there are none unless `always`. */
  const related = (title: string, rel: string, always = false) => {
    const total = d.totals.related[rel] ?? 0;
    if (total === 0 && !always) return false;
    return pagedSection(
      title,
      total,
      d.related.filter((r) => r.rel === rel),
      (items) => relatedList(items, open, colorFor),
      (offset) => events.moreRelated(d.key, rel, offset),
    );
  };
  switch (a.kind) {
    case "Entity": {
      const found = a.found ?? [];
      const resolution = a.resolution ?? [];
      return [
        // What the sources disagree on comes first: it is what an analyst looks for.
        disputedClaimsSection(d.statements, open),
        statements("Claims about it", (items) => claimsBySource(items, open)),
        // What it said, apart from what is said about it; left out for entities that said nothing.
        (d.totals.statementsBy ?? 0) > 0 &&
          pagedSection(
            "Claims by it",
            d.totals.statementsBy!,
            d.statementsBy ?? [],
            (items) => claimsBySource(items, open),
            (offset) => events.moreStatements(d.key, offset, "by"),
          ),
        related("Mentioned in", "MENTIONS"),
        // Extraction and resolution, explained: the rules that found and typed the name, and why each
        // other name was taken to mean this entity.
        found.length + resolution.length > 0 &&
          section(
            "Why these names",
            found.length + resolution.length,
            found.length > 0 && decisionList(found, "found"),
            resolution.length > 0 && h("ul", { class: "resolution" }, ...resolution.map((why) => h("li", {}, why))),
          ),
      ];
    }
    case "Claim": {
      const sources = new Set(d.statements.map((s) => s.sourceId)).size;
      const claim = { quantities: a.quantities, numbers: a.numbers, statements: d.statements };
      const disputes = d.disputes ?? [];
      const corroborations = d.corroborations ?? [];
      return [
        disputes.length > 0 && disputeSection(claim, disputes, open),
        (corroborations.length > 0 || sources > 1) && corroborationSection(claim, corroborations, open),
        related("About", "ABOUT", true),
        related("Attributed to", "ATTRIBUTED_TO", true),
        // The rules that kept this claim, chose what it is about and whom it is attributed to.
        (a.why?.length ?? 0) > 0 && section("Why this is a claim", null, decisionList(a.why!, "claim-why")),
        statements("Stated in", (items) => h("ol", { class: "statements" }, ...items.map((s) => inContext(s, open)))),
      ];
    }
    case "Source":
      return [
        statements("Claims it states", (items) => claimsInSource(items, open)),
        related("Mentions", "MENTIONS"),
        related("Cites", "CITES"),
      ];
    case "Quantity":
      return [related("Stated by", "STATES", true)];
  }
}

/** `lookup` gives the attributes of nodes on screen, to colour related nodes like the graph does. */
export function createDetails(
  panel: HTMLElement,
  lookup: (key: string) => NodeAttributes | undefined,
  events: DetailsEvents,
): DetailsPanel {
  const content = h("div", { class: "details-body" });
  const closeButton = h("button", { type: "button", class: "icon-button", "aria-label": "Close details" }, "×");
  closeButton.addEventListener("click", () => events.close());
  panel.replaceChildren(closeButton, content);
  let collapse: HTMLButtonElement | null = null;

  const open = (...children: Array<Node | false>) => {
    content.replaceChildren(...children.filter((child) => child !== false));
    panel.hidden = false;
    panel.scrollTop = 0;
  };

  const colorFor = (r: Related) => {
    const attributes = lookup(r.key);
    return attributes ? nodeColor(attributes) : colorOf(r.kind);
  };

  function actions(key: string): HTMLElement {
    const button = (label: string, title: string, action: (key: string) => void, secondary = true) => {
      const b = h("button", { type: "button", class: secondary ? "button secondary" : "button" }, label);
      b.title = title;
      b.addEventListener("click", () => action(key));
      return b;
    };
    collapse = button("Collapse", "Remove the neighbours its expansion added that nothing else holds", events.collapse);
    collapse.disabled = true;
    return h(
      "div",
      { class: "action-rows" },
      h(
        "div",
        { class: "actions" },
        button("Expand", "Add this node's neighbours to the graph (or double-click the node)", events.expand, false),
        collapse,
        button("Hide", "Remove this node from the canvas", events.hide),
      ),
      h(
        "div",
        { class: "actions" },
        h("span", { class: "muted small" }, "Shortest path"),
        button("Path from", "Start a shortest path at this node", events.pathFrom),
        button("Path to", "End a shortest path at this node", events.pathTo),
      ),
    );
  }

  // The node whose details are shown and their heading; the node whose details are to take the focus.
  let shown: { key: string; heading: HTMLElement } | null = null;
  let focusOn: string | null = null;
  return {
    focus(key) {
      if (shown?.key === key) shown.heading.focus();
      else focusOn = key;
    },
    loading(label) {
      shown = null;
      panel.setAttribute("aria-busy", "true");
      collapse = null;
      open(h("h2", {}, label), h("p", { class: "muted" }, "Loading…"));
    },
    failed(message) {
      focusOn = null;
      panel.removeAttribute("aria-busy");
      open(h("p", { class: "muted" }, `Could not load the details: ${message}`));
    },
    show(d) {
      panel.removeAttribute("aria-busy");
      const a = d.attributes;
      // A claim's label is cut short for the graph; its heading is the whole claim. The heading can
      // take the focus (tabindex -1), so a keyboard user picking from Search lands on what was picked.
      const heading = h(
        "h2",
        { class: a.kind === "Claim" ? "claim-heading" : "", tabindex: "-1" },
        a.kind === "Claim" ? a.text : a.label,
      );
      open(
        h("p", { class: "category" }, swatch(nodeColor(a)), categoryOf(a)),
        heading,
        h(
          "dl",
          {},
          ...properties(a, a.degree)
            .filter(([, value]) => value !== undefined && value !== "")
            .flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]),
        ),
        actions(d.key),
        ...body(d, (key) => events.open(key), colorFor, events),
      );
      shown = { key: d.key, heading };
      if (focusOn === d.key) {
        focusOn = null;
        heading.focus();
      }
    },
    hide() {
      shown = null;
      panel.hidden = true;
      collapse = null;
      content.replaceChildren();
    },
    setExpanded(expanded) {
      if (collapse) collapse.disabled = !expanded;
    },
  };
}
