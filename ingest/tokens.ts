// Word tokens with offsets. A token is a run of letters and digits, with inner apostrophes, dots and
// hyphens kept ("U.S", "GPT-4o", "non-volatile"), so names can be matched token by token.

import { lexicon } from "./lexicon.ts";

export type Token = { start: number; end: number; text: string; lower: string };

// Decimal digits only: a superscript footnote mark ("Wen¹") is not part of the word before it.
const WORD = /[\p{L}\p{Nd}]+(?:[.'’\-‑][\p{L}\p{Nd}]+)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let end = m.index + m[0].length;
    // Initialisms keep their final dot: "U.S." and "D.C." are names, "China." is not.
    if (text[end] === "." && /^(?:\p{L}\.)+\p{L}$/u.test(m[0])) end++;
    // A possessive belongs to the name before it: "Chile's" is a mention of Chile.
    if (m[0].length > 2 && (m[0].endsWith("'s") || m[0].endsWith("’s"))) end -= 2;
    const word = end === m.index + m[0].length ? m[0] : text.slice(m.index, end);
    // "NATO-led", "US-China": hyphens that join a name to something else separate two tokens.
    // But an ordinary word capitalised because it opens a sentence or a title ("Non-volatile",
    // "Solid-state") keeps its hyphenated word.
    if (
      (word.includes("-") || word.includes("‑")) &&
      /(?:^|[-‑])\p{Lu}/u.test(word) &&
      !/\d/.test(word) &&
      !ordinaryCapitalised(word)
    ) {
      let start = m.index;
      for (const part of word.split(/([-‑])/)) {
        if (part && !/^[-‑]$/.test(part)) out.push(token(part, start));
        start += part.length;
      }
    } else out.push(token(word, m.index));
  }
  return out;
}
// (Not a closure inside tokenize: one was made, and named, on every call.)
const token = (word: string, start: number): Token => ({
  start,
  end: start + word.length,
  text: word,
  lower: foldToken(word),
});

/** "Solid-state": an ordinary word, capitalised, then lower-case parts. */
function ordinaryCapitalised(word: string): boolean {
  const [first, ...rest] = word.split(/[-‑]/);
  return (
    /^\p{Lu}\p{Ll}*$/u.test(first!) &&
    rest.every((p) => /^\p{Ll}+$/u.test(p)) &&
    lexicon().common.has(first!.toLowerCase())
  );
}

/** Case, curly apostrophes and hyphen variants folded, for comparisons. */
export function foldToken(s: string): string {
  const lower = s.toLowerCase();
  return FOLDED.test(lower) ? lower.replace(/’/g, "'").replace(/[‑–]/g, "-") : lower;
}
const FOLDED = /[’‑–]/;

/** Singular form of a token, good enough for matching "batteries"/"battery", "chips"/"chip". */
export function singular(lower: string): string {
  // (Suffixes tested with endsWith: this runs on every token of a document.)
  if (lower.length <= 3 || lower.endsWith("ss") || lower.endsWith("ics") || lower.endsWith("us")) return lower;
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("xes")) return lower.slice(0, -2);
  if (lower.endsWith("s")) return lower.slice(0, -1);
  return lower;
}

// These run on every token of a document, so plain ASCII is decided by character codes and only
// other text goes to the Unicode regexes (which give the same answers on ASCII).
const upper = (c: number) => c >= 65 && c <= 90;
const lowerOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
export const isCapitalized = (word: string) => {
  const c = word.charCodeAt(0);
  return c < 128 ? upper(c) : /^\p{Lu}/u.test(word);
};
export const hasInnerCapital = (word: string) => {
  for (let i = 0; i < word.length; i++)
    if (word.charCodeAt(i) >= 128) return /^\p{L}[\p{Ll}\p{N}]*\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
  // ASCII: a letter, then lower-case letters and digits up to a capital; and a lower-case letter somewhere.
  const c = word.charCodeAt(0);
  if (!upper(c) && !(c >= 97 && c <= 122)) return false;
  let i = 1;
  while (i < word.length && lowerOrDigit(word.charCodeAt(i))) i++;
  return i < word.length && upper(word.charCodeAt(i)) && /[a-z]/.test(word);
};
export const isAcronym = (word: string) => {
  const c = word.charCodeAt(0);
  if (c < 128 && !upper(c)) return false;
  return /^(?:\p{Lu}\.?){2,6}$/u.test(word) || /^\p{Lu}{2,}\d*$/u.test(word);
};
