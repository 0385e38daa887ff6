// Forum threads (Hacker News, Reddit, phpBB-like boards): each comment opens with a header line that
// names its author and says when it was posted ("jdoe 42 points 2 hours ago | parent | next",
// "u/jdoe · 5h", "@jdoe 2 days ago", "Jane Roe • 3 years ago"). A submission line ("152 points by jdoe 6 hours ago")
// credits the title above it to the submitter.
import { lexicon } from "../lexicon.ts";
import type { Line } from "./lines.ts";
import type { Region } from "./types.ts";

/** A relative or short posting time: "3 hours ago", "5h", "2 mo. ago", "· 14m". */
const WHEN = String.raw`(?:\d+\s*(?:s|m|h|d|w|y|mo|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\.?\s+ago|·\s*\d+\s*(?:s|m|h|d|w|y|mo)\b)`;
const HANDLE = String.raw`(?:u\/|@)?([\p{L}\p{N}_][\p{L}\p{N}_.-]{1,38})`;
/** "Jane Roe • 3 years ago", "Jane Roe · 5h" (Disqus, YouTube, comment plugins): a display name, a dot, a time. */
const NAMED_HEAD = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})\s+[•·|–—-]\s+${WHEN.replace("·\\s*", "")}(?:\s*(?:[•·|]|$)[^\n]*)?$`,
  "u",
);
/** "jdoe 42 points 2 hours ago | next", "u/jdoe · 5h": a handle, an optional score, a time, then links. */
const HEAD = new RegExp(
  String.raw`^${HANDLE}(?:\s+(?:·\s*)?[-+]?\d+\s+(?:points?|votes?|karma)\b)?\s+(?:·\s*)?${WHEN}(?:\s*(?:\||·|\[|$)[^\n]*)?$`,
  "u",
);
const SUBMISSION = new RegExp(String.raw`^\d+\s+(?:points?|votes?)\s+by\s+${HANDLE}\s+${WHEN}`, "u");

export function forumRegions(ls: Line[]): Region[] {
  const heads: { line: number; name: string; nameStart: number }[] = [];
  const out: Region[] = [];
  ls.forEach((l, i) => {
    const t = l.text.trim();
    const m = HEAD.exec(t) ?? NAMED_HEAD.exec(t);
    // "Updated 3 hours ago", "Posted 2 days ago": a page's own time stamps, not a commenter's.
    if (m && /^\p{L}+$/u.test(m[1]!) && lexicon().common.has(m[1]!.toLowerCase())) return;
    if (m) heads.push({ line: i, name: m[1]!, nameStart: l.start + l.indent + m[0].indexOf(m[1]!) });
    const s = SUBMISSION.exec(t);
    if (s) {
      // The submission's title is the nearest non-empty line above its score line.
      let k = i - 1;
      while (k >= 0 && ls[k]!.blank) k--;
      if (k < 0) return;
      const nameStart = l.start + l.indent + s[0].indexOf(s[1]!, s[0].indexOf(" by ") + 4);
      out.push({
        kind: "comment",
        rule: "forum-submission",
        start: ls[k]!.start + ls[k]!.indent,
        end: ls[k]!.end,
        speaker: { name: s[1]!, start: nameStart, end: nameStart + s[1]!.length, why: "submitted this link" },
      });
    }
  });
  // One header is a signature line; a thread has several.
  if (heads.length < 2) return out;
  heads.forEach((h, n) => {
    const from = ls[h.line]!.end + 1;
    const to = n + 1 < heads.length ? ls[heads[n + 1]!.line]!.start - 1 : lastContent(ls, h.line);
    if (to <= from) return;
    out.push({
      kind: "comment",
      rule: "forum-comment",
      start: from,
      end: to,
      speaker: { name: h.name, start: h.nameStart, end: h.nameStart + h.name.length, why: "wrote this forum comment" },
    });
  });
  return out;
}

/** The last comment ends where the page's footer starts: at the first run of two blank lines. */
function lastContent(ls: Line[], from: number): number {
  for (let i = from + 1; i + 1 < ls.length; i++) if (ls[i]!.blank && ls[i + 1]!.blank) return ls[i]!.start;
  return ls[ls.length - 1]!.end;
}
