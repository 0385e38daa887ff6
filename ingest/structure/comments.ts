// Comment sections under a blog post or article (WordPress, Substack, Disqus as copied or rendered):
// "Jane Roe says:" headers, numbered, indented "1. Jane Roe" headers, or a name over a date line, in
// a section whose comments end in a "Reply" link. The commenter's name may carry a badge the comment system prints after it
// ("Jane Roe Post author", "jroe (moderator)"): the badge is not part of the name.
import { lexicon } from "../lexicon.ts";
import { ROLE_BADGES, alternation } from "../word-classes.ts";
import { firstMatchingLine, type Line } from "./lines.ts";
import type { Region } from "./types.ts";

const NUMBERED_HEAD = /^(\d{1,4})\.[ \t]+(\S[^\n]{0,40}?)[ \t]*$/;
const SAYS_HEAD = /^(\S[^\n]{0,40}?) (?:says|said|wrote|writes|commented):[ \t]*$/;
const REPLY = /^[ \t]*(?:Reply|Reply ↓|↪ Reply|reply)[ \t]*$/;
/** A line that is only a posting date or time: "Mar 3", "March 3, 2024 at 9:10 am", "2 hrs ago". */
const DATE_LINE =
  /^[ \t]*(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{Lu}\p{Ll}{2,8}(?: \d{4})?|\d{4}-\d{2}-\d{2}|\d+\s*(?:m|h|d|w|mo|y|min|mins|hrs?|hours?|days?|weeks?|months?|years?)\.?(?: ago)?)(?:,? (?:at )?\d{1,2}:\d{2}(?:\s*[aApP]\.?[mM]\.?)?)?[ \t]*$/u;
/** A badge: a role noun after the name, bracketed or not, maybe after one word ("Moderator", "(admin)"). */
const BADGE = new RegExp(String.raw`\s+\(?(?:(\p{L}+)\s+)?(?:${alternation(ROLE_BADGES)})\)?$`, "iu");

/** Strips a badge; the word before the role noun belongs to the badge only when it is an ordinary word. */
function withoutBadge(raw: string): string {
  const m = BADGE.exec(raw);
  if (!m) return raw;
  const qualifier = m[1];
  const cut =
    qualifier && !lexicon().common.has(qualifier.toLowerCase())
      ? m.index + m[0].indexOf(qualifier) + qualifier.length
      : m.index;
  const name = raw.slice(0, cut).trim();
  return name || raw;
}

/** A commenter's name is short and reads like a name, not like a numbered sentence. */
const looksLikeName = (s: string) =>
  s.split(/\s+/).length <= 5 && !/[!?:;,]$/.test(s) && !/[^\s.]{2,}\.$/.test(s) && !/^(?:a|an|and|but|so)\b/i.test(s);

export function commentRegions(ls: Line[]): Region[] {
  const heads: { line: number; name: string; nameStart: number }[] = [];
  let replies = 0;
  let says = 0;
  ls.forEach((l, i) => {
    if (REPLY.test(l.text)) replies++;
    const t = l.text.slice(l.indent).trimEnd();
    const s = SAYS_HEAD.exec(t);
    const n = s ? undefined : NUMBERED_HEAD.exec(t);
    // "Jane Roe" over a line that is only a date (Substack, Disqus and most comment plugins).
    let k = i + 1;
    while (k < ls.length && ls[k]!.blank && k - i < 3) k++;
    const dated = !s && !n && k < ls.length && DATE_LINE.test(ls[k]!.text) && !DATE_LINE.test(t) ? t : undefined;
    const raw = s?.[1] ?? n?.[2] ?? dated;
    if (!raw) return;
    const name = withoutBadge(raw);
    if (!looksLikeName(name)) return;
    if (n) {
      // A numbered comment's text is indented deeper than its header.
      let k = i + 1;
      while (k < ls.length && ls[k]!.blank) k++;
      if (k >= ls.length || ls[k]!.indent <= l.indent) return;
    } else if (s) says++;
    const nameStart = l.start + l.indent + t.indexOf(raw);
    heads.push({ line: i, name, nameStart });
  });
  // A numbered list is only a comment section when its items end in "Reply" (or say "says:").
  if (heads.length === 0 || (replies === 0 && says === 0)) return [];
  return heads.map((h, n) => {
    const limit = n + 1 < heads.length ? heads[n + 1]!.line : ls.length;
    const endLine = firstMatchingLine(ls, h.line + 1, limit, REPLY);
    const start = ls[h.line]!.end + 1;
    const end = Math.max(start, endLine < ls.length ? ls[endLine]!.start : ls[ls.length - 1]!.end);
    return {
      kind: "comment" as const,
      rule: "comment-section",
      start,
      end,
      speaker: { name: h.name, start: h.nameStart, end: h.nameStart + h.name.length, why: "wrote this comment" },
    };
  });
}
