// Finding the amounts a text states, each with its span, kind and value in the base unit of its kind
// (units.ts): "$5.6 million" and "5.6m dollars" are both {value: 5.6e6, unit: "USD", kind: "money"}.
// Words that state amounts are read too: "twice", "two-thirds", "doubled", "ranked third".
import type { Quantity, QuantityKind } from "../../graph/model.ts";
import {
  CURRENCY_AFTER,
  CURRENCY_AFTER_SOURCE,
  CURRENCY_BEFORE,
  CURRENCY_BEFORE_SOURCE,
  SCALE,
  SYMBOL_UNIT_SOURCE,
  WORD_UNIT_SOURCE,
  unitOf,
  type UnitDef,
} from "./units.ts";
import { ORDINALS } from "../word-classes.ts";
import { countedNoun } from "./counted.ts";
import { singular } from "../tokens.ts";

/** A quantity with where it is in the text it was found in. */
export type FoundQuantity = Quantity & {
  start: number;
  end: number;
  /** The counted plural, as written. */ noun?: string;
};

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A number, with a currency before it; not inside a word or a name ("GPT-4o", "V3", "Q3"). */
const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$])(?<!\p{L}[-‑])(?<!\d\/)(?:(${CURRENCY_BEFORE_SOURCE})\s?)?(${NUMBER})(?!\/\d)(\+)?`,
  "gu",
);
// What may follow a number, each read where the last one stopped (sticky, compiled once).
const SCALE_AT = new RegExp(String.raw`\s?(${Object.keys(SCALE).join("|")})(?![\p{L}\p{N}])`, "iuy");
const CURRENCY_AFTER_AT = new RegExp(String.raw`\s(${CURRENCY_AFTER_SOURCE})(?![\p{L}])`, "uy");
const SYMBOL_AT = new RegExp(String.raw`(?:\s|[-‑])?(${SYMBOL_UNIT_SOURCE})(?![\p{L}\p{N}])`, "uy");
const WORD_UNIT_AT = new RegExp(String.raw`(?:\s|[-‑])?(${WORD_UNIT_SOURCE})(?![\p{L}\p{N}])`, "iuy");
const RATIO_AT = new RegExp(String.raw`\s+(?:out\s+)?of\s+(?:the\s+)?(${NUMBER})(?![\p{L}\p{N}]|[.,]\d)`, "uy");
/** "1 in 4 adults", "3 in 5 of the reducers" (small numbers only: "5 in 2023" is no ratio). */
const RATIO_IN_AT = /\s+in\s+(\d{1,3})(?![\p{L}\p{N}]|[.,]\d)/uy;
/** "168 Wh/kg", "$5 per share", "153 mW per Gb/s": an amount of one thing for each of another. */
const PER_AT = /(?:\s*\/\s*|\s+per\s+)(?!cent\b)(\p{L}[\p{L}\d]*(?:\/\p{L}+)?)(?![\p{L}\p{N}])/uy;
/** "3rd", "21st": ordinals are ranks or dates, not amounts. */
const ORDINAL_SUFFIX_AT = /(?:st|nd|rd|th)\b/y;
/** A year needs a preposition or a date around it to be a year when a plural noun follows ("in 2000 people"). */
const TIME_BEFORE =
  /\b(?:in|since|by|until|till|from|to|between|and|or|of|during|before|after|early|late|mid|fiscal|FY|year|the|since|through)\s*$/i;

const CARDINALS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  "a hundred": 100,
  "a thousand": 1000,
};
const CARDINAL = Object.keys(CARDINALS).join("|");
const ORDINAL = String.raw`${Object.keys(ORDINALS).join("|")}|\d{1,3}(?:st|nd|rd|th)`;
/** "two million", "three billion yuan": a number in words with a scale. */
const WORD_AMOUNT = new RegExp(String.raw`\b(${CARDINAL})\s(thousand|million|billion|trillion)\b`, "gi");
/** "three times", "tenfold", "twice", "doubled", "halved". */
const WORD_MULTIPLE = new RegExp(
  String.raw`\b(?:(${CARDINAL})(?:\s|-)?(?:times|fold)\b|(twice)\b|(doubl|tripl|quadrupl)(?:ed|es|ing)\b|(halv)(?:ed|es|ing)\b)`,
  "gi",
);
/** "by a factor of 10,000". */
const FACTOR = new RegExp(String.raw`\ba\s+factor\s+of\s+(${NUMBER})(?![\p{L}\p{N}])`, "gu");
const MULTIPLE_VERBS: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4, halv: 0.5 };
/** "two-thirds", "a quarter of", "half the": fractions said in words, where what follows makes them one. */
const FRACTIONS: Record<string, number> = {
  "two-thirds": 2 / 3,
  "two thirds": 2 / 3,
  "three-quarters": 0.75,
  "three quarters": 0.75,
  "one-third": 1 / 3,
  "one third": 1 / 3,
  "one-quarter": 0.25,
  "one quarter": 0.25,
  "one-fifth": 0.2,
  "one fifth": 0.2,
  "a third": 1 / 3,
  "a quarter": 0.25,
  "a fifth": 0.2,
  "a tenth": 0.1,
  half: 0.5,
};
const WORD_FRACTION = new RegExp(
  String.raw`(?<!\b(?:first|second|1st|2nd|latter|former|the)\s)\b(${Object.keys(FRACTIONS).join("|")})(?=\s+(?:of|more|less|fewer|as|again|the|its|their|that)\b|[,.;:)]|$)`,
  "gi",
);
const DOZEN = /\ba dozen\b/gi;
/** "ranked third", "ranks No. 2", "came in first": a place in a ranking, after a verb of ranking. */
const RANKED = new RegExp(
  String.raw`\b(?:rank(?:s|ed|ing)?|placed|places|finished|finishes|came|comes)\s+(?:in\s+|at\s+)?(?:(?:No\.|number|#)\s?(\d{1,3}|${CARDINAL})|(${ORDINAL}))\b`,
  "gi",
);
const SUPERLATIVES = [
  "largest",
  "biggest",
  "fastest",
  "highest",
  "lowest",
  "smallest",
  "strongest",
  "richest",
  "wealthiest",
  "busiest",
  "cheapest",
  "greatest",
  "longest",
  "heaviest",
  "poorest",
  "costliest",
  "deadliest",
  "most\\s+[a-z]+",
].join("|");
/** "third-largest", "2nd biggest", "the world's largest": a place given by a superlative (only the
 * size ones on their own, and not after "one of": "one of the largest" places nothing). */
const SUPERLATIVE_RANK = new RegExp(
  String.raw`\b(?:(${ORDINAL})[-‑\s](${SUPERLATIVES})|(?<=(?<!\b(?:one|some|two|three|several|many)\sof\s|\bamong\s)\bthe\s(?:(?:world|country|nation|region|continent|industry|sector|market)['’]s\s)?)(largest|biggest|fastest))\b(?=\s+[a-z])`,
  "giu",
);
/** "No. 3", "#1", "number one": a place given by its number. */
const NUMBERED_RANK = new RegExp(
  String.raw`(?:\bNo\.\s?|#)(\d{1,3})\b(?![.,]\d)|\bnumber\s(one|two|three|four|five)\b`,
  "gu",
);

/** Significant digits kept in a normalised value, so 5.6 * 1e6 is 5600000 and not 5599999.999999999. */
const round = (v: number) => Number(v.toPrecision(12));

/** One number and what was read after it, before it becomes a Quantity. */
type Reading = {
  start: number;
  end: number;
  digits: string;
  scale?: number;
  currency?: string;
  unit?: UnitDef;
  counted?: string;
  noun?: string;
  /** What the amount is for each of: "share" in "$5 per share", "kg" in "168 Wh/kg". */
  per?: string;
  of?: number;
  year?: boolean;
  /** Read from words, with its value and kind decided already. */
  fixed?: Quantity;
};

/** Reads what follows a number at `at`: scale, currency, unit, "out of N", or a counted noun. */
function readTail(text: string, r: Reading): void {
  const at = (re: RegExp) => {
    re.lastIndex = r.end;
    const m = re.exec(text);
    if (m) r.end = re.lastIndex;
    return m;
  };
  if (r.scale === undefined) {
    const s = at(SCALE_AT);
    if (s) r.scale = SCALE[s[1]!.toLowerCase()];
  }
  const c = at(CURRENCY_AFTER_AT);
  if (c) r.currency ??= CURRENCY_AFTER[c[1]!];
  if (!r.currency) {
    const u = at(SYMBOL_AT) ?? at(WORD_UNIT_AT);
    if (u) r.unit = unitOf(u[1]!);
  }
  if ((r.currency || (r.unit && r.unit.kind !== "count")) && !r.unit?.unit.includes("/")) {
    const per = at(PER_AT);
    if (per) r.per = /^\p{Ll}+$/u.test(per[1]!) ? singular(per[1]!) : per[1]!;
  }
  if (!r.currency && (!r.unit || r.unit.kind === "count") && !r.scale) {
    const o = at(RATIO_AT) ?? (r.digits.length <= 3 ? at(RATIO_IN_AT) : null);
    if (o) r.of = Number(o[1]!.replace(/,/g, ""));
  }
  if (!r.currency && !r.unit && r.of === undefined) {
    const noun = countedNoun(text, r.end);
    const year = !r.scale && /^(?:1[89]|20)\d\d$/.test(r.digits);
    if (noun && !(year && TIME_BEFORE.test(text.slice(Math.max(0, r.start - 12), r.start)))) {
      r.counted = noun.unit;
      r.noun = noun.noun;
      r.end = noun.end;
    } else if (year) r.year = true;
  }
}

const bare = (r: Reading) => !r.currency && !r.unit && !r.scale && !r.counted && r.of === undefined;
/** A capitalised word that is not the first of the text, right before a number. */
const VERSIONED = /\S\s+\p{Lu}[\p{L}\d-]*\s$/u;

function numberReadings(text: string): Reading[] {
  const out: Reading[] = [];
  let readTo = 0;
  for (const m of text.matchAll(AMOUNT)) {
    // A number already read as part of the one before ("41 out of 50") is not read again.
    if (m.index < readTo) continue;
    const [whole, currency, digits, plus] = m;
    const r: Reading = { start: m.index, end: m.index + whole.length, digits: digits! };
    ORDINAL_SUFFIX_AT.lastIndex = r.end;
    if (!plus && ORDINAL_SUFFIX_AT.test(text)) continue;
    if (currency) r.currency = CURRENCY_BEFORE[currency];
    readTail(text, r);
    // After a digit and a hyphen ("2024-05-12", "pages 10-12") a bare number is part of a code or a
    // range of plain numbers; with a unit it ends a range ("2-3 billion").
    if (/\d[-‑]$/.test(text.slice(Math.max(0, m.index - 2), m.index)) && !r.scale && !r.unit && !r.counted) continue;
    // "Vesta 2.5", "Python 3.11": a bare decimal after a capitalised word is a version, part of a name.
    if (bare(r) && r.digits.includes(".") && VERSIONED.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push(r);
    readTo = r.end;
  }
  return out;
}

/** Every word reading needs one of these stems: most claims have none, and skip the scans below. */
const WORDY =
  /times|fold|twice|doubl|tripl|quadrupl|halv|illion|thousand|factor|dozen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d(?:st|nd|rd|th)\b|quarter|half|rank|plac|finish|came|comes|largest|biggest|fastest|No\.|#|number/i;

function wordReadings(text: string): Reading[] {
  const out: Reading[] = [];
  if (!WORDY.test(text)) return out;
  const fixed = (m: RegExpMatchArray, q: Omit<Quantity, "text">) =>
    out.push({ start: m.index!, end: m.index! + m[0].length, digits: "", fixed: { text: m[0], ...q } });
  for (const m of text.matchAll(WORD_AMOUNT)) {
    const r: Reading = {
      start: m.index,
      end: m.index + m[0].length,
      digits: String(CARDINALS[m[1]!.toLowerCase()]),
      scale: SCALE[m[2]!.toLowerCase()],
    };
    readTail(text, r);
    out.push(r);
  }
  for (const m of text.matchAll(WORD_MULTIPLE)) {
    const [, cardinal, twice, verb, halve] = m;
    const value = cardinal
      ? CARDINALS[cardinal.toLowerCase()]!
      : twice
        ? 2
        : MULTIPLE_VERBS[(verb ?? halve)!.toLowerCase()]!;
    fixed(m, { value, unit: "times", kind: "multiple" });
  }
  for (const m of text.matchAll(FACTOR))
    fixed(m, { value: Number(m[1]!.replace(/,/g, "")), unit: "times", kind: "multiple" });
  for (const m of text.matchAll(WORD_FRACTION))
    fixed(m, { value: round(FRACTIONS[m[1]!.toLowerCase()]!), unit: "fraction", kind: "fraction" });
  for (const m of text.matchAll(DOZEN)) fixed(m, { value: 12, kind: "count" });
  const rank = (m: RegExpMatchArray, place: string) => fixed(m, { value: placeOf(place), unit: "rank", kind: "rank" });
  for (const m of text.matchAll(RANKED)) rank(m, (m[1] ?? m[2])!);
  for (const m of text.matchAll(SUPERLATIVE_RANK)) rank(m, m[1] ?? "first");
  for (const m of text.matchAll(NUMBERED_RANK)) rank(m, (m[1] ?? m[2])!);
  return out;
}

const placeOf = (w: string) => {
  const l = w.toLowerCase();
  return ORDINALS[l] ?? CARDINALS[l] ?? parseInt(l, 10);
};

/** Where two readings overlap, the longer wins ("ranked 3rd" over "3", "three times" over nothing). */
function withoutOverlaps(readings: Reading[]): Reading[] {
  const sorted = readings.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Reading[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.end - r.start > last.end - last.start) out[out.length - 1] = r;
      continue;
    }
    out.push(r);
  }
  return out;
}

/** "15–20%", "$2-3 billion", "3 to 5 years": the first number of a range takes the second's scale and unit. */
function shareRanges(text: string, rs: Reading[]): void {
  for (let i = 0; i + 1 < rs.length; i++) {
    const a = rs[i]!;
    const b = rs[i + 1]!;
    if (a.fixed || b.fixed || a.year || !/^\s?(?:[-‑–—]|to)\s?$/.test(text.slice(a.end, b.start))) continue;
    if (!a.unit && !a.counted && !a.currency && (b.scale || b.unit || b.counted || b.currency)) {
      a.scale ??= b.scale;
      a.unit = b.unit;
      a.per = b.per;
      a.counted = b.counted;
      a.noun = b.noun;
      a.currency = b.currency;
    } else if (!a.scale && !a.unit && !a.counted && b.scale) a.scale = b.scale;
    if (a.currency && !b.currency && !b.unit) b.currency = a.currency;
  }
}

function toQuantity(text: string, r: Reading): FoundQuantity {
  if (r.fixed) return { ...r.fixed, start: r.start, end: r.end };
  const raw = Number(r.digits.replace(/,/g, "")) * (r.scale ?? 1);
  const kind: QuantityKind = r.currency
    ? "money"
    : r.unit && r.per && r.unit.kind !== "percent"
      ? "other"
      : r.unit
        ? r.unit.kind
        : r.of !== undefined
          ? "ratio"
          : r.year
            ? "year"
            : r.counted || r.scale
              ? "count"
              : "other";
  const base = r.currency ?? r.unit?.unit ?? (r.of !== undefined ? "ratio" : r.counted);
  const unit = base && r.per ? `${base}/${r.per}` : base;
  return {
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end).trim(),
    value: round(raw * (r.unit?.factor ?? 1)),
    ...(unit ? { unit } : {}),
    ...(r.of !== undefined ? { of: r.of } : {}),
    kind,
    ...(r.noun ? { noun: r.noun } : {}),
  };
}

/** Every amount the text states, in order, with its span. */
export function findQuantitySpans(text: string): FoundQuantity[] {
  const readings = withoutOverlaps([...numberReadings(text), ...wordReadings(text)]);
  shareRanges(text, readings);
  return readings.map((r) => toQuantity(text, r));
}
