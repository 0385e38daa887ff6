// What an amount measures, where the sentence says it: "revenue rose 38%" -> revenue, "a training
// cost of $5.6 million" -> training cost, "employs 3,100 people" -> employee, "512 TOPS" ->
// operations per second. General patterns of English, tried in order; the first that names a
// measure decides. Nothing is guessed: no pattern, no measure (the linker compares only amounts whose
// measure is known, so a wrong measure costs more than a missing one).
import type { FoundQuantity } from "./find.ts";
import {
  APPROX,
  AUX,
  DETERMINERS,
  DOWN_NOUNS,
  DOWN_VERBS,
  LEVEL_VERBS,
  MEASURE_NOUNS,
  PREPOSITIONS,
  UP_NOUNS,
  UP_VERBS,
  VERB_MEASURES,
  alternation,
  isBlocked,
  isChangeNoun,
  nounLike,
  normaliseMeasure,
} from "./words.ts";

/** What a rule found: the measure, and where the words naming it are (to find whose it is). */
export type MeasureFound = { measure: string; rule: string; words?: Span };
type Span = { start: number; end: number };

export type MeasureInput = {
  /** The claim's text, with a capital that only starts the sentence put in lower case. */
  text: string;
  q: FoundQuantity;
  /** The amount before this one in the claim (years aside), for "from $2bn to $3bn" and "($248m)". */
  previous?: { q: FoundQuantity; found?: MeasureFound };
  /** Spans of entity names and of the other amounts: neither is ever part of a measure's name. */
  taken: Span[];
};

const WINDOW = 100;
const WORD = "[a-z][a-z&-]*[a-z]|[a-z]";
/** Up to three words. */
const NP = String.raw`((?:(?:${WORD})\s+){0,2}(?:${WORD}))`;
/** A word starts here: not after a letter, a digit, an apostrophe ("Acme's") or a hyphen. */
const WORD_START = String.raw`(?<![\p{L}\p{N}'’-])`;
const APPROXES = String.raw`(?:(?:${APPROX})\s+|[~≈]\s*)*`;
const PREPOSITION = alternation(PREPOSITIONS);

/** "<measure> of <Q>": "a training cost of $5.6 million", "market share of 12%". */
const OF_BEFORE = new RegExp(String.raw`${WORD_START}${NP}\s+of\s+${APPROXES}$`, "u");
/** "(has)? rose|was|reached (to|by)? <Q>": the verb; its subject is looked for before it. */
const VERB_BEFORE = new RegExp(
  String.raw`(?:^|\s)((?:(?:${AUX})\s+)*)(${alternation([...UP_VERBS, ...DOWN_VERBS, ...LEVEL_VERBS])})(?:\s+(?:to|by|at|from|of))?\s+${APPROXES}$`,
);
/** A noun phrase at the end of a stretch of text. */
const NP_AT_END = new RegExp(String.raw`${WORD_START}${NP}\s*$`, "u");
/** What may stand between a preposition and its noun: "at the 23 Chinese foundries", "of a 12-inch wafer". */
const NOUN_PREFIX_AT_END = new RegExp(
  String.raw`(?:\s*(?<!\p{L})(?:${alternation(DETERMINERS)}|\p{Lu}[\p{L}\p{N}.&'’-]*|\d(?:[\p{L}\p{N}.-]|,(?=\d))*))*\s*$`,
  "u",
);
const GOVERNED = new RegExp(String.raw`(?:^|\s)(?:${PREPOSITION})$`);
const LAST_PREPOSITION = new RegExp(String.raw`\s(?:${PREPOSITION})\s(?!.*\s(?:${PREPOSITION})\s)`, "s");
const PARTICIPLE_AT_END = /\s[a-z]+ed\s*$/;
/** A verb from VERB_MEASURES right before the amount: "employs 3,100", "raised about $50m". */
const MEASURING_VERB = new RegExp(String.raw`\b(${alternation(VERB_MEASURES.flatMap((v) => v.verbs))})\s+${APPROXES}$`);
/** A falling verb or noun before the amount: "fell 12%", "dropped by 5%", "a decline of 3%", ", down 4%". */
const DOWN_BEFORE = new RegExp(
  String.raw`(?:\b(?:${alternation(DOWN_VERBS)})(?:\s+by)?|\b(?:${alternation(DOWN_NOUNS)})\s+of|(?:^|,)\s*down(?:\s+by)?)\s+${APPROXES}$`,
);
/** "a 12% drop", "a $2bn cut". */
const DOWN_NOUN_AFTER = new RegExp(String.raw`^[\s-]+(?:${alternation(DOWN_NOUNS)})\b`);
/** "cost $5.6 million to train" -> what the cost is for. */
const TO_VERB_AFTER = /^\s+to\s+([a-z]{3,})\b/;
/** Words after the amount: "a 12% market share", "a $5bn investment". */
const WORDS_AFTER = new RegExp(String.raw`^[\s-]+(${WORD})(?:\s+(${WORD}))?(?:\s+(${WORD}))?`);
/** "<Q> (increase)? in|of <measure>": "$2bn in revenue", "a 38% increase in sales". */
const IN_OF_AFTER = new RegExp(
  String.raw`^\s+(?:(${alternation([...UP_NOUNS, ...DOWN_NOUNS])})\s+)?(in|of)\s+${NP}(?![\p{L}'’])`,
  "u",
);
/** "12% of the market", "30% of the world's market": a share of a market. */
const OF_THE_MARKET =
  /^\s+of\s+(?:the\s+)?(?:(?:world|global|domestic|country|nation)['’]s\s+)?(?:global\s+|domestic\s+)?market\b/;
/** A year between two amounts of one measure: "grew from 180 in 2017 to 1,100". */
const TIME = String.raw`(?:,?\s*(?:in|by|during|over)\s+(?:Q[1-4]\s+|H[12]\s+|fiscal\s+|FY\s?)?\d{4}\s*,?)?`;
/** From one amount to the next: "from $2bn to $3bn", "1.8 billion yuan ($248 million)", "268 EFLOPS, up 21%". */
const CHAINED = new RegExp(String.raw`^${TIME}\s*(?:\(\s*|(?:to|[-–—/])\s*|,\s*(?:up|down)(?:\s+by)?\s+)${APPROXES}$`);
const CHAINED_SAME_KIND = new RegExp(String.raw`^\s*,?\s*(?:and|or)\s+${APPROXES}$`);
/** Words before a counted amount that leave the counted noun as the measure: "Acme has 12 factories",
 * "its 3,100 employees", "with 40 stores". Any other verb ("opened 12 factories") leaves it unsaid. */
const HAS_BEFORE = new RegExp(
  String.raw`(?:^|[,;:(]\s*|\b(?:has|have|had|owns|own|operates|operate|runs|run|counts|numbers|includes|boasts|comprises|totals|with|of|its|their|our|the)\s+|['’]s?\s+)${APPROXES}$`,
);
/** After a ranking: "ranked third in global sales", "came first among carmakers". */
const RANK_AFTER = new RegExp(
  String.raw`^\s+(?:in|among|on|for)\s+(?:the\s+)?(?:world['’]s\s+)?${NP}(?![\p{L}'’])`,
  "u",
);
/** A superlative's noun: "third-largest carmaker", "No. 1 chipmaker". */
const RANK_NOUN_AFTER = new RegExp(String.raw`^\s+${NP}(?![\p{L}'’])`, "u");
const RANKED = /^(?:rank|placed|places|finished|finishes|came|comes)/i;
const SUPERLATIVE = /(?:most\s+[a-z]+|[a-z]+est)$/i;
/** Superlatives of size only say "ranked by size": "third-largest carmaker" is ranked among carmakers. */
const SIZE_SUPERLATIVE = /^(?:largest|biggest)$/i;
/** The measure a rate's unit names when nothing else does. */
const RATE_MEASURES: Record<string, string> = {
  "ops/s": "operations per second",
  "FLOP/s": "floating-point operations per second",
  "token/s": "tokens per second",
  "bit/s": "data rate",
  "B/s": "bandwidth",
  "m/s": "speed",
};

const overlapsTaken = (input: MeasureInput, start: number, end: number) =>
  input.taken.some((n) => n.start < end && start < n.end);

/** The run of noun-like words that ends a stretch ending at `end` in the claim's text (a determiner
 * ends it); undefined when there is none, or a name or an amount is among them. */
function phraseEndingAt(input: MeasureInput, np: string, end: number): { words: string[]; span: Span } | undefined {
  const tokens = [...np.matchAll(/\S+/g)];
  let keep = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const w = tokens[i]![0];
    if (DETERMINERS.includes(w) || !nounLike(w, i === tokens.length - 1)) break;
    keep = i;
  }
  if (keep === tokens.length) return undefined;
  const start = end - np.length + tokens[keep]!.index!;
  if (overlapsTaken(input, start, end)) return undefined;
  return { words: tokens.slice(keep).map((t) => t[0]), span: { start, end } };
}

/** The run of noun-like words that starts at `start` in the claim's text; none after a determiner. */
function phraseStartingAt(input: MeasureInput, np: string, start: number): { words: string[]; span: Span } | undefined {
  const ws = np.split(/\s+/);
  if (DETERMINERS.includes(ws[0]!)) return undefined;
  let keep = 0;
  while (keep < ws.length && nounLike(ws[keep]!, false, true)) keep++;
  while (keep > 0 && !nounLike(ws[keep - 1]!, true, true)) keep--;
  const words = ws.slice(0, keep);
  const end = start + words.join(" ").length;
  if (!words.length || overlapsTaken(input, start, end)) return undefined;
  return { words, span: { start, end } };
}

const asMeasure = (p: { words: string[]; span: Span } | undefined, rule: string): MeasureFound | undefined => {
  const measure = p && normaliseMeasure(p.words);
  return measure ? { measure, rule, words: p.span } : undefined;
};

/**
 * The subject of a verb that ends `pre` (text of the claim from `offset`): the noun phrase before
 * it, passing over prepositional phrases and a participle ("average utilisation at the 23 foundries
 * in our sample fell", "prices quoted to foreign buyers fell") and never the object of a preposition.
 */
function subjectBefore(input: MeasureInput, pre: string, offset: number): MeasureFound | undefined {
  let rest = pre.trimEnd();
  for (let tries = 0; tries < 4 && rest; tries++) {
    if (/[,;:(]$/.test(rest)) return undefined;
    const m = NP_AT_END.exec(rest);
    if (m) {
      const p = phraseEndingAt(input, m[1]!, offset + m.index + m[1]!.length);
      const lead = p ? rest.slice(0, p.span.start - offset) : "";
      const governed = p && GOVERNED.test(lead.replace(NOUN_PREFIX_AT_END, ""));
      const found = !governed ? asMeasure(p, "measure-verb-amount") : undefined;
      if (found && !isBlocked(found.measure)) return found;
    }
    const participle = PARTICIPLE_AT_END.exec(rest);
    if (participle) {
      rest = rest.slice(0, participle.index).trimEnd();
      continue;
    }
    const cut = LAST_PREPOSITION.exec(rest);
    if (!cut || /[,;:]/.test(rest.slice(cut.index))) return undefined;
    rest = rest.slice(0, cut.index).trimEnd();
  }
  return undefined;
}

const gerund = (verb: string) =>
  verb.endsWith("e") && !verb.endsWith("ee")
    ? `${verb.slice(0, -1)}ing`
    : /^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)
      ? `${verb}${verb.at(-1)}ing`
      : `${verb}ing`;

type MeasureRule = {
  id: string;
  apply: (input: MeasureInput, before: string, after: string) => MeasureFound | undefined;
};

const RULES: MeasureRule[] = [
  {
    id: "rank-named",
    apply: (input, _before, after) => {
      const { q } = input;
      if (q.kind !== "rank") return undefined;
      const ranked = RANKED.test(q.text);
      const m = (ranked ? RANK_AFTER : RANK_NOUN_AFTER).exec(after);
      if (!m) return undefined;
      const found = asMeasure(phraseStartingAt(input, m[1]!, q.end + m[0].lastIndexOf(m[1]!)), "rank-named");
      if (!found) return undefined;
      // "third-largest carmaker" and "No. 3 carmaker" rank the same thing; "fastest chip" keeps its superlative.
      const superlative = SUPERLATIVE.exec(q.text)?.[0].toLowerCase();
      if (ranked || !superlative || SIZE_SUPERLATIVE.test(superlative)) return found;
      return { ...found, measure: `${superlative.replace(/\s+/g, " ")} ${found.measure}` };
    },
  },
  {
    id: "measure-of-amount",
    apply: (input, before) => {
      // "a struggle of a quarter of a century": a fraction or a multiple of something is not its measure.
      if (["fraction", "multiple", "ratio"].includes(input.q.kind!)) return undefined;
      const m = OF_BEFORE.exec(before);
      if (!m) return undefined;
      const end = input.q.start - before.length + m.index + m[1]!.length;
      const found = asMeasure(phraseEndingAt(input, m[1]!, end), "measure-of-amount");
      // "a fleet of 400 scooters", "an outfit of 30 people": a group's size is a measure only when it says so.
      if (found && input.q.noun && !MEASURE_NOUNS.has(found.measure) && found.measure !== "employee") return undefined;
      return found;
    },
  },
  {
    id: "amount-then-measure-noun",
    apply: (input, _before, after) => {
      const { q } = input;
      const m = WORDS_AFTER.exec(after);
      if (!m || !["money", "percent", "count", "other"].includes(q.kind!) || (q.kind === "count" && q.unit))
        return undefined;
      // The longest run of words that ends in a measure noun ("market share"), or in a change noun
      // after one ("revenue increase" -> revenue).
      const ws: string[] = [];
      for (const w of [m[1], m[2], m[3]]) {
        if (w === undefined || !nounLike(w, false, true)) break;
        ws.push(w);
      }
      for (let n = ws.length; n >= 1; n--) {
        const run =
          isChangeNoun(ws[n - 1]!) && n > 1 && MEASURE_NOUNS.has(ws[n - 2]!) ? ws.slice(0, n - 1) : ws.slice(0, n);
        if (!MEASURE_NOUNS.has(run[run.length - 1]!)) continue;
        return asMeasure(
          phraseStartingAt(input, run.join(" "), q.end + m[0].indexOf(m[1]!)),
          "amount-then-measure-noun",
        );
      }
      return undefined;
    },
  },
  {
    id: "measure-verb-amount",
    apply: (input, before) => {
      const m = VERB_BEFORE.exec(before);
      if (!m) return undefined;
      const verbAt = m.index + m[0].indexOf(m[1] || m[2]!);
      return subjectBefore(input, before.slice(0, verbAt), input.q.start - before.length);
    },
  },
  {
    id: "measuring-verb",
    apply: (input, before, after) => {
      const m = MEASURING_VERB.exec(before);
      if (!m) return undefined;
      const verb = m[1]!.replace(/\s+/g, " ");
      const entry = VERB_MEASURES.find((v) => v.verbs.includes(verb) && (!v.kinds || v.kinds.includes(input.q.kind!)));
      if (!entry) return undefined;
      // "cost $5.6 million to train": the cost of training.
      const purpose = entry.measure === "cost" ? TO_VERB_AFTER.exec(after) : null;
      return { measure: purpose ? `${gerund(purpose[1]!)} cost` : entry.measure, rule: "measuring-verb" };
    },
  },
  {
    id: "amount-in-measure",
    apply: (input, _before, after) => {
      const { q } = input;
      if (q.kind === "percent" && OF_THE_MARKET.test(after))
        return { measure: "market share", rule: "amount-in-measure" };
      const m = IN_OF_AFTER.exec(after);
      if (!m) return undefined;
      // "12% of revenue" is a part of revenue, not revenue; "64 technologies of the future" is not a
      // measure of the future.
      if (m[2] === "of" && (q.noun || (!m[1] && ["percent", "fraction", "ratio", "duration"].includes(q.kind!))))
        return undefined;
      return asMeasure(phraseStartingAt(input, m[3]!, q.end + m[0].lastIndexOf(m[3]!)), "amount-in-measure");
    },
  },
  {
    id: "same-as-before",
    apply: (input) => {
      const { previous, q, text } = input;
      if (!previous?.found) return undefined;
      // "40 stores and 3,100 employees": two things counted, two measures.
      if (q.noun && previous.q.noun && q.noun !== previous.q.noun) return undefined;
      const between = text.slice(previous.q.end, q.start);
      if (CHAINED.test(between) || (CHAINED_SAME_KIND.test(between) && previous.q.kind === q.kind))
        return { measure: previous.found.measure, rule: "same-as-before" };
      return undefined;
    },
  },
  {
    id: "counted-noun",
    apply: (input, before) => {
      const { q, previous } = input;
      if (q.kind !== "count" || !q.noun) return undefined;
      // "has 40 stores and 3,100 employees": the second is counted the way the first was.
      const listed =
        previous?.found?.rule === "counted-noun" && CHAINED_SAME_KIND.test(input.text.slice(previous.q.end, q.start));
      if (!listed && !HAS_BEFORE.test(before)) return undefined;
      // "people" says only that people are counted; "employees" says which.
      if (["people", "persons", "individuals"].includes(q.noun)) return undefined;
      const measure = normaliseMeasure([q.noun]);
      return measure ? { measure, rule: "counted-noun" } : undefined;
    },
  },
  {
    id: "rate-unit",
    apply: ({ q }) =>
      q.kind === "rate" && q.unit && RATE_MEASURES[q.unit]
        ? { measure: RATE_MEASURES[q.unit]!, rule: "rate-unit" }
        : undefined,
  },
];

/** Kinds whose amounts have a direction ("fell 12%" is -12); a rank or a year does not. */
const SIGNED = new Set(["percent", "money", "count", "other", "mass", "energy", "power", "data", "rate", "length"]);

/** The measure of one amount, if the sentence names it, and whether the sentence says it fell. */
export function measureOf(input: MeasureInput): { found?: MeasureFound; falling: boolean } {
  const { text, q } = input;
  const before = text.slice(Math.max(0, q.start - WINDOW), q.start);
  const after = text.slice(q.end, q.end + WINDOW);
  const falling = SIGNED.has(q.kind!) && (DOWN_BEFORE.test(before) || DOWN_NOUN_AFTER.test(after));
  if (q.kind === "year") return { falling };
  for (const rule of RULES) {
    const found = rule.apply(input, before, after);
    if (found) return { found, falling };
  }
  return { falling };
}
