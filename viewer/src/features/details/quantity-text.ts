// A quantity as a person reads it: "$5.6 million · money · training cost · about Orlin Foods",
// with the normalised value ("5,600,000 USD") for a tooltip. Never the stored JSON.
import type { Quantity } from "../../../../graph/model.ts";

const plain = new Intl.NumberFormat("en", { maximumFractionDigits: 6 });

export function quantityLine(q: Quantity): string {
  return [q.text, q.kind, q.measure, q.about && `about ${q.about}`].filter(Boolean).join(" · ");
}

/** The normalised value and unit, as the graph compares figures. */
export const quantityValue = (q: Quantity): string => [plain.format(q.value), q.unit].filter(Boolean).join(" ");
