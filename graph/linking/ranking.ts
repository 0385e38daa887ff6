// Rankings stated in words: "the largest port in Norland", "the third-biggest chipmaker",
// "ranked 4th among European carriers". Two claims that rank the same entity on the same scale
// agree when the ranks are equal and contradict when they differ.
import { ORDINALS } from "../../ingest/word-classes.ts";
import { lemma, maskNames } from "./words.ts";

export type Ranking = {
  rank: number;
  /** The scale, lemmatised: "large port norland". */
  scale: Set<string>;
  /** The entities named in the phrase ("in the Nordhavn League"), lower-cased: a scale too. */
  within: Set<string>;
  /** Where the ranking phrase starts in the claim text, to find the entity it ranks. */
  at: number;
  text: string;
};

const ORDINAL = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join("|")})`;
const SUPERLATIVE = String.raw`(?:largest|biggest|smallest|busiest|fastest|slowest|highest|lowest|oldest|newest|richest|poorest|leading|top|\w+est)`;
const SCALE_WORDS = String.raw`[\p{L}-]+(?:\s+(?!by\b|with\b|after\b|since\b|and\b|but\b|which\b|that\b)[\p{L}-]+){0,5}`;

const SUPERLATIVE_PHRASE = new RegExp(
  String.raw`\bthe\s+(?:(${ORDINAL})[\s-]+)?(${SUPERLATIVE})\s+(${SCALE_WORDS})`,
  "giu",
);
const RANKED_PHRASE = new RegExp(
  String.raw`\b(?:ranked|ranks|ranking|placed|came|finished)\s+(?:no\.?\s*)?(\d{1,3}|${ORDINAL})(?:st|nd|rd|th)?\s+(?:in|on|among|for|of)\s+(?:the\s+)?(${SCALE_WORDS})`,
  "giu",
);

const rankNumber = (s: string | undefined) => {
  if (!s) return 1;
  const l = s.toLowerCase();
  return ORDINALS[l] ?? Number(l.replace(/\D/g, ""));
};

const scaleWords = (s: string, names: readonly string[]) =>
  new Set(
    maskNames(s, names)
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w.length > 2 && !/^(?:the|in|on|of|among|for|world|its|their)$/.test(w))
      .map(lemma),
  );

const namedIn = (phrase: string, names: readonly string[]) =>
  new Set(names.map((n) => n.toLowerCase()).filter((n) => phrase.toLowerCase().includes(n)));

/**
 * Whether two rankings are on one scale: the same words ("largest port"), and the same entities
 * where both name some ("in the Nordhavn League"); a scale of names alone must name the same ones.
 */
export function sameScale(
  x: Ranking,
  y: Ranking,
  overlap: (a: Set<string>, b: Set<string>) => number,
  threshold: number,
) {
  const sharesName = [...x.within].some((n) => y.within.has(n));
  if (x.scale.size && y.scale.size)
    return overlap(x.scale, y.scale) >= threshold && (sharesName || !x.within.size || !y.within.size);
  return sharesName && !x.scale.size && !y.scale.size;
}

/** The rankings a claim states, each with the scale it ranks on. */
export function rankingsIn(text: string, names: readonly string[] = []): Ranking[] {
  const out: Ranking[] = [];
  for (const m of text.matchAll(SUPERLATIVE_PHRASE)) {
    // "the most ..." and adjectives in -est that are not superlatives ("the interest") are left out.
    if (
      /^(?:interest|west|rest|test|best|forest|protest|request|guest|harvest|contest|quest|latest|honest)$/i.test(m[2]!)
    )
      continue;
    out.push({
      rank: rankNumber(m[1]),
      scale: scaleWords(`${m[2]} ${m[3]}`, names),
      within: namedIn(m[0], names),
      at: m.index,
      text: m[0],
    });
  }
  for (const m of text.matchAll(RANKED_PHRASE))
    out.push({
      rank: rankNumber(m[1]),
      scale: scaleWords(m[2]!, names),
      within: namedIn(m[0], names),
      at: m.index,
      text: m[0],
    });
  return out;
}
