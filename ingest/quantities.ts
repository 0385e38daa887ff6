// Numbers in a claim, normalised with their units and kinds: "$5.5m" -> 5,500,000 USD (money),
// "400 picoseconds" -> 4e-10 s (duration), "4.2 GWh" -> 4.2e9 Wh (energy), "57 out of 64" (ratio),
// "90%" (percent), "3.6 times" and "twice" (multiple), "3,100 employees" (count of "person"),
// "ranked third" (rank), "in 2023" (year). The bases and the readings live in quantities/.
import type { Quantity } from "../graph/model.ts";
import type { FoundMention } from "./entities.ts";
import type { Span } from "./segment.ts";
import { describeQuantities } from "./quantities/describe.ts";
import { findQuantitySpans } from "./quantities/find.ts";

export { findQuantitySpans, type FoundQuantity } from "./quantities/find.ts";

/** The amounts a text states, in order, without their spans. */
export function findQuantities(text: string): Quantity[] {
  return findQuantitySpans(text).map(({ start: _s, end: _e, noun: _n, ...q }) => q);
}

/**
 * A claim's quantities with what each measures and whom it is about: `unit` is the claim's span and
 * text, `mentions` the names inside it (offsets into the document), `about` the claim's entities.
 */
export function claimQuantities(
  unit: Span & { text: string },
  mentions: readonly FoundMention[],
  about: readonly string[],
): Quantity[] {
  const names = mentions.map((m) => ({
    start: m.start - unit.start,
    end: m.end - unit.start,
    entity: m.entity.name,
    type: m.entity.type,
  }));
  return describeQuantities({ text: unit.text, names, about });
}
