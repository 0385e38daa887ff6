// Appositions: a noun phrase beside a name that states what the name is. "Varga, an analyst at Y",
// "X, a Lyon start-up that builds robots", "X, which listed in 2023", "chief executive Varga".
// Each is a checkable claim of its own (the role, the kind of company), and may overlap the claim of
// the sentence it sits in.
import { lexicon } from "./lexicon.ts";
import type { Span } from "./segment.ts";
import { ACTIVITY_HEADS, alternation, MONTHS, ROLE_HEADS, SAYING, WEEKDAYS } from "./word-classes.ts";

/** Either case for the first letter only: a role opens a sentence as "Chief financial officer X". */
const anyCaseFirst = (words: readonly string[]) =>
  alternation(words.map((w) => w))
    .split("|")
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join("|");
const HEADS = anyCaseFirst([...ROLE_HEADS, ...ACTIVITY_HEADS]);

/** A name: a run of capitalised words (with "of"/"and" inside, a title before, a parenthesis or "Co., Ltd." after). */
const TOKEN = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*`;
const NAME = String.raw`(?:\*\*|__)?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?${TOKEN}(?:\s+(?:(?:of|and|for)\s+)?${TOKEN}){0,7}(?:\*\*|__)?(?:\s*\([^()]{1,40}\)|,?\s+(?:Co|Ltd|Inc|Corp)\.?)*`;

/**
 * What may open an apposition after "Name, ": an article ("a", "an", "the" before a common noun
 * or a possessive), a possessive pronoun, a relative pronoun, a participle of founding or
 * ownership, or a role ("co-founder and chief operating officer of ...", "vice president of ...").
 */
const OPENS = String.raw`(?:a|an)\s|the\s+(?=\p{Ll}|\p{Lu}\p{L}*['’]s\b)|(?:its|his|her|their)\s+\p{Ll}|(?:which|who)\s|(?:founded|based|headquartered|listed|owned|backed|spun)\s|(?:[\p{Ll}-]+\s+){0,3}(?:${HEADS})\b`;
/**
 * Found from the comma outward, so a sentence costs one pass over its commas: what follows the
 * comma must open an apposition (sticky, tried at the comma only), and only then is the name before
 * the comma read, from a bounded stretch.
 */
const COMMA = /,\s+/g;
const OPENING = new RegExp(String.raw`(?:${OPENS})[^,;:()“”"!?]*?(?=,|;|\.(?:\s|$)|\.?["”]?$)`, "uy");
const NAME_BEFORE_COMMA = new RegExp(String.raw`(?<![\p{L}\p{N}])${NAME}$`, "u");

/** "chief executive Ines Varga", "AI chip designer Korvath Systems", "Its founder, Ilse Brandt". */
const HEAD_BEFORE_NAME = new RegExp(
  String.raw`\b(?:${HEADS}),?\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,3})`,
  "gu",
);
/** Up to four words before a role's head word. */
const ROLE_WORDS_BEFORE = /(?:[\p{L}\p{N}’'-]+\s+){0,4}$/u;
/** Words that cannot be part of a role phrase: a role phrase starts after the last of them. */
const NOT_IN_ROLE =
  /^(?:of|in|at|on|for|with|by|to|from|and|or|but|as|said|says|told|tells|is|was|are|were|has|have|had|be|been|that|which|who|than|while|when|include|includes|including|led|says|according)$/i;
const DETERMINER = /^(?:the|a|an|its|his|her|their|my|our|this)$/i;

/** Days, months and units are capitalised but name nothing that an apposition could describe. */
const NOT_A_NAME = new RegExp(
  String.raw`^(?:${alternation([...WEEKDAYS, ...MONTHS])}|[GMkT]?Hz|dBm?|[GMkT]?W|[GMKT]B)$`,
);
const SAYING_WORD = new RegExp(String.raw`\b(?:${alternation(SAYING)})\b`);
/** "Shares of X, which ...": a common word and "of" before a name are not part of it. */
function afterCommonHead(name: string): number {
  const m = /^(\p{Lu}\p{Ll}+)\s+of\s+/u.exec(name);
  return m && lexicon().common.has(m[1]!.toLowerCase()) ? m[0].length : 0;
}

/** "X and Y, a grid-storage integrator": the apposition describes Y only (unless "and" sits inside "Ministry of A and B"). */
function lastOfList(name: string): number {
  const and = name.lastIndexOf(" and ");
  if (and < 0 || name.slice(0, and).includes(" of ")) return 0;
  return and + 5;
}

/**
 * The appositions of one sentence, as spans of the text. `hasVerb` says whether a stretch has a
 * finite verb of its own: "the array delivers 41 dBm" after a comma is a clause, not an apposition.
 */
export function appositions(text: string, s: Span, hasVerb: (t: string) => boolean): Span[] {
  const body = text.slice(s.start, s.end);
  const out: Span[] = [];
  for (const c of body.matchAll(COMMA)) {
    OPENING.lastIndex = c.index + c[0].length;
    const opening = OPENING.exec(body);
    if (!opening) continue;
    const nameMatch = NAME_BEFORE_COMMA.exec(body.slice(Math.max(0, c.index - 160), c.index));
    if (!nameMatch) continue;
    const name = nameMatch[0];
    const at = c.index - name.length;
    const phrase = opening[0].trim();
    // "Chile and Peru, which lead ...": a relative clause after a list is about all of it, not one name.
    if (lastOfList(name) > 0 && /^(?:which|who)\b/.test(phrase)) continue;
    // "However, the ...": one capitalised word opening the sentence is no name.
    if (at === 0 && !/\s/.test(name.trim()) && !/[*_]/.test(name)) continue;
    if (NOT_A_NAME.test(name.trim()) || phrase.split(/\s+/).length < 2 || SAYING_WORD.test(phrase)) continue;
    // "the story of": a phrase that stops at a function word is cut off, not complete.
    if (/\b(?:of|to|the|a|an|and|or|in|on|at|for|with|by|from)$/i.test(phrase)) continue;
    // A clause after the comma ("GHz, the array delivers ...") is no apposition; a relative clause inside one is fine.
    if (!/^(?:which|who)\b/.test(phrase) && hasVerb(phrase.replace(/\s(?:that|which|who)\b.*$/, ""))) continue;
    const start = s.start + at + (lastOfList(name) || afterCommonHead(name));
    out.push({ start, end: s.start + opening.index + opening[0].trimEnd().length });
  }
  for (const m of body.matchAll(HEAD_BEFORE_NAME)) {
    // The role phrase: up to four words before the head, starting after the last word that cannot
    // belong to it (a verb, a preposition).
    const lead = ROLE_WORDS_BEFORE.exec(body.slice(Math.max(0, m.index - 80), m.index))![0];
    const phraseStart = m.index - lead.length;
    const words = body.slice(phraseStart, m.index).split(/\s+/).filter(Boolean);
    let first = 0;
    words.forEach((w, i) => {
      if (NOT_IN_ROLE.test(w) || /[.!?;:,]$/.test(w)) first = i + 1;
    });
    const kept = words.slice(first);
    // A determiner opens the phrase only as its first word.
    if (kept.slice(1).some((w) => DETERMINER.test(w))) continue;
    const keptText = kept.join(" ");
    const offset = keptText ? body.lastIndexOf(keptText, m.index) : m.index;
    if (offset < 0) continue;
    // The head word itself must not be the last word of something else ("said the chief ...").
    if (/[\p{L}\p{N}-]$/u.test(body.slice(0, offset)) && offset !== m.index) continue;
    const start = s.start + offset;
    const end = s.start + m.index + m[0].length;
    if (out.some((o) => o.start <= start && end <= o.end)) continue;
    out.push({ start, end });
  }
  // Not the whole sentence again.
  return out
    .filter((o) => o.end - o.start < 0.9 * (s.end - s.start))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
