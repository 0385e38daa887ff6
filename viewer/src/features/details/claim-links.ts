// A claim's links in Details: who else states it (the corroborating quotes) and who says otherwise
// (each contradicting quote beside this claim's, figures marked, the reason under the pair). An
// entity's disputed claims, listed first. Everything from the documents goes in as text.
import type { LinkedClaim, LinkedStatement, Statement } from "../../../../graph/api-contract.ts";
import type { Quantity } from "../../../../graph/model.ts";
import { colorOf } from "../../appearance.ts";
import { h } from "../../dom.ts";
import { alsoStatedBy, disputedBy, sources } from "./link-counts.ts";
import { figuresOf, markedQuote } from "./number-marks.ts";
import { quantityLine, quantityValue } from "./quantity-text.ts";
import { disputedBadge, nodeButton, type Open } from "./sections.ts";

/** The claim whose details are shown: its figures and its own statements. */
export type ShownClaim = { quantities?: Quantity[]; numbers: string[]; statements: readonly Statement[] };

/** A quote with its figures marked, under the name of its source; clicking the quote opens `claimKey`. */
function quoteFigure(
  s: LinkedStatement,
  figures: readonly string[],
  open: Open,
  caption: string | null,
  claimKey?: string,
): HTMLElement {
  const words = markedQuote(s.quote, figures);
  let body: HTMLElement;
  if (claimKey) {
    body = h("button", { type: "button", class: "quote-button", "data-key": claimKey }, ...words);
    body.title = "Show this claim";
    body.addEventListener("click", () => open(claimKey));
  } else body = h("span", {}, ...words);
  return h(
    "figure",
    { class: "quote-side" },
    h(
      "figcaption",
      {},
      caption && h("span", { class: "side-label" }, caption),
      nodeButton(s.sourceId, s.sourceTitle, colorOf("Source"), open, "Show this source"),
      s.page === undefined ? undefined : h("span", { class: "page-mark" }, `p. ${s.page}`),
    ),
    h("blockquote", {}, body),
  );
}

const linkedFigures = (c: LinkedClaim) => figuresOf(c.quantities);

/** The reason a linker gave, and how alike the claims are when it said. */
function why(c: LinkedClaim): HTMLElement {
  const score = c.score === undefined ? "" : ` (score ${c.score.toFixed(2)})`;
  return h("p", { class: "link-why" }, c.why || "No reason recorded.", score);
}

/** "Also stated by N sources": each corroborating claim's quotes with their figures marked, and why. */
export function corroborationSection(claim: ShownClaim, corroborations: readonly LinkedClaim[], open: Open) {
  const n = alsoStatedBy(
    claim.statements.map((s) => s.sourceId),
    corroborations,
  );
  const title = `Also stated by ${sources(n)}`;
  const heading = h("h3", {}, title);
  heading.title =
    "Other documents that state this claim word for word (see Stated in) or state a claim that corroborates it, each counted once";
  return h(
    "section",
    { "aria-label": title, class: "corroborations" },
    heading,
    corroborations.length > 0 &&
      h(
        "ol",
        { class: "links" },
        ...corroborations.map((c) =>
          h(
            "li",
            { class: "link", "data-key": c.key },
            ...c.statements.map((s) => quoteFigure(s, linkedFigures(c), open, null, c.key)),
            why(c),
          ),
        ),
      ),
  );
}

/**
 * "Disputed by M sources": for each contradicting claim, this claim's quote and the other's side by
 * side (the other's every statement in its column), both with their figures marked, and why below.
 */
export function disputeSection(claim: ShownClaim, disputes: readonly LinkedClaim[], open: Open) {
  const title = `Disputed by ${sources(disputedBy(disputes))}`;
  const own = claim.statements[0];
  const ownFigures = figuresOf(claim.quantities, claim.numbers);
  return h(
    "section",
    { "aria-label": title, class: "disputes" },
    h("h3", {}, title),
    h(
      "ol",
      { class: "links" },
      ...disputes.map((c) =>
        h(
          "li",
          { class: "link dispute", "data-key": c.key },
          h(
            "div",
            { class: "dispute-pair" },
            h("div", { class: "side this-claim" }, own && quoteFigure(own, ownFigures, open, "This claim")),
            h(
              "div",
              { class: "side other-claim" },
              ...c.statements.map((s, i) =>
                quoteFigure(s, linkedFigures(c), open, i === 0 ? "Says otherwise" : null, c.key),
              ),
            ),
          ),
          why(c),
        ),
      ),
    ),
  );
}

/** An entity's disputed claims, the most disputed first: each quote (opening its claim), its sources, a badge. */
export function disputedClaimsSection(statements: readonly Statement[], open: Open): HTMLElement | false {
  const byClaim = new Map<string, Statement[]>();
  for (const s of statements) if (s.disputed) byClaim.set(s.claimId, [...(byClaim.get(s.claimId) ?? []), s]);
  if (byClaim.size === 0) return false;
  const claims = [...byClaim.values()].sort((a, b) => b[0]!.disputed! - a[0]!.disputed!);
  return h(
    "section",
    { "aria-label": "Disputed claims", class: "disputed-claims" },
    h("h3", {}, `Disputed claims (${claims.length})`),
    h(
      "ol",
      { class: "statements" },
      ...claims.map((group) => {
        const first = group[0]!;
        const quote = h("button", { type: "button", class: "quote-button", "data-key": first.claimId }, first.quote);
        quote.title = "Show this claim, and what disputes it";
        quote.addEventListener("click", () => open(first.claimId));
        return h(
          "li",
          { class: "statement" },
          h(
            "p",
            { class: "statement-source" },
            disputedBadge(first.disputed!),
            ...group.map((s) => nodeButton(s.sourceId, s.sourceTitle, colorOf("Source"), open, "Show this source")),
          ),
          h("blockquote", {}, quote),
        );
      }),
    ),
  );
}

/** A claim's quantities, one a line, formatted; the normalised value in the tooltip. Plain numbers otherwise. */
export function quantityList(quantities: readonly Quantity[] | undefined, numbers: readonly string[]): Node | string {
  if (!quantities || quantities.length === 0) return numbers.join(", ");
  return h(
    "ul",
    { class: "quantity-list" },
    ...quantities.map((q) => {
      const item = h("li", {}, quantityLine(q));
      item.title = quantityValue(q);
      return item;
    }),
  );
}
