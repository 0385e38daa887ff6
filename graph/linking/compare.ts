// Whether two claims from different documents say the same thing (CORROBORATES) or disagree
// (CONTRADICTS). Pure: the store hands in claims, this decides. The rules, in the order tried:
//  1. Only claims stated in different documents that share an about-entity are compared, and not
//     when each is about something the other never names ("Kestrel chip" against "Osprey chip" of
//     one maker: the maker is shared, the products are not).
//  2. Figures dated to different times (2022 against 2023, March against April) are not compared.
//  3. Rankings of the same entity on the same scale: equal ranks corroborate, different contradict.
//  4. Quantities of the same entity, kind and unit that measure the same thing (same measure words,
//     or the same predicate when a measure is missing): equal within the rounding the text wrote
//     corroborate, beyond it contradict. Different measures of one entity are never linked.
//  5. Otherwise the predicates (claim words without names and numbers): near-paraphrases
//     corroborate, unless one denies what the other states, which contradicts.
// Hedged claims ("may", "reportedly") are still linked, with the hedge said in `why` and a lower score.
import type { Quantity } from "../model.ts";
import { MONTHS, WEEKDAYS } from "../../ingest/word-classes.ts";
import {
  differentTimes,
  measureWords,
  MONTH,
  relativeTime,
  subjectOf,
  timeAnchors,
  type MeasureWords,
} from "./context.ts";
import { agree, compact, measured, same, type Measured } from "./numbers.ts";
import { rankingsIn, sameScale, type Ranking } from "./ranking.ts";
import { jaccard, lemma, overlap, predicateOfUnnamed, sharedWords, withoutNames, type Predicate } from "./words.ts";

export type LinkableClaim = {
  id: string;
  text: string;
  /** The documents that state it. */
  sourceIds: string[];
  /** Names of the entities it is about. */
  entities: string[];
  /** Who says it, when the text names them (masked with the entities; not itself compared). */
  attributedTo?: string;
  quantities: Quantity[];
  hedged: boolean;
  /** When the earliest document stating it was published (ISO date), when known. */
  publishedAt?: string;
};

export type Link = { type: "CORROBORATES"; score: number; why: string } | { type: "CONTRADICTS"; why: string };

/** Predicates this similar (see words.ts overlap) say the same thing. */
export const SAME_PREDICATE = 0.6;
/** A predicate match needs at least this many content words in common. */
export const MIN_SHARED_WORDS = 2;
const FIRST_PERSON = /\b(?:I|me|my|myself)\b/;

/** Predicates sharing this share of their words (Jaccard) state the same thing, besides SAME_PREDICATE. */
export const SAME_STATEMENT = 0.5;
/** A denial and a statement whose predicates share this share of their words (Jaccard) dispute it. */
export const SAME_DENIAL = 0.5;
/** Measure words this similar name the same measure. */
export const SAME_MEASURE = 0.5;

const lower = (s: string) => s.toLowerCase();

export function compareClaims(a: LinkableClaim, b: LinkableClaim): Link | undefined {
  if (a.id === b.id || a.sourceIds.some((s) => b.sourceIds.includes(s))) return undefined;
  const pa = prepared(a);
  const pb = prepared(b);
  const bEntities = new Set(b.entities.map(lower));
  const shared = a.entities.filter((e) => bEntities.has(lower(e)));
  if (!shared.length) return undefined;
  // Between two entities a single verb is the whole statement ("Mirabel acquired Ostwind Labs").
  const minWords = shared.length >= 2 ? 1 : MIN_SHARED_WORDS;
  // Every rule below needs figures on both sides, rankings on both, or a predicate with at least
  // minWords words in common: checked first, since most pairs at ingest have none of these.
  const mayLink =
    (a.quantities.length > 0 && b.quantities.length > 0) ||
    (pa.rankings.length > 0 && pb.rankings.length > 0) ||
    sharesAtLeast(pa.predicate.words, pb.predicate.words, minWords);
  if (!mayLink) return undefined;
  if (aboutDifferentThings(a, b)) return undefined;

  const similarity = overlap(pa.predicate.words, pb.predicate.words);
  const hedge = a.hedged || b.hedged ? " (hedged)" : "";
  const discount = a.hedged || b.hedged ? 0.8 : 1;

  const bothYearsOnly = pa.yearsOnly && pb.yearsOnly;
  if (differentTimes(pa.anchors(bothYearsOnly), pb.anchors(bothYearsOnly))) return undefined;

  const ranked = compareRankings(a, b, shared);
  if (ranked?.outcome === "conflict") return { type: "CONTRADICTS", why: ranked.why + hedge };

  const numbers = compareQuantities(a, b, shared, similarity, bothYearsOnly);
  if (numbers.conflicts.length && !numbers.agreements.length)
    return { type: "CONTRADICTS", why: numbers.conflicts[0]! + hedge };
  if (numbers.agreements.length && !numbers.conflicts.length)
    return {
      type: "CORROBORATES",
      score: round(discount * (0.6 + 0.4 * Math.max(similarity, 0.5))),
      why: numbers.agreements[0]! + hedge,
    };
  if (numbers.conflicts.length) return undefined; // some figures agree and others not: leave it to a reader
  // Both give figures and none measure the same thing: different measures, never linked.
  if (numbers.bothHaveFigures) return undefined;
  if (ranked?.outcome === "agree")
    return { type: "CORROBORATES", score: round(discount * 0.8), why: ranked.why + hedge };

  if (similarity < SAME_PREDICATE) return undefined;
  const common = sharedWords(pa.predicate.words, pb.predicate.words);
  // One word in common ("government", "America") is a topic, not a statement; and two or three
  // words of a long sentence found in a short one ("justice law", "take oath office") are a phrase
  // in common: the statement is the same only when most of both predicates is.
  if (common.length < minWords) return undefined;
  if (jaccard(pa.predicate.words, pb.predicate.words) < SAME_STATEMENT) return undefined;
  // The same words said of two things each sentence names alone ("the Department of the Interior",
  // "the West India Squadron") are two statements.
  if (namesWhatTheOtherDoesNot(a, b)) return undefined;
  // "I took the oath of office" in two documents is two people's statement, unless one speaker is named for both.
  if (
    (FIRST_PERSON.test(a.text) || FIRST_PERSON.test(b.text)) &&
    (!a.attributedTo || a.attributedTo !== b.attributedTo)
  )
    return undefined;
  const words = common.join(" ");
  // A denial contradicts only a statement it nearly repeats: a short claim's few words found inside
  // a long one ("need fear" in "America need have no fear") is a topic in common, not a dispute.
  if (pa.predicate.negated !== pb.predicate.negated)
    return jaccard(pa.predicate.words, pb.predicate.words) >= SAME_DENIAL &&
      deniesWhatTheOtherStates(pa.predicate, pb.predicate) &&
      !namesWhatTheOtherDoesNot(a, b)
      ? { type: "CONTRADICTS", why: `one states, the other denies: ${words}${hedge}` }
      : undefined;
  return {
    type: "CORROBORATES",
    score: round(discount * similarity),
    why: `same statement about ${shared.join(", ")}: ${words}${hedge}`,
  };
}

/** The predicate words of a claim and whether it ranks anything: what its link keys are made of. */
export function linkWords(c: LinkableClaim): { words: Set<string>; ranks: boolean } {
  const p = prepared(c);
  return { words: p.predicate.words, ranks: p.rankings.length > 0 };
}

/** The word the negated claim denies is one the other claim states ("did not acquire" / "acquired"). */
function deniesWhatTheOtherStates(a: Predicate, b: Predicate): boolean {
  const [negated, stated] = a.negated ? [a, b] : [b, a];
  return [...negated.denied].some((w) => stated.words.has(w));
}

/** Every word of `words` is among `among`. */
const within = (words: Set<string>, among: Set<string>) => words.size > 0 && [...words].every((w) => among.has(w));

function sharesAtLeast(a: Set<string>, b: Set<string>, n: number): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w) && ++shared >= n) return true;
  return false;
}

/**
 * What compareClaims works out of one claim, once: a claim is compared with hundreds of others at
 * ingest. Names are the claim's own (its entities and speaker), masked out of its words.
 */
type Prepared = {
  names: string[];
  predicate: Predicate;
  yearsOnly: boolean;
  anchors: (yearsAreValues: boolean) => Map<string, Set<string>>;
  figures: (yearsAreValues: boolean) => Figure[];
  rankings: Ranking[];
};
type Figure = { m: Measured; words: MeasureWords; subject: string | undefined; mode: FigureMode };

/**
 * Prepared claims by what they are made of, kept across calls: at ingest each document reads the
 * same stored candidates again, and preparing them was most of linking's time. Bounded; the oldest
 * entries go first.
 */
const cache = new Map<string, Prepared>();
const CACHE_SIZE = 50_000;

/** The same claim object is compared with every claim of a document: found again without a key. */
const byObject = new WeakMap<LinkableClaim, Prepared>();

function prepared(c: LinkableClaim): Prepared {
  const known = byObject.get(c);
  if (known) return known;
  const p = preparedByContent(c);
  byObject.set(c, p);
  return p;
}

function preparedByContent(c: LinkableClaim): Prepared {
  const key = `${c.id}\u0000${c.text}\u0000${c.entities.join("\u0001")}\u0000${c.attributedTo ?? ""}\u0000${JSON.stringify(c.quantities)}\u0000${c.publishedAt ?? ""}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const names = [...c.entities, ...(c.attributedTo ? [c.attributedTo] : [])];
  const memo = <T>(f: (flag: boolean) => T) => {
    const done = new Map<boolean, T>();
    return (flag: boolean) => done.get(flag) ?? done.set(flag, f(flag)).get(flag)!;
  };
  const unnamed = withoutNames(c.text, names);
  const p: Prepared = {
    names,
    predicate: predicateOfUnnamed(unnamed),
    yearsOnly: c.quantities.length > 0 && c.quantities.every((q) => isYear(c.text, q)),
    anchors: memo((yearsAreValues) => timeAnchors(c.text, yearsAreValues, c.publishedAt)),
    // A number inside a name ("Ledgerly 3", "Route 66") names something; it is not a figure.
    figures: memo((yearsAreValues) =>
      c.quantities
        .filter((q) => unnamed.includes(q.text))
        .filter((q) => yearsAreValues || !isYear(c.text, q))
        .filter((q) => !isDayOfMonth(c.text, q))
        // A position ("largest", "third") is compared as a ranking, with its scale.
        .filter((q) => q.kind !== "rank")
        .map((q) => ({
          m: measured(c.text, q),
          words: measureWords(c.text, q, names),
          subject: subjectOf(c.text, q, c.entities),
          mode: figureMode(c.text, q),
        })),
    ),
    rankings: rankingsIn(c.text, names),
  };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, p);
  return p;
}

/**
 * Each claim is about something the other does not name at all: the shared entity is context
 * (a maker, a country), and what each is really about differs.
 */
function aboutDifferentThings(a: LinkableClaim, b: LinkableClaim): boolean {
  const unnamedIn = (c: LinkableClaim, other: LinkableClaim) =>
    c.entities.some((e) => !lower(other.text).includes(lower(e)) && !other.entities.some((o) => lower(o) === lower(e)));
  return unnamedIn(a, b) && unnamedIn(b, a);
}

const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s*$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th|d)?(?:,?\\s+(?:day\\s+)?(?:of\\s+)?${MONTH}\\b|\\s+day\\s+of\\b)`);

/** "June 22", "the 30th of September": a day of a date, not a figure. */
function isDayOfMonth(text: string, q: Quantity): boolean {
  const at = text.indexOf(q.text);
  if (at < 0 || q.value > 31 || q.unit) return false;
  return MONTH_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || MONTH_AFTER.test(text.slice(at + q.text.length));
}

const isYear = (text: string, q: Quantity) =>
  q.kind === "year" || (!q.unit && /^\d{4}$/.test(q.text) && q.value >= 1800 && q.value <= 2100);

type Numbers = { agreements: string[]; conflicts: string[]; bothHaveFigures: boolean };

/** Every comparable pair of figures: same subject, kind, unit and measure. */
function compareQuantities(
  a: LinkableClaim,
  b: LinkableClaim,
  shared: string[],
  similarity: number,
  yearsAreValues: boolean,
): Numbers {
  const out: Numbers = { agreements: [], conflicts: [], bothHaveFigures: false };
  const pa = prepared(a);
  const pb = prepared(b);
  const fa = pa.figures(yearsAreValues);
  const fb = pb.figures(yearsAreValues);
  out.bothHaveFigures = fa.length > 0 && fb.length > 0;
  const matched = new Set<number>();
  for (const x of fa)
    for (const [j, y] of fb.entries()) {
      if (!comparable(x.m, y.m)) continue;
      if (differentSubjects(x.subject, y.subject, a, b)) continue;
      // A figure is compared only when it is said of an entity both claims are about: a bare
      // "$4,262,145" in one speech and "$4,137,056" in another share nothing but a currency.
      const subject = x.subject ?? y.subject;
      if (!subject || !shared.some((e) => lower(e) === lower(subject))) continue;
      const measureKnown = x.words.words.size > 0 && y.words.words.size > 0;
      const bothCount = x.words.counted.size > 0 && y.words.counted.size > 0;
      const measureOverlap = bothCount
        ? overlap(x.words.counted, y.words.counted)
        : overlap(x.words.words, y.words.words);
      // The measure one figure names may be said elsewhere in the other sentence ("64,000 tonnes of
      // copper" measured as copper; "produced 41,000 tonnes of copper" measured as production).
      const named =
        measureKnown && (within(x.words.words, pb.predicate.words) || within(y.words.words, pa.predicate.words));
      const sameMeasure = measureKnown
        ? (measureOverlap >= SAME_MEASURE || named) && similarity >= SAME_MEASURE / 2
        : similarity >= SAME_PREDICATE;
      if (!sameMeasure) continue;
      const about = x.subject ?? y.subject ?? "";
      const what = [...(x.words.words.size ? x.words.words : y.words.words)].join(" ");
      const unit = x.m.unit ? ` ${x.m.unit}` : "";
      if (agree(x.m, y.m)) {
        if (matched.has(j) || !same(x.m, y.m) || !mayAgree(x, y, subject, a, b)) continue;
        matched.add(j);
        out.agreements.push(`both state ${figure(x.m)}${unit}${what ? ` (${what})` : ""}${about ? `, ${about}` : ""}`);
      } else if (mayDisagree(x, y, subject, a, b))
        out.conflicts.push(
          `${figure(x.m)} vs ${figure(y.m)}${unit}${what ? ` ${what}` : ""}${about ? `, same ${about}` : ""}`,
        );
    }
  return out;
}

/**
 * Equal figures corroborate when both sentences name the entity they are said of, neither names
 * something the other never mentions (two reserves, two armies), and a span of time ("4-year-old",
 * "over 10 years") says in specific words what it measures in both.
 */
function mayAgree(x: Figure, y: Figure, subject: string, a: LinkableClaim, b: LinkableClaim): boolean {
  if (!lower(a.text).includes(lower(subject)) || !lower(b.text).includes(lower(subject))) return false;
  if (namesWhatTheOtherDoesNot(a, b)) return false;
  if (x.m.kind === "duration" || y.m.kind === "duration")
    return specificMeasure(x.words).size > 0 && specificMeasure(y.words).size > 0;
  return true;
}

/**
 * Figures that differ contradict only on firmer ground than figures that agree corroborate, since
 * a false "disputed" misleads more than a missed one: the entity they are said of is named in both
 * sentences (not only inferred from the context), both name what they measure in specific words
 * ("revenue", "officers"; not only "value" or "total"), both are the same mode of figure (a level,
 * a change such as "rose to" or "cut by", and a projection such as "will reach" may all be true at
 * once), neither sentence lists more than two figures of that unit (which figure belongs to what is
 * then a guess), and each does not name something the other never mentions.
 */
function mayDisagree(x: Figure, y: Figure, subject: string, a: LinkableClaim, b: LinkableClaim): boolean {
  if (x.mode !== y.mode) return false;
  const ofUnit = (c: LinkableClaim, unit: string) =>
    prepared(c)
      .figures(false)
      .filter((f) => f.m.unit === unit).length;
  if (ofUnit(a, x.m.unit) > 2 || ofUnit(b, y.m.unit) > 2) return false;
  if (namesWhatTheOtherDoesNot(a, b)) return false;
  if (!sameTimeIfRelative(a, b) || !sameAnchors(a, b)) return false;
  if (!namesAsSubject(a.text, subject) || !namesAsSubject(b.text, subject)) return false;
  const sx = specificMeasure(x.words);
  const sy = specificMeasure(y.words);
  if (!sx.size || !sy.size) return false;
  return (
    overlap(sx, sy) >= SAME_MEASURE ||
    within(sx, prepared(b).predicate.words) ||
    within(sy, prepared(a).predicate.words)
  );
}

/**
 * Whether the text names the entity as what it speaks of, not as a place or party in passing: once
 * at least, without a preposition before it ("in California", "the treaty with Mexico", "through
 * AmeriCorps").
 */
function namesAsSubject(text: string, entity: string): boolean {
  const t = lower(text);
  const e = lower(entity);
  for (let at = t.indexOf(e); at >= 0; at = t.indexOf(e, at + 1))
    if (!GOVERNED.test(t.slice(Math.max(0, at - 24), at))) return true;
  return false;
}

/** Prepositions that make a name a party or a means, never the owner of a figure ("in", "of", "at" may). */
const GOVERNED =
  /\b(?:with|to|than|against|between|among|through|via|toward|towards|excluding|including|except|besides)\s+(?:(?:the|a|an|our|its|their)\s+)?$/;

/**
 * A figure dated relative to its document ("last fiscal year", "this year", "now") is of the time
 * the document was written: two such figures from documents not known to be of the same month may
 * be two years' figures, and differing is then what figures do. (Agreement across time is no such
 * coincidence, so corroboration does not ask this.)
 */
function sameTimeIfRelative(a: LinkableClaim, b: LinkableClaim): boolean {
  if (!relativeTime(a.text, a.publishedAt) && !relativeTime(b.text, b.publishedAt)) return true;
  if (!a.publishedAt || !b.publishedAt) return false;
  return Math.abs(Date.parse(a.publishedAt) - Date.parse(b.publishedAt)) <= 31 * 24 * 3600 * 1000;
}

/**
 * One figure dated ("in 1895", "in March") and the other not: nothing says they are of one time.
 * (Both dated to different times never get here: compareClaims drops them first.)
 */
function sameAnchors(a: LinkableClaim, b: LinkableClaim): boolean {
  const kinds = (c: LinkableClaim) => [...prepared(c).anchors(false).keys()].sort().join();
  return kinds(a) === kinds(b);
}

/**
 * Each sentence names something (a capitalised word inside it) that the other never mentions: "the
 * Santa Ynez reserve" and "the Pine Mountain reserve", both in California, are two things.
 */
function namesWhatTheOtherDoesNot(a: LinkableClaim, b: LinkableClaim): boolean {
  const unshared = (x: LinkableClaim, y: LinkableClaim) => {
    const other = lower(y.text);
    return capitalisedInside(withoutReporting(x)).some((w) => !other.includes(lower(w)));
  };
  return unshared(a, b) && unshared(b, a);
}

/** Who reports a claim is not what it is about: "according to Reuters", "Bloomberg reported", the speaker. */
function withoutReporting(c: LinkableClaim): string {
  const text = c.attributedTo ? withoutNames(c.text, [c.attributedTo]) : c.text;
  return text.replace(ACCORDING_TO, " ").replace(REPORTED_BY, " ");
}

const ACCORDING_TO = /\b(?:according to|as reported by|reported by|per)\s+(?:[\p{Lu}][\p{L}'’.-]*\s*)+/gu;
const REPORTED_BY =
  /,?\s*(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:said|says|reported|reports|wrote|writes|estimated|estimates|told)\b/gu;

/** Capitalised words after a sentence's first word: names, whether or not the entity list knows them. */
function capitalisedInside(text: string): string[] {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w));
}

/** Capitalised words that name no thing. */
const NOT_NAMES = new Set<string>(["I", ...MONTHS, ...WEEKDAYS]);

/** What a figure measures, without the words any figure may have. */
const specificMeasure = (w: MeasureWords) =>
  new Set([...(w.counted.size ? w.counted : w.words)].filter((v) => !GENERIC.has(v)));

/** Measure words that say a figure is a figure, not what it measures. */
const GENERIC = new Set(
  "value amount total sum number figure level time year month week day ago size share part rate".split(" ").map(lemma),
);

/** A level, a change of it, or a projection: what a figure is, from the words just before it. */
type FigureMode = "level" | "change" | "projection";

const PROJECTION =
  /\b(?:will|would|shall|going to|plans? to|planned|aims? to|expects? to|expected to|intends? to|targets?|targeted|forecasts?|projected|projects|estimates? to|by (?:the end of )?(?:19|20)\d\d)\b[^.;]*$/i;
const FUTURE_AFTER = /^(?:\s+[\p{L}-]+){0,3}\s+(?:will|would|shall|is expected to|are expected to)\b/iu;
const CHANGE =
  /\b(?:increased|increases?|raised|rose|risen|grew|grown|climbed|jumped|gained|reduced|reduces?|cut|fell|fallen|dropped|declined|decreased|lost|added|up|down)\s+(?:to\s+|by\s+|from\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|over\s+|more than\s+)?[$€£¥]?$/i;

function figureMode(text: string, q: Quantity): FigureMode {
  const at = text.indexOf(q.text);
  if (at < 0) return "level";
  const before = text.slice(Math.max(0, at - 80), at);
  const clause = before.split(/[.;:]\s/).pop() ?? before;
  // "25,000 young people will earn": the future may follow the figure, within a few words.
  const after = text.slice(at + q.text.length, at + q.text.length + 40).split(/[.;:,]/)[0] ?? "";
  if (PROJECTION.test(clause) || FUTURE_AFTER.test(after)) return "projection";
  if (CHANGE.test(clause)) return "change";
  return "level";
}

/** Each figure is said of an entity the other claim never names. */
const differentSubjects = (x: string | undefined, y: string | undefined, a: LinkableClaim, b: LinkableClaim) =>
  !!x && !!y && lower(x) !== lower(y) && !lower(b.text).includes(lower(x)) && !lower(a.text).includes(lower(y));

const figure = (m: Measured) =>
  `${m.bound === "min" ? ">" : m.bound === "max" ? "<" : m.approximate ? "~" : ""}${compact(m.value)}`;

/** Same unit, and same kind when both have one. */
const comparable = (x: Measured, y: Measured) =>
  x.unit === y.unit && (x.kind === undefined || y.kind === undefined || x.kind === y.kind) && x.kind !== "rank";

/** Words a ranking phrase has besides its scale. */
const SUPERLATIVE_WORDS = new Set(["ever", "record", "history", "all", "time"].map(lemma));

type RankOutcome = { outcome: "agree" | "conflict"; why: string } | undefined;

function compareRankings(a: LinkableClaim, b: LinkableClaim, shared: string[]): RankOutcome {
  let outcome: RankOutcome;
  for (const x of prepared(a).rankings)
    for (const y of prepared(b).rankings) {
      if (!sameScale(x, y, overlap, SAME_MEASURE)) continue;
      // The ranked entity: a shared one named before the ranking phrase in both claims.
      const ranked = shared.find(
        (e) => lower(a.text).slice(0, x.at).includes(lower(e)) && lower(b.text).slice(0, y.at).includes(lower(e)),
      );
      if (!ranked) continue;
      // "Poverty fell to the lowest rate ever recorded" and "unemployment stands at the lowest rate
      // ever recorded" rank two things on one scale: the words outside the ranking must meet.
      const outside = (c: LinkableClaim, r: Ranking) =>
        new Set([...prepared(c).predicate.words].filter((w) => !r.scale.has(w) && !SUPERLATIVE_WORDS.has(w)));
      const ox = outside(a, x);
      const oy = outside(b, y);
      if (ox.size && oy.size && ![...ox].some((w) => oy.has(w))) continue;
      if (x.rank !== y.rank)
        return { outcome: "conflict", why: `ranked ${x.rank} vs ${y.rank} (${x.text} / ${y.text}), same ${ranked}` };
      outcome = { outcome: "agree", why: `same rank ${x.rank} (${x.text}), ${ranked}` };
    }
  return outcome;
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

export type { Predicate };
