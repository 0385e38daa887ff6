// A quantity as a person reads it: "$5.6 million · money · training cost · about Orlin Foods",
// with what the text wrote and the normalised value ("5,600,000 USD") for a tooltip. Never the stored JSON.
import type { Quantity } from "../../../../graph/model.ts";
import { formatQuantity } from "../../../../graph/quantity-format.ts";

const plain = new Intl.NumberFormat("en", { maximumFractionDigits: 6 });

/** The figure formatted the one way the graph writes figures ("$5.6 million", whatever the text wrote). */
export function quantityLine(q: Quantity): string {
  return [formatQuantity(q), q.kind, q.measure, q.about && `about ${q.about}`].filter(Boolean).join(" · ");
}

/** As written, and the normalised value and unit, as the graph compares figures. */
export const quantityValue = (q: Quantity): string =>
  `"${q.text}" = ${[plain.format(q.value), q.unit].filter(Boolean).join(" ")}`;
