// Precision and recall of the linking rules on the labelled pairs, with the real extractor: each
// text is extracted as its own document, every claim of one compared with every claim of the other,
// and the pair's predicted link is a contradiction if any pair of claims contradicts, else a
// corroboration if any corroborates, else none. `claimgraph eval` can print linkingScores().
import type { Document } from "../../ingest/document.ts";
import { createExtractor, type Extractor } from "../../ingest/extract.ts";
import { claimId } from "../ids.ts";
import { compareClaims, type Link, type LinkableClaim } from "./compare.ts";
import { entityToken, termTokens } from "./keys.ts";
import { LinkIndex } from "./link-index.ts";
import { LABELLED_PAIRS, PAIR_CATALOGUE, type LabelledPair, type LinkLabel } from "./pairs.ts";

export type TypeScore = {
  type: "CORROBORATES" | "CONTRADICTS";
  expected: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
};
export type PairOutcome = LabelledPair & { got: LinkLabel; why?: string };

const asDocument = (text: string, name: string): Document => ({
  uri: `${name}.txt`,
  location: `/pairs/${name}.txt`,
  title: name,
  text,
  format: "text",
});

/** A document's claims in the shape compareClaims takes. */
export function linkableClaims(
  extract: Extractor,
  text: string,
  docName: string,
  publishedAt?: string,
): LinkableClaim[] {
  return extract(asDocument(text, docName)).claims.map((c) => ({
    ...(publishedAt ? { publishedAt } : {}),
    id: claimId(c.quote),
    text: c.quote,
    sourceIds: [docName],
    entities: c.about,
    ...(c.attributedTo ? { attributedTo: c.attributedTo } : {}),
    quantities: c.quantities,
    hedged: c.hedged,
  }));
}

/**
 * The strongest link between two documents' claims, found as ingest finds it: b's claims in a link
 * index, a's claims asking it for candidates, compareClaims deciding. A contradiction outranks a
 * corroboration.
 */
export function linkBetween(a: LinkableClaim[], b: LinkableClaim[]): Link | undefined {
  // Names stand in for entity ids: within one pair, one name is one entity.
  const entities = (c: LinkableClaim) => c.entities.map(entityToken);
  const index = new LinkIndex();
  const byId = new Map(b.map((y) => [y.id, y]));
  for (const y of b) index.add(y.id, entities(y), termTokens(y));
  let best: Link | undefined;
  for (const x of a)
    for (const id of index.candidates(entities(x), termTokens(x), b.length, new Set([x.id]))) {
      const link = compareClaims(x, byId.get(id)!);
      if (link?.type === "CONTRADICTS") return link;
      if (link && !best) best = link;
    }
  return best;
}

export function pairOutcomes(
  pairs = LABELLED_PAIRS,
  extract: Extractor = createExtractor(PAIR_CATALOGUE.map((e) => ({ ...e, aliases: [] }))),
): PairOutcome[] {
  return pairs.map((p, i) => {
    const link = linkBetween(
      linkableClaims(extract, p.a, `pair${i}a`, p.dates?.[0]),
      linkableClaims(extract, p.b, `pair${i}b`, p.dates?.[1]),
    );
    return { ...p, got: link?.type ?? "none", ...(link ? { why: link.why } : {}) };
  });
}

export function scoresOf(outcomes: PairOutcome[]): TypeScore[] {
  return (["CORROBORATES", "CONTRADICTS"] as const).map((type) => {
    const expected = outcomes.filter((o) => o.expect === type).length;
    const predicted = outcomes.filter((o) => o.got === type).length;
    const correct = outcomes.filter((o) => o.got === type && o.expect === type).length;
    return {
      type,
      expected,
      predicted,
      correct,
      precision: predicted ? correct / predicted : 1,
      recall: expected ? correct / expected : 1,
    };
  });
}

/** Precision and recall per link type on the labelled pairs, for `claimgraph eval`. */
export function linkingScores(extract?: Extractor): { scores: TypeScore[]; outcomes: PairOutcome[] } {
  const outcomes = pairOutcomes(LABELLED_PAIRS, extract);
  return { scores: scoresOf(outcomes), outcomes };
}

/** The scores as a small table for a terminal. */
export function scoreTable(scores: TypeScore[]): string {
  const rows = scores.map(
    (s) =>
      `${s.type.padEnd(13)} ${String(s.expected).padStart(8)} ${String(s.predicted).padStart(9)} ${String(s.correct).padStart(7)} ${s.precision.toFixed(2).padStart(9)} ${s.recall.toFixed(2).padStart(6)}`,
  );
  return [
    `${"link".padEnd(13)} ${"expected".padStart(8)} ${"predicted".padStart(9)} ${"correct".padStart(7)} ${"precision".padStart(9)} ${"recall".padStart(6)}`,
    ...rows,
  ].join("\n");
}
