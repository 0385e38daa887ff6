// Finds known entities in text, token by token (a trie keyed by the first token), longest match first.
// Names with capitals match exactly; lower-case terms ("graphene", "electric vehicles") match in any
// case and in singular or plural.
import type { CatalogueEntry } from "./catalogue.ts";
import { singular, tokenize, type Token } from "./tokens.ts";

export type GazetteerMatch = {
  start: number;
  end: number;
  surface: string;
  entry: CatalogueEntry;
  tokenIndex: number;
  tokenCount: number;
};

/** seps[k] is what stands between word k-1 and word k in the name: a space, a hyphen, ", ". */
type Pattern = { words: string[]; seps: string[]; caseless: boolean; entry: CatalogueEntry };

const normSep = (s: string) => s.replace(/\s+/g, " ").replace(/[‑–]/g, "-");

const key = (word: string, caseless: boolean, last: boolean) => {
  let folded = caseless ? word.toLowerCase() : word;
  // (Replacing only when there is something to replace: this runs on every token of a document.)
  if (FOLDED.test(folded)) folded = folded.replace(/’/g, "'").replace(/[‑–]/g, "-");
  return caseless && last ? singular(folded) : folded;
};
const FOLDED = /[’‑–]/;

export type Gazetteer = { match(text: string, tokens?: Token[]): GazetteerMatch[]; entries: CatalogueEntry[] };

export function createGazetteer(entries: CatalogueEntry[]): Gazetteer {
  const byFirst = new Map<string, Pattern[]>();
  for (const entry of entries)
    for (const surface of new Set([entry.name, ...entry.aliases])) {
      const toks = tokenize(surface);
      const words = toks.map((t) => t.text);
      if (words.length === 0) continue;
      const seps = toks.map((t, k) => (k === 0 ? "" : normSep(surface.slice(toks[k - 1]!.end, t.start))));
      const caseless =
        !/\p{Lu}/u.test(surface) || (entry.type === "Technology" && /\s/.test(surface) && !/\p{Lu}{2}/u.test(surface));
      const pattern = { words: words.map((w, i) => key(w, caseless, i === words.length - 1)), seps, caseless, entry };
      const patterns = [pattern];
      // A lower-case term is also written with hyphens where it modifies a noun: "machine-learning teams".
      if (caseless && words.length >= 2 && words.length <= 3 && seps.slice(1).every((x) => x === " "))
        patterns.push({ words: [key(words.join("-"), true, true)], seps: [""], caseless, entry });
      for (const p of patterns) {
        const list = byFirst.get(p.words[0]!) ?? [];
        list.push(p);
        byFirst.set(p.words[0]!, list);
      }
    }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  function match(text: string, tokens = tokenize(text)): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    // Each token's three look-up keys, computed once: as written, folded, folded and singular.
    const keys = tokens.map((t) => {
      // (A token's `lower` is its text folded as key() folds it.)
      const folded = t.lower;
      return [key(t.text, false, false), folded, singular(folded)] as const;
    });
    for (let i = 0; i < tokens.length;) {
      let best: { p: Pattern; n: number } | undefined;
      for (let v = 0; v < 3; v++) {
        const k = keys[i]![v]!;
        const caseless = v > 0;
        const patterns = byFirst.get(k);
        if (!patterns) continue;
        for (const p of patterns) {
          if (p.caseless !== caseless || (best && best.n >= p.words.length)) continue;
          if (fits(text, tokens, keys, i, p)) best = { p, n: p.words.length };
        }
      }
      const first = tokens[i]!;
      const last = tokens[i + best?.n! - 1]!;
      if (
        !best ||
        (best.p.caseless && insideName(text, tokens, i, i + best.n - 1)) ||
        (best.n === 1 &&
          best.p.entry.type === "Publication" &&
          (afterNameOf(text, tokens, i) || insideName(text, tokens, i, i))) ||
        (best.n === 1 && best.p.entry.type === "Person" && beforeGivenName(text, tokens, i)) ||
        // "US$5 million", "HK$", "NT$": a country's code before a currency sign names the currency.
        text[last.end] === "$"
      ) {
        i++;
        continue;
      }
      out.push({
        start: first.start,
        end: last.end,
        surface: text.slice(first.start, last.end),
        entry: best.p.entry,
        tokenIndex: i,
        tokenCount: best.n,
      });
      i += best.n;
    }
    return out;
  }
  return { match, entries };
}

/**
 * A lower-case term written with a capital, next to another capitalised word, is part of a name:
 * "Semiconductor" in "Semiconductor Industry Association" is not the technology.
 */
function insideName(text: string, tokens: Token[], from: number, to: number): boolean {
  if (!/^\p{Lu}/u.test(tokens[from]!.text)) return false;
  const prev = tokens[from - 1];
  const next = tokens[to + 1];
  const joined = (a: Token | undefined, b: Token | undefined) =>
    !!a && !!b && text.slice(a.end, b.start) === " " && /^\p{Lu}/u.test((a === prev ? a : b).text);
  // "International Union of Crystallography": the word ends a name "X of ...".
  return joined(prev, tokens[from]) || joined(tokens[to], next) || afterNameOf(text, tokens, from);
}

/** "Ministry of Science": a one-word title ("Science", "Nature") that ends a name "X of …" is part of it. */
function afterNameOf(text: string, tokens: Token[], at: number): boolean {
  const [name, of] = [tokens[at - 2], tokens[at - 1]];
  return (
    !!name && of?.lower === "of" && /^\p{Lu}/u.test(name.text) && text.slice(name.end, tokens[at]!.start) === " of "
  );
}

/** Tokens i.. spell the pattern, separated as in the name (any run of spaces counts as one). */
function fits(
  text: string,
  tokens: Token[],
  keys: (readonly [string, string, string])[],
  i: number,
  p: Pattern,
): boolean {
  if (i + p.words.length > tokens.length) return false;
  for (let k = 0; k < p.words.length; k++) {
    const t = tokens[i + k]!;
    const [exact, folded, single] = keys[i + k]!;
    if ((p.caseless ? (k === p.words.length - 1 ? single : folded) : exact) !== p.words[k]) return false;
    const sep = k > 0 ? text.slice(tokens[i + k - 1]!.end, t.start) : "";
    if (k > 0 && (sep === " " ? sep : normSep(sep)) !== p.seps[k]) return false;
  }
  return true;
}

/** "Deng Huilan" is not the known "Deng": a lone family name followed by another name is someone else's. */
function beforeGivenName(text: string, tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return !!next && text.slice(tokens[at]!.end, next.start) === " " && /^\p{Lu}\p{Ll}+$/u.test(next.text);
}
