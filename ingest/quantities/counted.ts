// What a bare number counts: the plural noun after it ("3 million cars" -> "car", "12 new factories"
// -> "factory"), singular, with people counted by any role read as "person" so "3,100 employees" and
// "3,100 people" count the same thing (what they are, the measure says).

/** Nouns for people counted by what they are or do: the unit is "person". */
export const PEOPLE = new Set([
  "people",
  "persons",
  "individuals",
  "employees",
  "workers",
  "staff",
  "staffers",
  "personnel",
  "residents",
  "citizens",
  "adults",
  "children",
  "men",
  "women",
  "soldiers",
  "troops",
  "engineers",
  "researchers",
  "scientists",
  "doctors",
  "nurses",
  "teachers",
  "students",
  "patients",
  "passengers",
  "visitors",
  "tourists",
  "migrants",
  "refugees",
  "voters",
  "members",
  "volunteers",
]);
const IRREGULAR: Record<string, string> = {
  people: "person",
  children: "child",
  men: "man",
  women: "woman",
  mice: "mouse",
  geese: "goose",
  staff: "person",
  personnel: "person",
};
/** Words ending in "s" that do not name what is counted. */
const NOT_COUNTED = new Set([
  "is",
  "was",
  "has",
  "does",
  "its",
  "this",
  "thus",
  "us",
  "yes",
  "as",
  "plus",
  "less",
  "across",
  "always",
  "perhaps",
  "towards",
  "afterwards",
  "besides",
  "unless",
  "whereas",
  "versus",
  "says",
  "gets",
  "goes",
  "makes",
  "means",
  "others",
  "ones",
  "apiece",
  "respectively",
  "series",
  "news",
]);
/** Words that may stand between a number and what it counts ("12 new factories"), and words that may not. */
const NOT_MODIFIER = new Set([
  "and",
  "or",
  "of",
  "to",
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "with",
  "than",
  "the",
  "a",
  "an",
  "are",
  "were",
  "was",
  "is",
  "be",
  "been",
  "will",
  "would",
  "have",
  "had",
  "has",
  "more",
  "less",
  "fewer",
  "that",
  "which",
  "who",
  "per",
  "a",
  "each",
  "last",
  "this",
  "next",
  "ago",
  "later",
  "earlier",
]);

const WORD_AT = /\s+([a-z][a-z-]*[a-z])(?![\p{L}\p{N}'’])/uy;

/** Singular of a counted plural, or undefined when the word is not a plural noun. */
export function singularNoun(w: string): string | undefined {
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (PEOPLE.has(w)) return w;
  if (w.length < 4 || NOT_COUNTED.has(w) || !w.endsWith("s") || /(?:ss|us|is|ous|'s)$/.test(w)) return undefined;
  if (w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|ss)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** The unit a counted noun gives: "person" for people, else the noun's singular. */
const unitFor = (w: string, single: string) => (PEOPLE.has(w) ? "person" : single);

/** The plural noun counted by the number ending at `at`, directly or after one modifier. */
export function countedNoun(text: string, at: number): { unit: string; noun: string; end: number } | undefined {
  WORD_AT.lastIndex = at;
  const first = WORD_AT.exec(text);
  if (!first) return undefined;
  const w1 = first[1]!;
  const s1 = singularNoun(w1);
  if (s1) return { unit: unitFor(w1, s1), noun: w1, end: WORD_AT.lastIndex };
  if (NOT_MODIFIER.has(w1) || w1.endsWith("ly")) return undefined;
  const second = WORD_AT.exec(text);
  if (!second) return undefined;
  const w2 = second[1]!;
  const s2 = singularNoun(w2);
  return s2 ? { unit: unitFor(w2, s2), noun: w2, end: WORD_AT.lastIndex } : undefined;
}
