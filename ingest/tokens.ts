// Word tokens with offsets. A token is a run of letters and digits, with inner apostrophes, dots and
// hyphens kept ("U.S", "GPT-4o", "non-volatile"), so names can be matched token by token.

import { lexicon } from "./lexicon.ts";

export type Token = { start: number; end: number; text: string; lower: string };

// Decimal digits only: a superscript footnote mark ("Wen¹") is not part of the word before it.
const WORD = /[\p{L}\p{Nd}]+(?:[.'’\-‑][\p{L}\p{Nd}]+)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const push = (start: number, end: number) => {
    const word = text.slice(start, end);
    out.push({ start, end, text: word, lower: foldToken(word) });
  };
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let end = m.index + m[0].length;
    // Initialisms keep their final dot: "U.S." and "D.C." are names, "China." is not.
    if (text[end] === "." && /^(?:\p{L}\.)+\p{L}$/u.test(m[0])) end++;
    // A possessive belongs to the name before it: "Chile's" is a mention of Chile.
    if (m[0].length > 2 && (m[0].endsWith("'s") || m[0].endsWith("’s"))) end -= 2;
    const word = text.slice(m.index, end);
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
        if (part && !/^[-‑]$/.test(part)) push(start, start + part.length);
        start += part.length;
      }
    } else push(m.index, end);
  }
  return out;
}

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
  return /[’‑–]/.test(lower) ? lower.replace(/’/g, "'").replace(/[‑–]/g, "-") : lower;
}

/** Singular form of a token, good enough for matching "batteries"/"battery", "chips"/"chip". */
export function singular(lower: string): string {
  if (lower.length <= 3 || /(?:ss|ics|us)$/.test(lower)) return lower;
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  if (/(?:ch|sh|x)es$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith("s")) return lower.slice(0, -1);
  return lower;
}

export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);
export const hasInnerCapital = (word: string) => /^\p{L}[\p{Ll}\p{N}]*\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
export const isAcronym = (word: string) => /^(?:\p{Lu}\.?){2,6}$/u.test(word) || /^\p{Lu}{2,}\d*$/u.test(word);
