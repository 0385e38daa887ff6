// Units as data: every way a unit is written, mapped to its kind, the one base unit of that kind and
// the factor to it, so "4.2 gigawatt-hours" and "4.2 GWh" both become 4.2e9 Wh and compare equal.
//
// Bases, one per kind: money in its currency (ISO code, no conversion between currencies); percent in
// "%" (percentage points and basis points in "pp"); duration in s; length in m; mass in kg; energy in
// Wh; power in W; data in B (bytes; bits stay "bit", being mostly a precision such as "4-bit", not an
// amount of data); frequency in Hz; rates in per-second units: ops/s, FLOP/s, token/s, bit/s, B/s and
// m/s for speed; multiples in "times"; counts in the counted thing, singular ("car"; "person" for
// people, employees, workers and other people counted by role).
import type { QuantityKind } from "../../graph/model.ts";

export type UnitDef = { kind: QuantityKind; unit: string; factor: number };

/** Big SI prefixes: the ones that matter for the amounts documents state. */
const PREFIXES: [string, string, number][] = [
  ["", "", 1],
  ["kilo", "k", 1e3],
  ["mega", "M", 1e6],
  ["giga", "G", 1e9],
  ["tera", "T", 1e12],
  ["peta", "P", 1e15],
  ["exa", "E", 1e18],
];

/** Units spelled as words ("gigawatt-hours", "per cent"), matched whatever their case; keys are
 * lower case with hyphens read as spaces (see unitKey). */
const WORDS = new Map<string, UnitDef>();
/** Symbols whose case carries meaning ("MW" megawatt, "mW" milliwatt; "Gb" bits, "GB" bytes): matched as written. */
const SYMBOLS = new Map<string, UnitDef>();

/** The surface with case, hyphens and runs of spaces folded ("Gigawatt-hours" -> "gigawatt hours"). */
export const unitKey = (surface: string) => surface.toLowerCase().replace(/[\s-]+/g, " ");

const def = (kind: QuantityKind, unit: string, factor = 1): UnitDef => ({ kind, unit, factor });
const words = (d: UnitDef, ...names: string[]) => names.forEach((n) => WORDS.set(unitKey(n), d));
const symbols = (d: UnitDef, ...names: string[]) => names.forEach((n) => SYMBOLS.set(n, d));

/** A unit under every big prefix, as words ("gigawatt hours") and as symbols ("GWh"); the bare
 * symbol is added only when `bare` says so (a bare "B" after a number is "billion"). */
function prefixed(kind: QuantityKind, unit: string, wordForms: string[], symbolForms: string[], bare = true) {
  for (const [long, short, factor] of PREFIXES) {
    words(def(kind, unit, factor), ...wordForms.map((w) => long + w));
    if (short || bare) symbols(def(kind, unit, factor), ...symbolForms.map((s) => short + s));
  }
}

// Energy (Wh) and power (W).
prefixed("energy", "Wh", ["watt hour", "watt hours", "watthour", "watthours"], ["Wh"]);
for (const [long, short, factor] of PREFIXES) {
  words(def("energy", "Wh", factor / 3600), `${long}joule`, `${long}joules`);
  symbols(def("energy", "Wh", factor / 3600), `${short}J`);
}
prefixed("power", "W", ["watt", "watts"], ["W"]);
symbols(def("power", "W", 1e-3), "mW");
words(def("power", "W", 745.7), "horsepower", "hp");
// Written in lower case ("5 kwh", "2 gw"), these read as the usual big units.
for (const [w, f] of [
  ["kwh", 1e3],
  ["mwh", 1e6],
  ["gwh", 1e9],
  ["twh", 1e12],
] as const)
  words(def("energy", "Wh", f), w);
for (const [w, f] of [
  ["kw", 1e3],
  ["mw", 1e6],
  ["gw", 1e9],
  ["tw", 1e12],
] as const)
  words(def("power", "W", f), w);

// Frequency (Hz).
prefixed("frequency", "Hz", ["hertz"], ["Hz"]);
words(def("frequency", "Hz", 1e3), "khz");
words(def("frequency", "Hz", 1e6), "mhz");
words(def("frequency", "Hz", 1e9), "ghz");

// Data (B; bits apart) and data rates (bit/s, B/s). "gb" in any case is read as bytes.
prefixed("data", "B", ["byte", "bytes"], ["B"], false);
symbols(def("data", "B", 1e3), "KB");
for (const [s, f] of [
  ["KiB", 2 ** 10],
  ["MiB", 2 ** 20],
  ["GiB", 2 ** 30],
  ["TiB", 2 ** 40],
] as const)
  symbols(def("data", "B", f), s);
for (const [w, f] of [
  ["kb", 1e3],
  ["mb", 1e6],
  ["gb", 1e9],
  ["tb", 1e12],
  ["pb", 1e15],
] as const)
  words(def("data", "B", f), w);
prefixed("data", "bit", ["bit", "bits"], ["b"], false);
symbols(def("data", "bit", 1e3), "Kb");
prefixed("rate", "bit/s", ["bits per second", "bit per second"], ["bps", "b/s", "bit/s"], false);
for (const [w, f] of [
  ["kbps", 1e3],
  ["mbps", 1e6],
  ["gbps", 1e9],
  ["tbps", 1e12],
] as const)
  words(def("rate", "bit/s", f), w);
prefixed("rate", "B/s", ["bytes per second", "byte per second"], ["B/s"], false);
for (const [w, f] of [
  ["mb/s", 1e6],
  ["gb/s", 1e9],
  ["tb/s", 1e12],
] as const)
  words(def("rate", "B/s", f), w);

// Computing rates: operations and floating-point operations per second, tokens per second.
prefixed("rate", "ops/s", ["operations per second", "ops per second"], ["OPS"], false);
words(def("rate", "ops/s"), "ops/s");
prefixed("rate", "FLOP/s", ["flops", "flop/s"], ["FLOPS", "FLOP/s"], true);
WORDS.delete("flops"); // "FLOPS" is a rate, "FLOPs" a count of operations (training compute)
words(def("rate", "FLOP/s"), "floating point operations per second");
symbols(def("count", "FLOP"), "FLOPs", "FLOP");
words(def("rate", "token/s"), "tokens per second", "tokens/s", "tokens/sec", "tok/s", "tokens a second", "token/s");

// Duration (s); a year is 365.25 days, a month a twelfth of it.
const YEAR = 365.25 * 86400;
const durations: [number, string[]][] = [
  [1e-12, ["picosecond", "picoseconds", "ps"]],
  [1e-9, ["nanosecond", "nanoseconds", "ns"]],
  [1e-6, ["microsecond", "microseconds", "µs", "μs"]],
  [1e-3, ["millisecond", "milliseconds", "ms", "msec"]],
  [1, ["second", "seconds", "sec", "secs"]],
  [60, ["minute", "minutes", "min", "mins"]],
  [3600, ["hour", "hours", "hr", "hrs"]],
  [86400, ["day", "days"]],
  [7 * 86400, ["week", "weeks"]],
  [YEAR / 12, ["month", "months"]],
  [YEAR, ["year", "years", "yr", "yrs"]],
  [10 * YEAR, ["decade", "decades"]],
  [100 * YEAR, ["century", "centuries"]],
];
for (const [f, names] of durations) words(def("duration", "s", f), ...names);

// Length (m).
const lengths: [number, string[]][] = [
  [1e-9, ["nm", "nanometer", "nanometers", "nanometre", "nanometres"]],
  [1e-6, ["µm", "μm", "micron", "microns", "micrometer", "micrometers", "micrometre", "micrometres"]],
  [1e-3, ["mm", "millimeter", "millimeters", "millimetre", "millimetres"]],
  [1e-2, ["cm", "centimeter", "centimeters", "centimetre", "centimetres"]],
  [1, ["meter", "meters", "metre", "metres"]],
  [1e3, ["km", "kilometer", "kilometers", "kilometre", "kilometres"]],
  [0.0254, ["inch", "inches"]],
  [0.3048, ["foot", "feet", "ft"]],
  [1609.344, ["mile", "miles"]],
];
for (const [f, names] of lengths) words(def("length", "m", f), ...names);

// Speed (a rate, in m/s).
words(def("rate", "m/s"), "m/s", "meters per second", "metres per second");
words(def("rate", "m/s", 1000 / 3600), "km/h", "kph", "kilometers per hour", "kilometres per hour");
words(def("rate", "m/s", 1609.344 / 3600), "mph", "miles per hour");

// Mass (kg). ("pounds" is left out: it is as often money.)
const masses: [number, string[]][] = [
  [1e-6, ["mg", "milligram", "milligrams", "milligramme", "milligrammes"]],
  [1e-3, ["gram", "grams", "gramme", "grammes"]],
  [1, ["kg", "kilogram", "kilograms", "kilogramme", "kilogrammes"]],
  [1e3, ["tonne", "tonnes", "ton", "tons", "tone", "tones", "metric tons", "metric tonnes"]],
  [1e9, ["megatonne", "megatonnes", "megaton", "megatons"]],
  [1e12, ["gigatonne", "gigatonnes", "gigaton", "gigatons"]],
  [0.45359237, ["lb", "lbs"]],
  [0.028349523125, ["oz", "ounce", "ounces"]],
];
for (const [f, names] of masses) words(def("mass", "kg", f), ...names);
symbols(def("mass", "kg", 1e-3), "g");
symbols(def("mass", "kg", 1e9), "Mt");
symbols(def("mass", "kg", 1e12), "Gt");

// Percentages, points, multiples.
words(def("percent", "%"), "%", "percent", "per cent", "pct");
words(def("percent", "pp"), "percentage points", "percentage point", "pp", "ppt");
words(def("percent", "pp", 0.01), "basis points", "basis point", "bps", "bp");
words(def("multiple", "times"), "times", "fold", "x", "×");

// Decibels: a ratio on a log scale, kept as written.
symbols(def("other", "dB"), "dB");
symbols(def("other", "dBm"), "dBm");

// Things counted that read like units.
words(def("count", "token"), "tokens");
words(def("count", "parameter"), "parameters");

/** A unit's definition by its surface: case-sensitive symbols first, then words in any case. */
export function unitOf(surface: string): UnitDef | undefined {
  return SYMBOLS.get(surface) ?? WORDS.get(unitKey(surface));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const longestFirst = (keys: Iterable<string>) => [...new Set(keys)].sort((a, b) => b.length - a.length).map(escape);
/** Word units, matched case-insensitively; the surface is then looked up with unitOf. */
export const WORD_UNIT_SOURCE = longestFirst(WORDS.keys()).join("|").replace(/ /g, "[\\s-]");
/** Symbols, matched as written. */
export const SYMBOL_UNIT_SOURCE = longestFirst(SYMBOLS.keys()).join("|");

/** Scale words and letters after a number: "5.6 million", "$5.6m", "3bn", "2.5 lakh" is left out. */
export const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
  quadrillion: 1e15,
};

/** Currency signs and codes before the amount. */
export const CURRENCY_BEFORE: Record<string, string> = {
  $: "USD",
  US$: "USD",
  USD: "USD",
  "€": "EUR",
  EUR: "EUR",
  "£": "GBP",
  GBP: "GBP",
  "¥": "CNY",
  RMB: "CNY",
  CNY: "CNY",
  JPY: "JPY",
  "₹": "INR",
  INR: "INR",
  Rs: "INR",
  "₩": "KRW",
  KRW: "KRW",
  A$: "AUD",
  AUD: "AUD",
  C$: "CAD",
  CAD: "CAD",
  HK$: "HKD",
  HKD: "HKD",
  S$: "SGD",
  SGD: "SGD",
  NZ$: "NZD",
  R$: "BRL",
  CHF: "CHF",
};
/** Currencies named after the amount: "3.6 trillion yuan", "5 million dollars" ("won" and "pounds"
 * have other meanings, so they are left out). */
export const CURRENCY_AFTER: Record<string, string> = {
  "US dollars": "USD",
  "U.S. dollars": "USD",
  dollars: "USD",
  yuan: "CNY",
  renminbi: "CNY",
  euros: "EUR",
  euro: "EUR",
  yen: "JPY",
  rupees: "INR",
  USD: "USD",
  EUR: "EUR",
  GBP: "GBP",
  CNY: "CNY",
  RMB: "CNY",
  JPY: "JPY",
  INR: "INR",
};
export const CURRENCY_BEFORE_SOURCE = longestFirst(Object.keys(CURRENCY_BEFORE)).join("|");
export const CURRENCY_AFTER_SOURCE = longestFirst(Object.keys(CURRENCY_AFTER)).join("|");
