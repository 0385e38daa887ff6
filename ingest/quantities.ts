// Numbers in a claim, normalised with their units: "$5.5m" -> 5,500,000 USD, "400 picoseconds",
// "57 out of 64", "90%", "3.6 times", "25 billion", "33kg", "twice", "3.6 trillion yuan", "20-fold".
import type { Quantity } from "../graph/model.ts";

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};
const CURRENCY: Record<string, string> = { $: "USD", US$: "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "RMB ": "CNY" };
/** Currencies named after the amount: "3.6 trillion yuan", "5 million dollars" ("won" and "pounds" have other meanings). */
const CURRENCY_WORDS: Record<string, string> = {
  yuan: "CNY",
  renminbi: "CNY",
  dollars: "USD",
  euros: "EUR",
  yen: "JPY",
  rupees: "INR",
};
const UNITS =
  "picoseconds?|nanoseconds?|microseconds?|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|" +
  "nm|nanometers?|nanometres?|mm|cm|km|kg|tonnes?|tones?|tons?|GW|MW|kW|kWh|GWh|TWh|GB|TB|MB|Gbps|GHz|MHz|tokens?|parameters?|bits?|" +
  "technologies|institutions|countries|people|times|fold|x|×";
const WORD_NUMBERS: Record<string, { value: number; unit?: string }> = {
  twice: { value: 2, unit: "times" },
  "a third": { value: 1 / 3, unit: "fraction" },
  "a quarter": { value: 0.25, unit: "fraction" },
  "two-thirds": { value: 2 / 3, unit: "fraction" },
  "two thirds": { value: 2 / 3, unit: "fraction" },
  "three-quarters": { value: 0.75, unit: "fraction" },
  "three quarters": { value: 0.75, unit: "fraction" },
  "a fifth": { value: 0.2, unit: "fraction" },
  "a tenth": { value: 0.1, unit: "fraction" },
  half: { value: 0.5, unit: "fraction" },
  "a dozen": { value: 12 },
};

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.\-])(US\$|[$€£¥]|RMB )?(${NUMBER})(\+)?(?:\s?(k|K|m|M|mn|b|B|bn|t|T|tn|thousand|million|billion|trillion)(?![\p{L}]))?(?:\s(${Object.keys(CURRENCY_WORDS).join("|")})\b)?(?:[\s-]?(%|percent|per cent|(?:${UNITS})(?![\p{L}])))?(?:\s+(?:out )?of\s+(?:the\s+)?(${NUMBER}))?`,
  "gu",
);
const WORDS = new RegExp(String.raw`\b(${Object.keys(WORD_NUMBERS).join("|")})\b`, "gi");

export function findQuantities(text: string): Quantity[] {
  const out: (Quantity & { at: number })[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, currency, digits, , scaleWord, currencyWord, unitWord, of] = m;
    // Model and product names ("GPT-4o", "V3") and years inside names are not quantities.
    if (/\p{L}[-]?$/u.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    let value = Number(digits!.replace(/,/g, ""));
    const scale = scaleWord ? SCALE[scaleWord.toLowerCase()] : undefined;
    if (scale) value *= scale;
    const money = currency ? CURRENCY[currency] : currencyWord ? CURRENCY_WORDS[currencyWord] : undefined;
    const unit = money ?? (unitWord ? normaliseUnit(unitWord) : of ? "ratio" : undefined);
    out.push({
      at: m.index,
      text: whole.trim(),
      value,
      ...(unit ? { unit } : {}),
      ...(of ? { of: Number(of.replace(/,/g, "")) } : {}),
    });
  }
  for (const m of text.matchAll(WORDS)) {
    const w = WORD_NUMBERS[m[1]!.toLowerCase()]!;
    out.push({ at: m.index, text: m[0], value: w.value, ...(w.unit ? { unit: w.unit } : {}) });
  }
  return out.sort((a, b) => a.at - b.at).map(({ at: _at, ...q }) => q);
}

function normaliseUnit(u: string): string {
  const l = u.toLowerCase();
  if (l === "%" || l === "percent" || l === "per cent") return "%";
  if (l === "x" || l === "×" || l === "times" || l === "fold") return "times";
  if (/^tonn?es?$|^tones?$|^tons?$/.test(l)) return "tonnes";
  if (/^nanomet/.test(l)) return "nm";
  return l.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
}
