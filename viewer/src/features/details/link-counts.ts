// The two numbers at the head of a claim's links, pure so their rules can be tested.
import type { LinkedClaim } from "../../../../graph/api-contract.ts";

const sourcesOf = (claims: readonly LinkedClaim[]) => claims.flatMap((c) => c.statements.map((s) => s.sourceId));

/**
 * "Also stated by N sources": the distinct documents that state this claim word for word or state a
 * corroborating claim, less the one being read. Which one that is cannot be known, so one of the
 * claim's own sources is taken off (none when it has none). A document counts once however many of
 * these claims it states; a corroborating claim from one of the claim's own documents adds nothing.
 */
export function alsoStatedBy(ownSources: readonly string[], corroborations: readonly LinkedClaim[]): number {
  const own = new Set(ownSources);
  const all = new Set([...own, ...sourcesOf(corroborations)]);
  return Math.max(0, all.size - (own.size > 0 ? 1 : 0));
}

/**
 * "Disputed by M sources": the distinct documents stating a contradicting claim. A document that
 * also states this claim still counts: it says both, and a reader should see that.
 */
export const disputedBy = (disputes: readonly LinkedClaim[]): number => new Set(sourcesOf(disputes)).size;

export const sources = (n: number) => `${n} ${n === 1 ? "source" : "sources"}`;
