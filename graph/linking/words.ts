// The words of a claim that say what it asserts (its predicate), reduced crudely to a comparable
// form: lower case, entity names and numbers masked, function words dropped, endings stripped and a
// few general verbs mapped to one synonym. Two claims whose word sets overlap enough say the same
// thing about their shared entities; negation is kept apart so "did not acquire" still matches
// "acquired" as the same predicate, with the opposite polarity.

/** Function words and reporting verbs: they carry no predicate ("the company said that ..."). */
const STOP = new Set(
  (
    "a an the this that these those it its it's they them their there here he she his her him we our us you your i me my " +
    "and or but if then than so as of in on at by for from to with without into onto over under about after before " +
    "during since until while within between among per via up down out off " +
    "is are was were be been being am has have had having do does did done will would shall should can could may might must " +
    "which who whom whose what when where why how also just only still even very more most much many some any all both each " +
    "other another such same own one ones according say said says stated states state told tell tells report reported reports " +
    "reporting announce announced announces claim claimed claims add added adds note noted notes " +
    "company firm group year years month months week weeks day days time total roughly about around nearly almost approximately " +
    "some least mr ms mrs dr new last first now today yesterday"
  ).split(/\s+/),
);

/** Words that deny what the rest of the sentence states. */
const NEGATORS =
  /\b(?:not|cannot|never|no|no longer|denies|denied|deny|denying|false that|untrue that|n't|neither|nor)\b|n't\b/i;

/**
 * General verbs and nouns with the same meaning, mapped to one form. Only broad, field-neutral words
 * belong here: anything narrower would be tuning to particular texts.
 */
const SYNONYMS: Record<string, string> = {
  increase: "rise",
  grow: "rise",
  grew: "rise",
  rose: "rise",
  risen: "rise",
  climb: "rise",
  gain: "rise",
  jump: "rise",
  drop: "fall",
  fell: "fall",
  fallen: "fall",
  decline: "fall",
  decrease: "fall",
  shrink: "fall",
  shrank: "fall",
  slump: "fall",
  construct: "build",
  built: "build",
  erect: "build",
  release: "launch",
  unveil: "launch",
  introduce: "launch",
  debut: "launch",
  buy: "acquire",
  bought: "acquire",
  purchase: "acquire",
  takeover: "acquire",
  acquisition: "acquire",
  hire: "employ",
  staff: "employ",
  employee: "employ",
  worker: "employ",
  workforce: "employ",
  make: "produce",
  made: "produce",
  manufacture: "produce",
  generate: "produce",
  output: "produce",
  production: "produce",
  sale: "revenue",
  turnover: "revenue",
  income: "revenue",
  earn: "revenue",
  cost: "spend",
  spent: "spend",
  spending: "spend",
  expenditure: "spend",
  open: "open",
  opening: "open",
  close: "close",
  shut: "close",
  closure: "close",
  begin: "start",
  began: "start",
  commence: "start",
  finish: "complete",
  end: "complete",
  win: "win",
  won: "win",
  beat: "win",
  defeat: "win",
  lose: "lose",
  lost: "lose",
  sign: "sign",
  signed: "sign",
  approve: "approve",
  approval: "approve",
  authorise: "approve",
  authorize: "approve",
  clear: "approve",
  reject: "reject",
  refuse: "reject",
  ban: "ban",
  prohibit: "ban",
  forbid: "ban",
  big: "large",
  biggest: "large",
  largest: "large",
  larger: "large",
  huge: "large",
  small: "small",
  smallest: "small",
  smaller: "small",
  fast: "fast",
  fastest: "fast",
  quick: "fast",
  quickest: "fast",
  plant: "facility",
  factory: "facility",
  site: "facility",
  deliver: "supply",
  provide: "supply",
  ship: "supply",
  reach: "reach",
  hit: "reach",
  achieve: "reach",
  attain: "reach",
  perform: "reach",
  run: "operate",
  operation: "operate",
  serve: "operate",
};

/** Irregular forms the suffix stripper gets wrong. */
const IRREGULAR: Record<string, string> = {
  was: "be",
  were: "be",
  has: "have",
  had: "have",
  does: "do",
  did: "do",
  led: "lead",
  sold: "sell",
  paid: "pay",
  held: "hold",
  kept: "keep",
  took: "take",
  taken: "take",
  gave: "give",
  given: "give",
  went: "go",
  gone: "go",
  saw: "see",
  seen: "see",
  spoke: "speak",
  rode: "ride",
  wrote: "write",
  written: "write",
  drew: "draw",
  drawn: "draw",
  news: "news",
  series: "series",
};

/** Lemmas already worked out: a corpus repeats its words, and linking lemmatises every claim. */
const lemmas = new Map<string, string>();

/** Strips the commonest English endings; crude on purpose, applied alike to both claims. */
export function lemma(word: string): string {
  const known = lemmas.get(word);
  if (known !== undefined) return known;
  const l = lemmaOf(word);
  if (lemmas.size >= MEMO_SIZE) lemmas.clear();
  lemmas.set(word, l);
  return l;
}

/** Bound on each memo here; cleared when full, since the words of a corpus recur long after. */
const MEMO_SIZE = 100_000;

function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return dropE(IRREGULAR[w]);
  if (SYNONYMS[w]) return dropE(SYNONYMS[w]);
  let s = w;
  if (s.length > 4 && s.endsWith("ies")) s = s.slice(0, -3) + "y";
  else if (s.length > 4 && /(?:ss|x|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is"))
    s = s.slice(0, -1);
  else if (s.length > 5 && s.endsWith("ing")) s = undouble(s.slice(0, -3));
  else if (s.length > 4 && s.endsWith("ied")) s = s.slice(0, -3) + "y";
  else if (s.length > 4 && s.endsWith("ed")) s = undouble(s.slice(0, -2));
  // "generation" meets "generate" when that verb has a synonym: the noun of a verb names its act.
  const verb = s.length > 7 && s.endsWith("ation") ? s.slice(0, -5) + "ate" : undefined;
  return dropE(SYNONYMS[s] ?? SYNONYMS[s + "e"] ?? (verb && SYNONYMS[verb]) ?? s);
}

/** "produce" and "produc(ed)" meet at "produc": a final e is dropped from every form, synonyms included. */
const dropE = (s: string) => (s.length > 4 && s.endsWith("e") ? s.slice(0, -1) : s);

/** "stopp" -> "stop", "planned" -> "plan": a doubled final consonant came from the suffix. */
const undouble = (s: string) => (/([bdglmnprt])\1$/.test(s) ? s.slice(0, -1) : s);

/** A number with its scale word and unit, masked as a whole: "4.2 gigawatt-hours", "$5.6 million", "38 per cent". */
const NUMBER_WITH_UNIT =
  /[$€£¥]?\d[\d,.]*(?:st|nd|rd|th)?(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?(?:\s*(?:%|percent|per cent|[kmgt]?w\b|[kmgt]wh\b|(?:kilo|mega|giga|tera)watt(?:[- ]hours?|s)?))?/gi;

/** A trailing reporting clause (", the club said.") says who speaks, not what is said. */
const REPORTING_TAIL =
  /,\s*(?:[\p{L}'’-]+\s+){0,4}(?:said|says|stated|reported|added|noted|confirmed|announced|told [\p{L}]+)\s*\.?\s*$/iu;

/** The claim text with the given names and every number blanked out, so only what it says about them remains. */
export function maskNames(text: string, names: readonly string[]): string {
  return withoutNames(text, names).replace(NUMBER_WITH_UNIT, " ");
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/**
 * The text with the names blanked out (a possessive with them), numbers kept. Names are found by
 * plain search in the lower-cased text, whole words only, longest first so "Torvane Semiconductor"
 * goes before "Torvane": linking masks every claim, and a pattern per name cost more than the rest.
 */
export function withoutNames(text: string, names: readonly string[]): string {
  const lower = text.toLowerCase();
  // Lower-casing that changes the length (a dotted capital I) would shift the offsets: rare, and left as is.
  if (lower.length !== text.length) return text;
  const cuts: [number, number][] = [];
  const free = (from: number, to: number) => cuts.every(([a, b]) => to <= a || from >= b);
  for (const name of [...new Set(names)].filter((n) => n.length > 1).sort((a, b) => b.length - a.length)) {
    const n = name.toLowerCase();
    for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
      let end = at + n.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      if ((text[end] === "'" || text[end] === "’") && text[end + 1] === "s" && !isWordChar(text[end + 2])) end += 2;
      if (free(at, end)) cuts.push([at, end]);
    }
  }
  if (!cuts.length) return text;
  cuts.sort((a, b) => a[0] - b[0]);
  let out = "";
  let from = 0;
  for (const [a, b] of cuts) {
    out += text.slice(from, a) + " ";
    from = b;
  }
  return out + text.slice(from);
}

export type Predicate = {
  /** Content words, lemmatised, negators removed. */
  words: Set<string>;
  /** Whether the claim denies what its words state. */
  negated: boolean;
  /** What it denies: the first content word after each negator ("did not acquire" -> acquire). */
  denied: Set<string>;
};

/** The predicate of a claim: what it says about the named entities, and whether it denies it. */
export function predicateOf(text: string, names: readonly string[]): Predicate {
  return predicateOfUnnamed(withoutNames(text, names));
}

/** The predicate of a claim whose names are already blanked out (withoutNames). */
export function predicateOfUnnamed(unnamed: string): Predicate {
  const masked = unnamed.replace(REPORTING_TAIL, ".").replace(NUMBER_WITH_UNIT, " ");
  const negated = NEGATORS.test(masked);
  const words = new Set<string>();
  // A capitalised word inside the sentence is a name the entity list missed or spelled otherwise
  // ("Great Britain" for the United Kingdom, "Department of Commerce"): a name, not a predicate.
  const tokens = masked.match(/[\p{L}]+(?:[-'’][\p{L}]+)*/gu) ?? [];
  const firstWord = masked.match(/[\p{L}]/u)?.index ?? -1;
  let from = 0;
  for (const token of tokens) {
    const at = masked.indexOf(token, from);
    from = at + token.length;
    if (at !== firstWord && /^\p{Lu}/u.test(token)) continue;
    const raw = token.toLowerCase();
    for (const part of raw.split(/-/)) {
      if (
        part.length < 2 ||
        STOP.has(part) ||
        /^(?:not|never|no|longer|deny|denies|denied|false|untrue|n't)$/.test(part)
      )
        continue;
      const l = lemma(part.replace(/['’]s$/, ""));
      if (l.length > 1 && !STOP.has(l)) words.add(l);
    }
  }
  return { words, negated, denied: deniedWords(masked) };
}

/** Words between a negator and what it denies: auxiliaries, articles, adverbs of degree. */
const BEFORE_DENIED = new Set(
  "be been being is are was were have has had do does did a an the any to yet so as more much very longer constitutionally ever".split(
    " ",
  ),
);

function deniedWords(masked: string): Set<string> {
  const out = new Set<string>();
  for (const m of masked.matchAll(new RegExp(NEGATORS.source, "gi"))) {
    const next = masked.slice(m.index + m[0].length).match(/[\p{L}]+(?:[-'’][\p{L}]+)*/gu) ?? [];
    const word = next.slice(0, 5).find((w) => !BEFORE_DENIED.has(w.toLowerCase()) && !STOP.has(w.toLowerCase()));
    if (word) out.add(lemma(word.toLowerCase()));
  }
  return out;
}

const sharedCount = (a: Set<string>, b: Set<string>) => {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared;
};

/** The share of all their words two sets have in common (0..1). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  const shared = sharedCount(a, b);
  return shared / (a.size + b.size - shared || 1);
}

/** How much two predicates share: the overlap coefficient weighted with Jaccard (0..1). */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const shared = sharedCount(a, b);
  const containment = shared / Math.min(a.size, b.size);
  return (shared / (a.size + b.size - shared) + containment) / 2;
}

/** The words two predicates share, for a why. */
export const sharedWords = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w));
