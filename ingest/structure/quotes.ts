// Blocks quoted from someone else: a paragraph that ends in a colon and announces someone's words
// ("Here is what she wrote:", "Here is how she put it:") introduces the block after it, or a whole
// "[n/m]" thread; and lines opened with ">" quote an earlier comment of the same thread.
import { QUOTE_INTRODUCERS, SAYING, alternation } from "../word-classes.ts";
import type { Line } from "./lines.ts";
import type { Region } from "./types.ts";

const THREAD_MARK = /\[(\d{1,3})\/(\d{1,3})\]/g;
/** What an introduction to someone else's words says before its colon. */
const QUOTING = new RegExp(
  String.raw`\b(?:here|${alternation(SAYING)}|${alternation(QUOTE_INTRODUCERS)})\b[^:]*:\s*$`,
  "i",
);
const BULLET = /^\s*(?:[-•*–]|\d{1,2}[.)])\s/;

/** Paragraphs that end with ":" introduce what follows: one block, or a whole "[n/m]" thread. */
export function introducedQuotes(ls: Line[]): Region[] {
  const out: Region[] = [];
  const paras = ls.filter((l) => !l.blank);
  for (let i = 0; i + 1 < paras.length; i++) {
    const p = paras[i]!;
    if (!QUOTING.test(p.text) || BULLET.test(paras[i + 1]!.text)) continue;
    let last = i + 1;
    const ahead = paras
      .slice(i + 1, i + 9)
      .map((l) => l.text)
      .join("\n");
    if (ahead.search(THREAD_MARK) >= 0) {
      for (let k = i + 1; k < paras.length; k++) {
        const marks = [...paras[k]!.text.matchAll(THREAD_MARK)];
        last = k;
        if (marks.some((m) => m[1] === m[2])) break;
      }
    }
    out.push({
      kind: "quote",
      rule: "introduced-quote",
      start: paras[i + 1]!.start,
      end: paras[last]!.end,
      introducer: { start: p.start, end: p.end },
    });
    i = last;
  }
  return out;
}

/**
 * How far back a reply's quote is looked for: far more than a thread's recent posts, and a bound,
 * so that finding every quote costs time in proportion to the thread rather than to its square
 * (searching the whole text for each took most of the time of a 5 MB thread).
 */
export const QUOTE_REACH = 200_000;

/** Where `quoted` first stands within QUOTE_REACH characters before `before`, or -1. */
export function quotedEarlier(text: string, quoted: string, before: number): number {
  const from = Math.max(0, before - QUOTE_REACH);
  const at = text.slice(from, before).indexOf(quoted);
  return at < 0 ? -1 : from + at;
}

/**
 * "> they fit 3 layers on one die": a reply quoting an earlier comment. The quoted words are the
 * earlier comment's, so the block is credited to the author of the comment that first holds them.
 */
export function replyQuotes(text: string, ls: Line[], comments: Region[]): Region[] {
  const out: Region[] = [];
  for (const l of ls) {
    const m = /^\s*>\s?(.{8,})$/.exec(l.text);
    if (!m) continue;
    const quoted = m[1]!.trim();
    const first = quotedEarlier(text, quoted, l.start);
    const source = first >= 0 ? comments.find((c) => c.start <= first && first < c.end) : undefined;
    out.push({
      kind: "quote",
      rule: "reply-quote",
      start: l.start + l.text.indexOf(quoted),
      end: l.start + l.text.indexOf(quoted) + quoted.length,
      ...(source?.speaker ? { speaker: { ...source.speaker, why: "wrote the comment quoted here" } } : {}),
    });
  }
  return out;
}
