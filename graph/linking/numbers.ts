// Numbers as two claims can compare them: one unit per family (GWh and gigawatt-hours alike), a
// kind when the extractor gave none, a tolerance from the precision the text wrote, and a compact
// form for the `why` of a link ("512e12", "5.6e6 USD").
import type { Quantity, QuantityKind } from "../model.ts";

/** Units with a scale, reduced to a base unit so "4,200 MWh" and "4.2 GWh" compare. */
const SCALED_UNITS: Record<string, { base: string; factor: number; kind: QuantityKind }> = {
  wh: { base: "Wh", factor: 1, kind: "energy" },
  kwh: { base: "Wh", factor: 1e3, kind: "energy" },
  mwh: { base: "Wh", factor: 1e6, kind: "energy" },
  gwh: { base: "Wh", factor: 1e9, kind: "energy" },
  twh: { base: "Wh", factor: 1e12, kind: "energy" },
  w: { base: "W", factor: 1, kind: "power" },
  kw: { base: "W", factor: 1e3, kind: "power" },
  mw: { base: "W", factor: 1e6, kind: "power" },
  gw: { base: "W", factor: 1e9, kind: "power" },
  mm: { base: "m", factor: 1e-3, kind: "length" },
  cm: { base: "m", factor: 1e-2, kind: "length" },
  m: { base: "m", factor: 1, kind: "length" },
  km: { base: "m", factor: 1e3, kind: "length" },
  nm: { base: "m", factor: 1e-9, kind: "length" },
  g: { base: "g", factor: 1, kind: "mass" },
  kg: { base: "g", factor: 1e3, kind: "mass" },
  tonne: { base: "g", factor: 1e6, kind: "mass" },
  mb: { base: "B", factor: 1e6, kind: "data" },
  gb: { base: "B", factor: 1e9, kind: "data" },
  tb: { base: "B", factor: 1e12, kind: "data" },
  mhz: { base: "Hz", factor: 1e6, kind: "frequency" },
  ghz: { base: "Hz", factor: 1e9, kind: "frequency" },
  second: { base: "s", factor: 1, kind: "duration" },
  minute: { base: "s", factor: 60, kind: "duration" },
  hour: { base: "s", factor: 3600, kind: "duration" },
  day: { base: "s", factor: 86400, kind: "duration" },
  week: { base: "s", factor: 604800, kind: "duration" },
  month: { base: "month", factor: 1, kind: "duration" },
  year: { base: "month", factor: 12, kind: "duration" },
  decade: { base: "month", factor: 120, kind: "duration" },
};

/**
 * Spelled-out units the extractor may leave in the text after the number: a small fallback until
 * the quantity work fills `unit` itself ("4.2 gigawatt-hours" is then already "GWh").
 */
const UNIT_WORDS: [RegExp, string][] = [
  [/^(kilo|mega|giga|tera)watt[- ]hours?\b/i, "$1wh"],
  [/^(kilo|mega|giga)watts?\b/i, "$1w"],
  [/^(kilo)?met(?:er|re)s?\b/i, "$1m"],
  [/^(kilo)?grams?\b/i, "$1g"],
  [/^tonn?es?\b|^tons?\b/i, "tonne"],
];
const PREFIX: Record<string, string> = { kilo: "k", mega: "m", giga: "g", tera: "t" };

const CURRENCIES = new Set(["USD", "EUR", "GBP", "CNY", "JPY", "INR"]);

/** A quantity reduced to what comparison needs. */
export type Measured = {
  value: number;
  /** Base unit ("Wh", "USD", "%", "") and kind, so only like is compared with like. */
  unit: string;
  kind: QuantityKind | undefined;
  /** Half the step of the last significant digit written, in base units: the rounding it allows. */
  tolerance: number;
  /** "about", "nearly": the writer rounded loosely. */
  approximate: boolean;
  /** "more than 5 million" states a bound, not a value. */
  bound?: "min" | "max";
  quantity: Quantity;
};

/** The unit the text spells out right after the number, when the extractor found none. */
export function unitAfter(text: string, q: Quantity): string | undefined {
  const at = text.indexOf(q.text);
  if (at < 0) return undefined;
  const after = text.slice(at + q.text.length).replace(/^\s+/, "");
  for (const [re, to] of UNIT_WORDS) {
    const m = after.match(re);
    if (m)
      return m[0]
        .replace(re, to)
        .replace(/^(kilo|mega|giga|tera)/i, (p) => PREFIX[p.toLowerCase()]!)
        .toLowerCase();
  }
  return undefined;
}

const YEARS = (q: Quantity) =>
  !q.unit && Number.isInteger(q.value) && q.value >= 1800 && q.value <= 2100 && /^\d{4}$/.test(q.text);

/** The kind when the extractor gave none: from the unit, or a bare four-digit year. */
export function kindOf(q: Quantity, unit: string): QuantityKind | undefined {
  if (q.kind) return q.kind;
  if (CURRENCIES.has(unit)) return "money";
  if (unit === "%") return "percent";
  if (unit === "times") return "multiple";
  if (unit === "fraction") return "fraction";
  if (unit === "ratio") return "ratio";
  if (SCALED_UNITS[unit.toLowerCase()]) return SCALED_UNITS[unit.toLowerCase()]!.kind;
  if (YEARS(q)) return "year";
  return unit ? "count" : undefined;
}

/** Significant digits as written: "5.6" -> 2, "5,576,000" -> 4 (trailing zeros of a whole number say nothing). */
export function significantDigits(digits: string): { digits: number; decimals: number } {
  const clean = digits.replace(/,/g, "");
  const [whole = "", frac = ""] = clean.split(".");
  if (frac) return { digits: (whole.replace(/^0+/, "") + frac).replace(/^0+/, "").length, decimals: frac.length };
  return { digits: whole.replace(/^0+/, "").replace(/0+$/, "").length || 1, decimals: 0 };
}

const APPROX =
  /\b(?:about|around|roughly|approximately|nearly|almost|some|close to|an estimated|estimated|circa|~)\s*$/i;
const MIN_BOUND = /\b(?:more than|over|above|at least|exceeding|upwards of|in excess of)\s*$/i;
const MAX_BOUND = /\b(?:less than|under|below|at most|up to|fewer than|no more than)\s*$/i;

/** Units that are a family of their own; any other "unit" ("people", "tokens") is the noun a count counts. */
const MEASURE_UNITS = new Set(["%", "times", "fraction", "ratio", ...CURRENCIES]);

/** Whether the extractor's unit is really the counted noun: "842,000 people" counts people, in no unit. */
export const isCountNoun = (unit: string | undefined) =>
  !!unit && !MEASURE_UNITS.has(unit) && !SCALED_UNITS[unit.toLowerCase()];

/** A quantity of a claim, in base units with the tolerance its written precision allows. */
export function measured(text: string, q: Quantity): Measured {
  const rawUnit = isCountNoun(q.unit) ? "" : (q.unit ?? unitAfter(text, q) ?? "");
  const scaled = SCALED_UNITS[rawUnit.toLowerCase()];
  const unit = scaled ? scaled.base : rawUnit;
  const factor = scaled?.factor ?? 1;
  const value = q.value * factor;
  const written = q.text.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? String(q.value);
  const { digits } = significantDigits(written);
  // The step of the last significant digit, relative to the value written.
  const step = Math.abs(value) > 0 ? Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - digits + 1) : 1;
  const at = text.indexOf(q.text);
  const before = at >= 0 ? text.slice(Math.max(0, at - 30), at) : "";
  const approximate = APPROX.test(before);
  const bound = MIN_BOUND.test(before) ? "min" : MAX_BOUND.test(before) ? "max" : undefined;
  // "2nd", "5th": a position, compared as a ranking (ranking.ts), never as a count.
  const ordinal = at >= 0 && /^(?:st|nd|rd|th)\b/i.test(text.slice(at + q.text.length));
  return {
    value,
    unit,
    kind: ordinal ? "rank" : isCountNoun(q.unit) ? (q.kind ?? "count") : kindOf(q, rawUnit),
    // "about 5 million" allows a whole step (4.5-6.5 million reads as "about 5"); plain "5 million" half of one.
    tolerance: step * (approximate ? 1 : 0.5),
    approximate,
    ...(bound ? { bound } : {}),
    quantity: q,
  };
}

/** Whether two measured values agree: within the looser of their roundings, or consistent with a bound. */
/**
 * Whether two figures state the same thing, not merely do not clash: equal within rounding, and
 * bounded alike ("more than 3 million" does not clash with 9 million, nor does it say it).
 */
export function same(a: Measured, b: Measured): boolean {
  const slack = Math.max(a.tolerance, b.tolerance) * (1 + 1e-9);
  return a.bound === b.bound && Math.abs(a.value - b.value) <= slack;
}

export function agree(a: Measured, b: Measured): boolean {
  const slack = Math.max(a.tolerance, b.tolerance) * (1 + 1e-9);
  const fits = (bounded: Measured, other: Measured) =>
    bounded.bound === "min" ? other.value >= bounded.value - slack : other.value <= bounded.value + slack;
  if (a.bound && b.bound) return a.bound === b.bound || fits(a, b) || fits(b, a);
  if (a.bound) return fits(a, b);
  if (b.bound) return fits(b, a);
  return Math.abs(a.value - b.value) <= slack;
}

/** A compact number for a why: 512000000000000 -> "512e12", 5600000 -> "5.6e6", 38 -> "38". */
export function compact(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e4) {
    const exp = Math.floor(Math.log10(abs) / 3) * 3;
    const mant = Number((value / Math.pow(10, exp)).toPrecision(4));
    return `${mant}e${exp}`;
  }
  return String(Number(value.toPrecision(4)));
}

/** "USD", "%", "Wh", or the words after the number when there is no unit: "ops/s" style brevity is the quantity work's. */
export const unitLabel = (m: Measured, measure?: string) => m.unit || measure || "";
