// What an amount measures, where the sentence says it: "revenue rose 38%" -> revenue, "a training
// cost of $5.6 million" -> training cost, "employs 3,100 people" -> employee, "512 TOPS" ->
// operations per second. General patterns of English, tried in order; the first that names a
// measure decides. Nothing is guessed: no pattern, no measure (the linker compares only amounts whose
// measure is known, so a wrong measure costs more than a missing one).
import type { FoundQuantity } from "./find.ts";
import {
  APPROX,
  AUX,
  DOWN_NOUNS,
  DOWN_VERBS,
  LEVEL_VERBS,
  MEASURE_NOUNS,
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
export type MeasureFound = { measure: string; rule: string; words?: { start: number; end: number } };

export type MeasureInput = {
  /** The claim's text, with a capital that only starts the sentence put in lower case. */
  text: string;
  q: FoundQuantity;
  /** The quantity before this one in the claim, with its measure, for "from $2bn to $3bn" and "($248m)". */
  previous?: { q: FoundQuantity; found?: MeasureFound };
  /** Spans of entity names in the text: a name is never part of a measure. */
  names: { start: number; end: number }[];
};

const WINDOW = 100;
const WORD = "[a-z][a-z&-]*[a-z]|[a-z]";
/** Up to three words ending right before what follows in each pattern. */
const NP = String.raw`((?:(?:${WORD})\s+){0,2}(?:${WORD}))`;
/** A word starts here: not after a letter, a digit, an apostrophe ("Acme's") or a hyphen. */
const WORD_START = String.raw`(?<![\p{L}\p{N}'’-])`;
/** A capitalised name of up to four words ("at Dunmore Steel"). */
const NAME = String.raw`\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}`;
const APPROXES = String.raw`(?:(?:${APPROX})\s+)*`;

/** "<measure> of <Q>": "a training cost of $5.6 million", "market share of 12%". */
const OF_BEFORE = new RegExp(String.raw`${WORD_START}${NP}\s+of\s+${APPROXES}$`, "u");
/** "<measure> (of <Name>)? (has)? rose|was|reached (to|by)? <Q>". */
const VERB_BEFORE = new RegExp(
  String.raw`${WORD_START}${NP}(?:\s+(?:of|at|in|for|from)\s+(?:the\s+)?${NAME})?\s+(?:(?:${AUX})\s+)*(${alternation([...UP_VERBS, ...DOWN_VERBS, ...LEVEL_VERBS])})(?:\s+(to|by|at|from|of))?\s+${APPROXES}$`,
  "u",
);
/** A verb from VERB_MEASURES right before the amount: "employs 3,100", "raised about $50m". */
const MEASURING_VERB = new RegExp(
  String.raw`\b(${alternation(VERB_MEASURES.flatMap((v) => v.verbs))})\s+${APPROXES}$`,
);
/** A falling verb or noun before the amount: "fell 12%", "dropped by 5%", "a decline of 3%". */
const DOWN_BEFORE = new RegExp(
  String.raw`\b(?:(?:${alternation(DOWN_VERBS)})(?:\s+by)?|(?:${alternation(DOWN_NOUNS)})\s+of)\s+${APPROXES}$`,
);
/** "a 12% drop", "a $2bn cut". */
const DOWN_NOUN_AFTER = new RegExp(String.raw`^[\s-]+(?:${alternation(DOWN_NOUNS)})\b`);
/** "cost $5.6 million to train" -> what the cost is for. */
const TO_VERB_AFTER = /^\s+to\s+([a-z]{3,})\b/;
/** Words after the amount: "a 12% market share", "a $5bn investment". */
const WORDS_AFTER = new RegExp(String.raw`^[\s-]+(${WORD})(?:\s+(${WORD}))?(?:\s+(${WORD}))?`);
/** "<Q> (increase)? in|of <measure>": "$2bn in revenue", "a 38% increase in sales" (no determiner). */
const IN_OF_AFTER = new RegExp(
  String.raw`^\s+(?:(${alternation([...UP_NOUNS, ...DOWN_NOUNS])})\s+)?(in|of)\s+${NP}(?![\p{L}'’])`,
  "u",
);
/** "12% of the market", "30% of the world's market": a share of a market. */
const OF_THE_MARKET = /^\s+of\s+(?:the\s+)?(?:(?:world|global|domestic|country|nation)['’]s\s+)?(?:global\s+|domestic\s+)?market\b/;
/** From one amount to the next: "from $2bn to $3bn", "1.8 billion yuan ($248 million)", "15–20%". */
const CHAINED = new RegExp(String.raw`^\s*(?:\(\s*|(?:to|[-–—/])\s*)${APPROXES}$`);
const CHAINED_SAME_KIND = new RegExp(String.raw`^\s*,?\s*(?:and|or)\s+${APPROXES}$`);
/** Words before a counted amount that leave the counted noun as the measure: "Acme has 12 factories",
 * "its 3,100 employees", "with 40 stores". Any other verb ("opened 12 factories") leaves it unsaid. */
const HAS_BEFORE = new RegExp(
  String.raw`(?:^|[,;:(]\s*|\b(?:has|have|had|owns|own|operates|operate|runs|run|counts|numbers|includes|boasts|comprises|totals|with|of|its|their|our)\s+|['’]s?\s+)${APPROXES}$`,
);
/** After a ranking: "ranked third in global sales", "came first among carmakers". */
const RANK_AFTER = new RegExp(String.raw`^\s+(?:in|among|on|for)\s+(?:the\s+)?(?:world['’]s\s+)?${NP}(?![\p{L}'’])`, "u");
/** A superlative's noun: "third-largest carmaker", "No. 1 chipmaker". */
const RANK_NOUN_AFTER = new RegExp(String.raw`^\s+${NP}(?![\p{L}'’])`, "u");
/** Superlatives of size only say "ranked by size": "third-largest carmaker" is ranked among carmakers. */
const SIZE_SUPERLATIVE = /^(?:\w+[-‑\s])?(?:largest|biggest)$/i;
/** The measure a rate's unit names when nothing else does. */
const RATE_MEASURES: Record<string, string> = {
  "ops/s": "operations per second",
  "FLOP/s": "floating-point operations per second",
  "token/s": "tokens per second",
  "bit/s": "data rate",
  "B/s": "bandwidth",
  "m/s": "speed",
};

/** The words of a noun phrase ending at `end` (in the claim's text), cut back to the last run of
 * noun-like words; undefined when none is left or a name is among them. */
function phrase(input: MeasureInput, np: string, end: number): { words: string[]; start: number; end: number } | undefined {
  const tokens = [...np.matchAll(/\S+/g)];
  let keep = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (!nounLike(tokens[i]![0], i === tokens.length - 1)) break;
    keep = i;
  }
  if (keep === tokens.length) return undefined;
  const start = end - np.length + tokens[keep]!.index!;
  if (input.names.some((n) => n.start < end && start < n.end)) return undefined;
  return { words: tokens.slice(keep).map((t) => t[0]), start, end };
}

type MeasureRule = { id: string; apply: (input: MeasureInput, before: string, after: string) => MeasureFound | undefined };

/** A noun phrase found in `before` ending `tailLength` characters before the amount, as a measure. */
function fromBefore(input: MeasureInput, m: RegExpExecArray, np: string, id: string): MeasureFound | undefined {
  const beforeStart = input.q.start - m.input.length;
  const end = beforeStart + m.index + m[0].indexOf(np) + np.length;
  const p = phrase(input, np, end);
  const measure = p && normaliseMeasure(p.words);
  return measure ? { measure, rule: id, words: { start: p.start, end: p.end } } : undefined;
}

/** A noun phrase found in `after`, at `offset` characters after the amount's end. */
function fromAfter(input: MeasureInput, np: string, offset: number, id: string): MeasureFound | undefined {
  const start = input.q.end + offset;
  const ws = np.split(/\s+/);
  // After the amount the phrase runs forward: keep noun-like words from its start.
  let keep = 0;
  while (keep < ws.length && nounLike(ws[keep]!, false)) keep++;
  while (keep > 0 && !nounLike(ws[keep - 1]!, true)) keep--;
  const words = ws.slice(0, keep);
  const end = start + words.join(" ").length;
  if (!words.length || input.names.some((n) => n.start < end && start < n.end)) return undefined;
  const measure = normaliseMeasure(words);
  return measure ? { measure, rule: id, words: { start, end } } : undefined;
}

const gerund = (verb: string) =>
  verb.endsWith("e") && !verb.endsWith("ee")
    ? `${verb.slice(0, -1)}ing`
    : /^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)
      ? `${verb}${verb.at(-1)}ing`
      : `${verb}ing`;

const RULES: MeasureRule[] = [
  {
    id: "rank-named",
    apply: (input, _before, after) => {
      const { q } = input;
      if (q.kind !== "rank") return undefined;
      const ranked = /^(?:rank|placed|places|finished|finishes|came|comes)/i.test(q.text);
      const m = (ranked ? RANK_AFTER : RANK_NOUN_AFTER).exec(after);
      if (!m) return undefined;
      const found = fromAfter(input, m[1]!, m[0].indexOf(m[1]!), "rank-named");
      if (!found) return undefined;
      // "third-largest carmaker" and "No. 3 carmaker" rank the same thing; "fastest chip" keeps its superlative.
      const superlative = /(?:most\s+[a-z]+|[a-z]+est)$/i.exec(q.text)?.[0];
      if (ranked || !superlative || SIZE_SUPERLATIVE.test(superlative)) return found;
      return { ...found, measure: `${superlative.toLowerCase()} ${found.measure}` };
    },
  },
  {
    id: "measure-of-amount",
    apply: (input, before) => {
      const m = OF_BEFORE.exec(before);
      return m ? fromBefore(input, m, m[1]!, "measure-of-amount") : undefined;
    },
  },
  {
    id: "amount-then-measure-noun",
    apply: (input, _before, after) => {
      const m = WORDS_AFTER.exec(after);
      if (!m || !["money", "percent", "count", "other"].includes(input.q.kind!)) return undefined;
      if (input.q.kind === "count" && input.q.unit) return undefined;
      // The longest run of words that ends in a measure noun ("market share"), or in a change noun
      // after one ("revenue increase" -> revenue).
      const ws: string[] = [];
      for (const w of [m[1], m[2], m[3]]) {
        if (w === undefined || !nounLike(w, false)) break;
        ws.push(w);
      }
      for (let n = ws.length; n >= 1; n--) {
        const head = ws[n - 1]!;
        const run = isChangeNoun(head) && n > 1 && MEASURE_NOUNS.has(ws[n - 2]!) ? ws.slice(0, n - 1) : ws.slice(0, n);
        if (!MEASURE_NOUNS.has(run[run.length - 1]!)) continue;
        return fromAfter(input, run.join(" "), m[0].indexOf(m[1]!), "amount-then-measure-noun");
      }
      return undefined;
    },
  },
  {
    id: "measure-verb-amount",
    apply: (input, before) => {
      const m = VERB_BEFORE.exec(before);
      if (!m) return undefined;
      const found = fromBefore(input, m, m[1]!, "measure-verb-amount");
      // "the company was 12%": a thing, not a measure.
      return found && !isBlocked(found.measure) ? found : undefined;
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
      if (input.q.kind === "percent" && OF_THE_MARKET.test(after))
        return { measure: "market share", rule: "amount-in-measure" };
      const m = IN_OF_AFTER.exec(after);
      if (!m) return undefined;
      // "12% of revenue" is a part of revenue, not revenue; "38% of cases" no measure at all.
      if (m[2] === "of" && !m[1] && ["percent", "fraction", "ratio"].includes(input.q.kind!)) return undefined;
      return fromAfter(input, m[3]!, m[0].lastIndexOf(m[3]!), "amount-in-measure");
    },
  },
  {
    id: "same-as-before",
    apply: (input, _before) => {
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
    apply: ({ q }) => (q.kind === "rate" && q.unit && RATE_MEASURES[q.unit] ? { measure: RATE_MEASURES[q.unit]!, rule: "rate-unit" } : undefined),
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
