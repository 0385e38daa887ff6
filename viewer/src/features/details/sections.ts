// Building blocks of the details panel: claims grouped by source, a quote inside its source text,
// lists of related nodes. Everything from the documents goes in as text nodes (see dom.ts).
import type { NodeDetails, Statement } from "../../../../graph/api-contract.ts";
import { colorOf } from "../../appearance.ts";
import { h, swatch } from "../../dom.ts";

export type Related = NodeDetails["related"][number];
/** Opens (focuses, adding it if needed) the node with this key. */
export type Open = (key: string) => void;

/** Only web links become anchors: a `javascript:` URI from a document must not be clickable. */
export function link(uri: string, text: string): HTMLElement {
  let safe = false;
  try {
    safe = ["http:", "https:"].includes(new URL(uri).protocol);
  } catch {
    // not a URL: a file path or an identifier, shown as text
  }
  return safe ? h("a", { href: uri, target: "_blank", rel: "noopener noreferrer" }, text) : h("span", {}, text);
}

/** A button naming a node, with its colour; clicking it opens the node. */
export function nodeButton(key: string, label: string, color: string, open: Open, title?: string): HTMLButtonElement {
  const button = h("button", { type: "button", class: "link-button", "data-key": key }, swatch(color), label);
  if (title) button.title = title;
  button.addEventListener("click", () => open(key));
  return button;
}

export function section(title: string, count: number | null, ...content: Array<Node | false>): HTMLElement {
  return h(
    "section",
    { "aria-label": title },
    h("h3", {}, count === null ? title : `${title} (${count})`),
    ...content.filter((c) => c !== false),
  );
}

export const none = (text = "None yet.") => h("p", { class: "muted" }, text);

/**
 * A section of a list the server sends a page at a time: the heading states the true total, and
 * "Show more" fetches the next page and draws the whole list again (groups by source may continue
 * across pages). The count of what is shown is said beside the button, so a cut is never hidden.
 */
export function pagedSection<T>(
  title: string,
  total: number,
  first: readonly T[],
  draw: (items: readonly T[]) => Node,
  more: (offset: number) => Promise<readonly T[]>,
): HTMLElement {
  let items = [...first];
  const list = h("div", {}, items.length > 0 ? draw(items) : none());
  const shown = h("span", { class: "muted small" });
  const button = h("button", { type: "button", class: "button secondary" }, "Show more");
  button.setAttribute("aria-label", `Show more: ${title}`);
  const footer = h("p", { class: "more" }, shown, " ", button);
  const update = () => {
    shown.textContent = `Showing ${items.length} of ${total}.`;
    footer.hidden = items.length >= total;
  };
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const page = await more(items.length);
      items = [...items, ...page];
      list.replaceChildren(draw(items));
      // The graph changed since the first page: stop offering what is no longer there.
      if (page.length === 0) total = items.length;
    } catch (error) {
      shown.textContent = `Could not load more: ${(error as Error).message}`;
      return;
    } finally {
      button.disabled = false;
    }
    update();
  });
  update();
  return section(title, total, list, footer);
}

/** Statements grouped by the source that makes them, in the order the API sorted them. */
export function bySource(statements: readonly Statement[]): Map<string, Statement[]> {
  const groups = new Map<string, Statement[]>();
  for (const s of statements) groups.set(s.sourceId, [...(groups.get(s.sourceId) ?? []), s]);
  return groups;
}

/** A small "disputed" badge; its tooltip says by how many claims. */
export function disputedBadge(count: number): HTMLElement {
  const badge = h("span", { class: "badge disputed" }, "disputed");
  badge.title = `Contradicted by ${count} ${count === 1 ? "claim" : "claims"}`;
  return badge;
}

/**
 * One statement of a claim: its exact words, which open the claim when clicked. A button may sit
 * inside a blockquote, so the quote stays a quote for assistive technology and for copying.
 */
function quoteItem(s: Statement, open: Open): HTMLLIElement {
  const button = h("button", { type: "button", class: "quote-button", "data-key": s.claimId }, s.quote);
  button.title = "Show this claim";
  button.addEventListener("click", () => open(s.claimId));
  return h(
    "li",
    { class: "statement" },
    h("blockquote", {}, button),
    pageMark(s),
    s.disputed !== undefined && disputedBadge(s.disputed),
  );
}

/** "p. 12": where in a paged source (PDF) the quote starts, so a reader can find it in the file. */
function pageMark(s: Statement): HTMLElement | undefined {
  if (s.page === undefined) return undefined;
  const mark = h("span", { class: "page-mark" }, `p. ${s.page}`);
  mark.title = `Page ${s.page} of the source`;
  return mark;
}

/** An entity's claims: one group per source, each claim with the exact quote that states it. */
export function claimsBySource(statements: readonly Statement[], open: Open): HTMLElement {
  const groups = [...bySource(statements).values()];
  return h(
    "div",
    { class: "source-groups" },
    ...groups.map((group) => {
      const first = group[0]!;
      return h(
        "div",
        { class: "source-group" },
        h("h4", {}, nodeButton(first.sourceId, first.sourceTitle, colorOf("Source"), open, "Show this source")),
        h("ol", { class: "statements" }, ...group.map((s) => quoteItem(s, open))),
      );
    }),
  );
}

/**
 * A claim's quote inside the source text around it: before, the quote marked, after. The text is
 * cut at the API's context length; an ellipsis says when it does not start at the beginning.
 */
export function inContext(s: Statement, open: Open): HTMLElement {
  const cutBefore = s.start > s.before.length;
  return h(
    "li",
    { class: "statement in-context" },
    h(
      "p",
      { class: "statement-source" },
      nodeButton(s.sourceId, s.sourceTitle, colorOf("Source"), open, "Show this source"),
      pageMark(s),
    ),
    h("p", { class: "context" }, cutBefore ? "…" : "", s.before, h("mark", {}, s.quote), s.after),
  );
}

/** A source's claims: each claim and the quote that states it. */
export function claimsInSource(statements: readonly Statement[], open: Open): HTMLElement {
  return h("ol", { class: "statements" }, ...statements.map((s) => quoteItem(s, open)));
}

/** Related nodes as a list of buttons, each labelled with its colour. */
export function relatedList(items: readonly Related[], open: Open, colorFor: (r: Related) => string): HTMLElement {
  return h("ul", { class: "related" }, ...items.map((r) => h("li", {}, nodeButton(r.key, r.label, colorFor(r), open))));
}

/**
 * Extraction's decisions, each "stage · rule: reason" (see ingest/rules.ts), as a list: the rule
 * set apart from its reason. Text only, like everything else drawn from the graph.
 */
export function decisionList(lines: readonly string[], className: string): HTMLElement {
  return h(
    "ul",
    { class: `decisions ${className}` },
    ...lines.map((line) => {
      const cut = line.indexOf(": ");
      return cut < 0
        ? h("li", {}, line)
        : h("li", {}, h("span", { class: "rule" }, line.slice(0, cut)), line.slice(cut));
    }),
  );
}
