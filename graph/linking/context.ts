// What a number in a claim is about and when: the words around it (its measure, when the extractor
// gave none), the entity named closest before it, and the years, months or quarters that date it.
import { MONTHS } from "../../ingest/word-classes.ts";
import type { Quantity } from "../model.ts";
import { isCountNoun } from "./numbers.ts";
import { lemma, maskNames } from "./words.ts";

const FILLER = new Set(
  (
    "a an the of to by at in on for from is are was were be been has have had its their his her it that which and or " +
    "about around roughly approximately nearly almost some more than over above under below least most up only just " +
    "than less fewer estimated an reached reach reaches hit stood stands at totalled totaled total totals came come comes " +
    "amounted amounts amount say said says report reported reports put puts " +
    "million billion trillion thousand per cent percent"
  ).split(/\s+/),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * What a quantity measures: its `measure` when the extractor set one, else the content words right
 * around the number in the same clause (up to two before, three after), lemmatised. "revenue rose
 * 38%" -> {revenue, rise}; "512 trillion operations per second" -> {operate, second}.
 */
export function measureWords(text: string, q: Quantity, names: readonly string[]): MeasureWords {
  if (q.measure) {
    const words = new Set(
      q.measure
        .toLowerCase()
        .split(/[\s-]+/)
        .map(lemma),
    );
    return { words, counted: words };
  }
  const at = text.indexOf(q.text);
  if (at < 0) return { words: new Set(), counted: new Set() };
  // Clause bounds: a comma, semicolon, dash or full stop ends what the number belongs to; after the
  // number, a preposition starts an adjunct ("in March", "for 2024") rather than the measure.
  const before =
    maskNames(text.slice(0, at), names)
      .split(/[,;:—–(]|\.\s/)
      .pop() ?? "";
  const after =
    maskNames(text.slice(at + q.text.length).replace(SPELLED_UNIT, " "), names).split(/[,;:—–()]|\.(?:\s|$)/)[0] ?? "";
  const words = (s: string) => s.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const content = (ws: string[]) => ws.filter((w) => w.length > 1 && !FILLER.has(w));
  const afterWords: string[] = [];
  for (const w of words(after)) {
    if (ADJUNCT.has(w)) break;
    afterWords.push(w);
  }
  const counted = isCountNoun(q.unit) ? [q.unit!] : [];
  const countedWords = [...counted, ...content(afterWords).slice(0, 3)].map(lemma);
  return {
    words: new Set([...content(words(before)).slice(-2).map(lemma), ...countedWords]),
    counted: new Set(countedWords),
  };
}

/**
 * What a figure measures: all the words around it, and those after it that name what it counts
 * ("3.4 million containers"). When both figures name what they count, that decides; the verb before
 * ("handled", "moved") varies more between writers than the thing counted.
 */
export type MeasureWords = { words: Set<string>; counted: Set<string> };

/** A unit spelled out right after the number belongs to the number, not to what it measures. */
const SPELLED_UNIT =
  /^\s*(?:(?:kilo|mega|giga|tera)?watt(?:[- ]hours?|s)?|(?:kilo)?met(?:er|re)s?|(?:kilo)?grams?|tonn?es?|tons?)\b/i;

/** Prepositions that, after a number, start a time, place or purpose rather than what is counted. */
const ADJUNCT = new Set(
  "in for at on by to from since during with after before than and but as last this next".split(" "),
);

/** The claim entity named closest before the number: what the number is said of, when the sentence does not say otherwise. */
export function subjectOf(text: string, q: Quantity, names: readonly string[]): string | undefined {
  if (q.about) return q.about;
  const at = text.indexOf(q.text);
  let best: { name: string; at: number } | undefined;
  for (const name of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(re)) if (m.index < at && (!best || m.index > best.at)) best = { name, at: m.index };
  }
  return best?.name;
}

/** A month's name, as an alternation for patterns; capitalised only: "may" the verb is not May. */
export const MONTH = `(?:${MONTHS.join("|")})`;
const MONTH_NAMES = new RegExp(`\\b(${MONTH})\\b`, "g");
/** "March 12", "12 March", "the 30th of September". */
const DAYS = new RegExp(
  `\\b(?:(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th|d)?\\b|(\\d{1,2})(?:st|nd|rd|th|d)?\\s+(?:day\\s+)?(?:of\\s+)?(${MONTH})\\b)`,
  "g",
);
const QUARTERS = /\b(?:q([1-4])|(first|second|third|fourth) quarter)\b/gi;
const QUARTER_NUMBER: Record<string, string> = { first: "1", second: "2", third: "3", fourth: "4" };

/** The time a claim's figures are dated to: years, months, days and quarters it names, each kind apart. */
export function timeAnchors(text: string, yearsAreValues: boolean, publishedAt?: string): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  const add = (kind: string, v: string) => anchors.set(kind, (anchors.get(kind) ?? new Set()).add(v));
  const published = yearOf(publishedAt);
  if (published !== undefined)
    for (const m of text.matchAll(RELATIVE_YEAR)) add("year", String(published + YEAR_OFFSET[m[1]!.toLowerCase()]!));
  if (!yearsAreValues)
    for (const m of text.matchAll(/(?<![\d.,$€£])\b(1[5-9]\d\d|20\d\d)\b(?![\d%])/g)) add("year", m[1]!);
  for (const m of text.matchAll(MONTH_NAMES)) add("month", m[1]!.toLowerCase());
  for (const m of text.matchAll(DAYS)) add("day", `${(m[1] ?? m[4])!.toLowerCase()} ${Number(m[2] ?? m[3])}`);
  for (const m of text.matchAll(QUARTERS)) add("quarter", m[1] ?? QUARTER_NUMBER[m[2]!.toLowerCase()]!);
  return anchors;
}

const RELATIVE_TIME = new RegExp(
  `\\b(?:(?:last|this|next|present|current|past|preceding|previous|coming|same|recent)\\s+(?:fiscal\\s+|calendar\\s+)?(?:year|month|quarter|week|session|date|period|season|decade)|${MONTH} last|today|tonight|now|currently|at present|recently|already|so far|to date|ago|during the year|for the year)\\b`,
  "i",
);

/**
 * Whether a claim dates what it says relative to when it was written ("last quarter", "now"); "last
 * year" and "this year" are no longer relative once the document's date makes them years.
 */
export const relativeTime = (text: string, publishedAt?: string) =>
  RELATIVE_TIME.test(yearOf(publishedAt) === undefined ? text : text.replace(RELATIVE_YEAR, " "));

/** "last year" in a document of 2024 is 2023. */
const RELATIVE_YEAR = /\b(last|previous|past|this|current|next|coming) year\b/gi;
const YEAR_OFFSET: Record<string, number> = {
  last: -1,
  previous: -1,
  past: -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
};

const yearOf = (date: string | undefined) => {
  const y = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(y) && y > 1000 ? y : undefined;
};

/** Whether two claims are dated to different times: both name a year (or month, quarter) and none in common. */
export function differentTimes(a: Map<string, Set<string>>, b: Map<string, Set<string>>): boolean {
  for (const [kind, as] of a) {
    const bs = b.get(kind);
    if (bs && ![...as].some((v) => bs.has(v))) return true;
  }
  return false;
}
