// A claim's quantities, complete: found with their kinds and units (find.ts), with what each
// measures (measure.ts), its direction ("fell 12%" is -12) and the entity it is about (about.ts).
import type { Quantity } from "../../graph/model.ts";
import { quantityAbout, type NameSpan } from "./about.ts";
import { findQuantitySpans, type FoundQuantity } from "./find.ts";
import { measureOf, type MeasureFound } from "./measure.ts";

export type ClaimText = {
  /** The claim's text. */
  text: string;
  /** The entity names in it, with offsets into `text`. */
  names: NameSpan[];
  /** The entities the claim is about. */
  about: readonly string[];
};

/** Measures that count: a bare number they measure is a count ("employs 3,100"), of people for some. */
const COUNTED_MEASURES: Record<string, string | null> = {
  employee: "person",
  hire: "person",
  population: "person",
  sales: null,
  shipments: null,
  deliveries: null,
  production: null,
  user: null,
  customer: null,
  subscriber: null,
};
const counted = (measure: string): Pick<Quantity, "kind" | "unit"> => {
  const unit = COUNTED_MEASURES[measure];
  return { kind: "count", ...(unit ? { unit } : {}) };
};

const RANGE = /^\s?[-–—]\s?$/;
const FIRST_LETTER = /\p{L}/u;

/** The text with its opening capital in lower case, unless that capital starts a name ("Revenue rose" reads as "revenue rose"). */
function sentenceCase(text: string, names: NameSpan[]): string {
  const i = FIRST_LETTER.exec(text)?.index;
  if (i === undefined || names.some((n) => n.start <= i && i < n.end)) return text;
  return text.slice(0, i) + text[i]!.toLowerCase() + text.slice(i + 1);
}

export function describeQuantities({ text, names, about }: ClaimText): Quantity[] {
  // A number inside a name ("Llama 3.1", "Qwen 2.5") is part of the name (a name may be what is
  // counted: "3,200 humanoids").
  const found = findQuantitySpans(text).filter((q) => !names.some((n) => n.start <= q.start && q.start < n.end));
  const lowered = sentenceCase(text, names);
  const out: Quantity[] = [];
  let previous: { q: FoundQuantity; falling: boolean; found?: MeasureFound } | undefined;
  for (const q of found) {
    const taken = [...names, ...found.filter((o) => o !== q)];
    const { found: m, falling } = measureOf({ text: lowered, q, taken, ...(previous ? { previous } : {}) });
    // "dropped by 15–20%": both ends of a range fall.
    const rangeFalls = previous?.falling && RANGE.test(text.slice(previous.q.end, q.start));
    const who = quantityAbout({ text, q, names, about, ...(m?.words ? { measureWords: m.words } : {}) });
    const { start: _s, end: _e, noun: _n, ...quantity } = q;
    out.push({
      ...quantity,
      ...(quantity.kind === "other" && m && COUNTED_MEASURES[m.measure] !== undefined ? counted(m.measure) : {}),
      ...((falling || rangeFalls) && quantity.value > 0 ? { value: -quantity.value } : {}),
      ...(m ? { measure: m.measure } : {}),
      ...(who ? { about: who } : {}),
    });
    // A year between two amounts ("from 180 in 2017 to 1,100") does not break their chain.
    if (q.kind !== "year") previous = { q, falling: falling || !!rangeFalls, ...(m ? { found: m } : {}) };
  }
  return out;
}
