// The filtered step of the dataset -> filtered -> visual chain: which nodes the filters hide.
// Computed once per change of the filters or of the graph's structure, so the reducers only look
// things up in a set, which keeps them O(1) per node and per frame.
import { categoryOf } from "../appearance.ts";
import type { ClaimGraph, ViewNode } from "./graph-data.ts";
import { isNarrowed, keepsClaim } from "./timeline.ts";
import type { Filters } from "./view-state.ts";

/** Whether another claim contradicts it: the count the linker keeps on the claim (absent: none). */
export const isDisputed = (claim: { contradictions?: number }) => (claim.contradictions ?? 0) > 0;

/**
 * Under "With numbers": a claim that states a figure (of the unit, when one is chosen) and a figure of
 * that unit stay; other claims and figures go, entities and sources stay.
 */
function statesFigure(node: ViewNode, unit: string | null): boolean {
  if (node.kind === "Claim") return (node.quantities ?? []).some((q) => unit === null || q.unit === unit);
  if (node.kind === "Quantity") return unit === null || node.unit === unit;
  return true;
}

export interface Visibility {
  readonly hiddenNodes: ReadonlySet<string>;
  readonly hiddenRelations: ReadonlySet<string>;
}

/**
 * Category filters hide nodes of the unticked types. A document filter keeps the chosen documents,
 * the claims stated in them, and what those link to (entities, their other sources), but not the
 * other ingested documents' own claims. The timeline hides claims published outside its months
 * (and undated ones when asked); entities and sources stay, as with the other claim filters.
 * "Disputed claims only" hides the claims no other claim contradicts, entities and sources staying too;
 * "With numbers" hides the claims without a figure (see statesFigure).
 */
export function computeVisibility(graph: ClaimGraph, filters: Filters): Visibility {
  const hiddenNodes = new Set<string>();
  const documents = filters.documents;
  let kept: Set<string> | null = null;
  if (documents !== null) {
    kept = new Set();
    for (const doc of documents) {
      if (!graph.hasNode(doc)) continue;
      kept.add(doc);
      graph.forEachNeighbor(doc, (neighbour, attributes) => {
        if (attributes.kind !== "Claim") kept!.add(neighbour); // mentioned entities, cited sources
      });
      graph.forEachInEdge(doc, (_edge, edge, claim) => {
        if (edge.type !== "STATED_IN") return;
        kept!.add(claim);
        graph.forEachNeighbor(claim, (linked, attributes) => {
          const otherDocument = attributes.kind === "Source" && attributes.sourceKind === "document";
          if (!otherDocument || documents.has(linked)) kept!.add(linked);
        });
      });
    }
  }
  const dated = isNarrowed(filters.dates);
  graph.forEachNode((key, attributes) => {
    if (filters.hiddenCategories.has(categoryOf(attributes)) || (kept !== null && !kept.has(key))) hiddenNodes.add(key);
    else if (dated && attributes.kind === "Claim" && !keepsClaim(filters.dates, attributes.publishedAt))
      hiddenNodes.add(key);
    else if (filters.disputedOnly && attributes.kind === "Claim" && !isDisputed(attributes)) hiddenNodes.add(key);
    else if (filters.numbers !== null && !statesFigure(attributes, filters.numbers.unit)) hiddenNodes.add(key);
  });
  return { hiddenNodes, hiddenRelations: filters.hiddenRelations };
}
