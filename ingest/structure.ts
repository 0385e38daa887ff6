// Who is speaking where: the shapes of a page (comment sections, forum and social threads, transcript
// turns, a personal post's byline, an editor's introduction, quoted blocks, footnotes and sourced
// tables) found from its layout, each by a declared rule. The attribution stage asks `regionAt` whose
// words a claim stands in.
import { firstRule, type Rule } from "./rules.ts";
import type { Span } from "./segment.ts";
import { findByline, findIntro, isPersonal } from "./structure/byline.ts";
import { commentRegions } from "./structure/comments.ts";
import { forumRegions } from "./structure/forum.ts";
import { lines, type Line } from "./structure/lines.ts";
import { footnotes, sourcedTables } from "./structure/notes.ts";
import { introducedQuotes, replyQuotes } from "./structure/quotes.ts";
import { socialRegions } from "./structure/social.ts";
import { transcriptRegions } from "./structure/transcript.ts";
import type { Region, Structure } from "./structure/types.ts";

export type { Footnote, Region, RegionKind, Speaker, Structure } from "./structure/types.ts";

type ShapeInput = { text: string; lines: Line[]; found: Region[] };
const some = (regions: Region[]) => (regions.length > 0 ? regions : undefined);

/**
 * The page shapes whose speakers are marked in the layout. A page has at most one of these (a
 * comment section, a forum thread, a social thread or a transcript): the first that fits is taken.
 */
export const THREAD_SHAPES: readonly Rule<ShapeInput, Region[]>[] = [
  {
    id: "comment-section",
    why: '"Name says:" or numbered, indented commenter names whose comments end in "Reply"',
    apply: ({ lines }) => some(commentRegions(lines)),
  },
  {
    id: "forum-thread",
    why: "comment headers of a handle, a score and a posting time",
    apply: ({ lines }) => some(forumRegions(lines)),
  },
  {
    id: "social-thread",
    why: "post headers of a display name and an @handle",
    apply: ({ lines }) => some(socialRegions(lines)),
  },
  {
    id: "transcript",
    why: '"NAME:" turns of at least two speakers who each speak twice',
    apply: ({ lines }) => some(transcriptRegions(lines)),
  },
];

/** Shapes that can stand on any page, found after the thread shape. */
export const PAGE_SHAPES: readonly Rule<ShapeInput, Region[]>[] = [
  {
    id: "reply-quote",
    why: 'a ">" line in a thread quotes an earlier comment',
    apply: ({ text, lines, found }) =>
      found.some((r) => r.kind === "comment") ? some(replyQuotes(text, lines, found)) : undefined,
  },
  {
    id: "table-source",
    why: 'rows of a table above a "Source:" line',
    apply: ({ lines }) => some(sourcedTables(lines)),
  },
];

export function analyzeStructure(text: string): Structure {
  const ls = lines(text);
  const thread = firstRule(THREAD_SHAPES, { text, lines: ls, found: [] })?.out ?? [];
  const regions: Region[] = [...thread];
  for (const shape of PAGE_SHAPES) regions.push(...(shape.apply({ text, lines: ls, found: regions }) ?? []));

  // The post above a comment section: its head holds the byline and an editor's introduction.
  const commentStart = thread.find((r) => r.rule === "comment-section")?.start;
  const bodyEnd = commentStart !== undefined ? Math.max(0, text.lastIndexOf("\n", commentStart - 2)) : text.length;
  const head = { start: 0, end: Math.min(bodyEnd, 3000) };
  const by = findByline(text, head);
  const intro = findIntro(text, head);
  if (intro)
    regions.push({
      kind: "intro",
      rule: "editor-intro",
      start: intro.line.start,
      end: by && by.line.start > intro.line.start ? by.line.start : intro.line.end,
      speaker: intro.speaker,
    });
  const body = by ? { start: by.line.end + 1, end: Math.max(bodyEnd, by.line.end + 1) } : { start: 0, end: bodyEnd };
  if (by && isPersonal(text, body))
    regions.push({ kind: "body", rule: "personal-byline", ...body, speaker: by.author });
  // Quoted blocks in the post, unless a thread's own layout already says who speaks where.
  if (!thread.length || commentStart !== undefined)
    regions.push(...introducedQuotes(ls.filter((l) => l.start >= body.start && l.end <= body.end)));
  return { ...(by ? { author: by.author } : {}), regions: regions.sort(byPosition), footnotes: footnotes(ls) };
}

const byPosition = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/** Each region's enclosing region, found once per structure: regionAt is asked for every claim. */
const parents = new WeakMap<Structure, Int32Array>();
function parentIndex(structure: Structure): Int32Array {
  let p = parents.get(structure);
  if (p) return p;
  const rs = structure.regions;
  p = new Int32Array(rs.length).fill(-1);
  const open: number[] = [];
  rs.forEach((r, i) => {
    while (open.length && rs[open[open.length - 1]!]!.end < r.end) open.pop();
    p![i] = open.length ? open[open.length - 1]! : -1;
    open.push(i);
  });
  parents.set(structure, p);
  return p;
}

/** The innermost region holding a span: a quote inside a post wins over the post. */
export function regionAt(structure: Structure, span: Span): Region | undefined {
  const rs = structure.regions;
  let lo = 0;
  let hi = rs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rs[mid]!.start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const parent = parentIndex(structure);
  // Walk from the last region starting at or before the span out through the regions that enclose it.
  for (let i = lo - 1; i >= 0; i = parent[i]!) {
    const r = rs[i]!;
    if (r.start <= span.start && span.end <= r.end) return r;
  }
  return undefined;
}
