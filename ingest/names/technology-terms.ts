// Lower-case technology terms found by their grammar, not by a list of names: a head noun of the
// field ("batteries", "lithography", "electronics") with classifying modifiers before it
// ("redox batteries", "nanoimprint lithography", "radio electronics"), and materials with their
// compounds ("tungsten", "zinc selenide", "lithium manganese oxide"). One pass over the tokens, set
// look-ups only.
import { lexicon } from "../lexicon.ts";
import { firstRule, type Rule } from "../rules.ts";
import { singular, type Token } from "../tokens.ts";
import {
  BOUND_PREFIXES,
  COMPOUND_SUFFIXES,
  MATERIALS,
  NON_CLASSIFYING_MODIFIERS,
  TECHNOLOGY_HEADS,
  WEAK_TECHNOLOGY_HEADS,
} from "../word-classes.ts";

export type TechnologyTerm = {
  start: number;
  end: number;
  surface: string;
  /** Canonical name: lower case, as first written ("Planetary gearboxes" -> "planetary gearboxes"). */
  key: string;
  rule: string;
  why: string;
};

const HEADS = new Set<string>(TECHNOLOGY_HEADS);
const WEAK_HEADS = new Set<string>(WEAK_TECHNOLOGY_HEADS);
const NOT_MODIFIERS = new Set<string>(NON_CLASSIFYING_MODIFIERS);
const MATERIAL = new Set<string>(MATERIALS);
const SUFFIX = new Set<string>(COMPOUND_SUFFIXES);
/** Tags of words that are never part of a noun compound: function words, verbs, adverbs, numbers. */
const FUNCTION_TAGS =
  /^(?:Determiner|Preposition|Conjunction|Pronoun|Possessive|Adverb|Modal|Copula|Auxiliary|QuestionWord|Negative|Value|Cardinal|Comparative|Superlative|PresentTense|Infinitive|Demonym|Month|WeekDay|Date|Duration|Unit)$/;
const MAX_MODIFIERS = 3;

/** A word that can classify a head: lower case (or the capital that opens a sentence), not a function
 * word, a verb, an adverb, a plural or a describing adjective. Acronyms ("AI", "EV") classify too. */
const PROCESSES = /^(?:refining|smelting|mining|processing|recycling|extraction|production|purification)$/;

function classifier(t: Token, atSentenceStart: boolean, head: string): boolean {
  const w = t.lower;
  if (/^\p{Lu}{2,4}s?$/u.test(t.text)) return !/^(?:I|A)$/.test(t.text);
  if (!/^[\p{Ll}\d]/u.test(t.text) && !(atSentenceStart && /^\p{Lu}\p{Ll}/u.test(t.text))) return false;
  // "fourth-generation networks", "third-party chips": a rank or a party describes, it does not classify.
  // A material before a thing says what it is made of ("silicon transistors"): the material is the
  // term. Before a process ("bauxite mining") it says what is processed, and the process is a term.
  if (MATERIAL.has(w)) return PROCESSES.test(head);
  if (NOT_MODIFIERS.has(w) || /ly$/.test(w) || /-(?:generation|gen|party|class|tier|rate|grade)$/.test(w)) return false;
  // Figures are measurements ("650-volt"), not kinds, except short codes such as "2D", "5G".
  if (/^\d/.test(w) && !/^\d[a-z]$/.test(w)) return false;
  // Participles describe a state ("released chips", "two-legged robots"), gerunds an action
  // ("counting robots"), unless the word is itself a field ("computing", "sensing").
  if (/(?:ed|ing)$/.test(w) && !HEADS.has(w)) return false;
  // A plural or third-person word ends a compound rather than modifying it ("uses chips").
  if (/[^su]s$/.test(w) && !/(?:ics|ss|ous|is|ius)$/.test(w) && !w.includes("-")) return false;
  const tags = lexicon().tagged.get(w);
  if (tags && tags.some((tag) => FUNCTION_TAGS.test(tag)) && !tags.includes("Singular")) return false;
  if (tags && tags.includes("PastTense") && !tags.includes("Adjective")) return false;
  return true;
}

/**
 * Technology terms of a text: a head noun with one to three classifying modifiers ("harmonic
 * reducers"), or a material and its compound ("boron nitride"). A head that is common on its own
 * ("devices", "storage") needs two modifiers or a hyphenated one ("radio devices" is left to the
 * text's other mentions; "grid-scale storage" is taken).
 */
/** Where a rule looks: the token at `i` of the text. */
export type TermSite = { text: string; tokens: Token[]; i: number; sentenceStarts: Set<number> };
/** A term a rule found, and the last token it took (the scan goes on after it). */
type Found = { term: TechnologyTerm; last: number; hyphenated?: true };

const joined = (s: TermSite, a: number) => s.text.slice(s.tokens[a]!.end, s.tokens[a + 1]!.start) === " ";

/** The technology-term rules, tried in order at each token; the first that finds a term wins. */
export const TECHNOLOGY_TERM_RULES: readonly Rule<TermSite, Found>[] = [
  {
    id: "material",
    why: '"tungsten", "zinc selenide", "lithium manganese oxide": a material, with the compound it heads',
    apply: (s) => {
      const { text, tokens, i } = s;
      const t = tokens[i]!;
      if (!MATERIAL.has(t.lower) || !(/^\p{Ll}/u.test(t.text) || s.sentenceStarts.has(i))) return undefined;
      let j = i;
      while (j + 1 < tokens.length && joined(s, j) && SUFFIX.has(tokens[j + 1]!.lower) && j - i < 3) j++;
      // "iron" and "nickel" only join a compound that ends in an anion ("lithium manganese oxide").
      while (j > i && (MATERIAL.has(tokens[j]!.lower) || tokens[j]!.lower === "iron")) j--;
      const why = j > i ? "a material and its compound" : "a material (chemical element)";
      return { term: term(text, tokens, i, j, "material", why), last: j };
    },
  },
  {
    id: "dimension-and-acronym",
    why: '"3D NAND", "2D DRAM": a dimension code before a hardware acronym names a kind of it',
    apply: (s) => {
      const prev = s.tokens[s.i - 1];
      const t = s.tokens[s.i]!;
      return prev && /^\d[dD]$/.test(prev.text) && /^\p{Lu}{3,5}$/u.test(t.text) && joined(s, s.i - 1)
        ? {
            term: term(
              s.text,
              s.tokens,
              s.i - 1,
              s.i,
              "dimension-and-acronym",
              "a dimension code before a hardware acronym",
            ),
            last: s.i,
          }
        : undefined;
    },
  },
  {
    id: "hyphenated-term",
    why: '"redox-battery plant", "radio-electronics supplier": a term written as one hyphenated modifier',
    apply: (s) => {
      const t = s.tokens[s.i]!;
      const parts = t.lower.split(/[-‑]/);
      if (parts.length !== 2 || !HEADS.has(parts[1]!) || !/^\p{Ll}/u.test(t.text) || !hyphenClassifier(parts[0]!))
        return undefined;
      const key = `${parts[0]} ${singular(parts[1]!)}`;
      const why = "a technology term written with a hyphen as a modifier";
      return {
        term: { start: t.start, end: t.end, surface: t.text, key, rule: "hyphenated-term", why },
        last: s.i,
        hyphenated: true,
      };
    },
  },
  {
    id: "modifier-and-head",
    why: '"nanoimprint lithography", "cycloidal reducers": classifying modifiers before a head noun of the field',
    apply: (s) => {
      const { text, tokens, i } = s;
      const t = tokens[i]!;
      if (!HEADS.has(t.lower) || !/^\p{Ll}/u.test(t.text)) return undefined;
      // The last head of a run is the head of the compound ("power management chips"): modifiers are taken from it.
      if (
        i + 1 < tokens.length &&
        joined(s, i) &&
        HEADS.has(tokens[i + 1]!.lower) &&
        /^\p{Ll}/u.test(tokens[i + 1]!.text)
      )
        return undefined;
      let from = i;
      while (
        from > 0 &&
        i - from < MAX_MODIFIERS &&
        joined(s, from - 1) &&
        classifier(tokens[from - 1]!, s.sentenceStarts.has(from - 1) || opensLine(text, tokens[from - 1]!), t.lower)
      )
        from--;
      if (from === i) return undefined;
      const modifiers = tokens.slice(from, i);
      const hyphened = modifiers.some((m) => m.text.includes("-") || /^\p{Lu}{2,}/u.test(m.text));
      if (WEAK_HEADS.has(t.lower) && modifiers.length < 2 && !hyphened) return undefined;
      // A piece of a hyphenated word ("Non-volatile" split at its capital) is not a term of its own.
      if (/[-‑]/.test(text[tokens[from]!.start - 1] ?? "")) return undefined;
      const why = `a classifying modifier and the technology head "${t.lower}"`;
      return { term: term(text, tokens, from, i, "modifier-and-head", why), last: i };
    },
  },
];

export function findTechnologyTerms(text: string, tokens: Token[], sentenceStarts: Set<number>): TechnologyTerm[] {
  const out: TechnologyTerm[] = [];
  const hyphenTerms: TechnologyTerm[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = firstRule(TECHNOLOGY_TERM_RULES, { text, tokens, i, sentenceStarts });
    if (!hit) continue;
    (hit.out.hyphenated ? hyphenTerms : out).push(hit.out.term);
    i = hit.out.last;
  }
  // A hyphenated form counts where the text also writes the term with a space, or its head is a strong one.
  const keys = new Set(out.map((t) => t.key));
  const kept = hyphenTerms.filter((t) => keys.has(t.key) || !WEAK_HEADS.has(t.key.split(" ")[1]!));
  return preferNamedTails([...out, ...kept].sort((a, b) => a.start - b.start));
}

const PREFIXES = new Set<string>(BOUND_PREFIXES);
const hyphenClassifier = (w: string) =>
  /^\p{Ll}{3,}$/u.test(w) &&
  !PREFIXES.has(w) &&
  !NOT_MODIFIERS.has(w) &&
  !/(?:ed|ing|ly)$/.test(w) &&
  !lexicon()
    .tagged.get(w)
    ?.some((tag) => FUNCTION_TAGS.test(tag));

/**
 * "six-legged walking robots" where the text also says "walking robots" on its own: the longer
 * compound is a kind of the term the text names, and is counted as a mention of it.
 */
function preferNamedTails(terms: TechnologyTerm[]): TechnologyTerm[] {
  const keys = new Set(terms.map((t) => t.key));
  return terms.map((t) => {
    const words = t.key.split(" ");
    for (let k = 1; k < words.length - 1; k++) {
      const tail = words.slice(k).join(" ");
      if (!keys.has(tail)) continue;
      const surfaceWords = t.surface.split(/\s+/);
      const start = t.end - surfaceWords.slice(k).join(" ").length;
      if (t.surface.slice(start - t.start) !== surfaceWords.slice(k).join(" ")) return t;
      return {
        ...t,
        start,
        surface: t.surface.slice(start - t.start),
        key: tail,
        why: `${t.why}; the text names it on its own`,
      };
    }
    return t;
  });
}

/** "3/8 Planetary gearboxes ...", "- Redox batteries": the first word of a line, after any numbering, is capitalised anyway. */
function opensLine(text: string, t: Token): boolean {
  const lineStart = text.lastIndexOf("\n", t.start - 1) + 1;
  return t.start - lineStart < 12 && !/\p{L}/u.test(text.slice(lineStart, t.start));
}

function term(text: string, tokens: Token[], from: number, to: number, rule: string, why: string): TechnologyTerm {
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  const surface = text.slice(start, end);
  const words = surface.split(/\s+/);
  // Canonical key: lower case (acronyms kept), the head in its singular, so "battery" and "batteries" meet.
  const key = words
    .map((w, k) => (/^\p{Lu}{2,}/u.test(w) ? w : k === words.length - 1 ? singular(w.toLowerCase()) : w.toLowerCase()))
    .join(" ");
  return { start, end, surface, key, rule, why };
}
