// Who is speaking where: comment sections ("1. Name ... Reply"), a byline's author, an editor's
// introduction ("Lambert here."), and blocks quoted from someone else. Works on the raw text layout.
import type { Span } from "./segment.ts";

export type Speaker = Span & { name: string; why: string };
export type RegionKind = "comment" | "intro" | "body" | "quote";
/** A stretch of text whose claims, unless they say otherwise, come from `speaker` (none: unknown). */
export type Region = Span & { kind: RegionKind; speaker?: Speaker; introducer?: Span };
export type Structure = { author?: Speaker; regions: Region[] };

const COMMENT_HEAD = /^( *)\d{1,4}\.[ \t]+(\S[^\n]{0,40}?)[ \t]*$/gm;
const SAYS_HEAD = /^( *)(\S[^\n]{0,40}?) (?:says|said|wrote):[ \t]*$/gm;
const REPLY = /^[ \t]*Reply[ \t]*$/m;
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}\p{L}*(?:['’-]\p{L}+)*)`;
const BYLINE = new RegExp(String.raw`^[ \t]*By (${NAME_WORD}(?: (?:${NAME_WORD}|de|van|von)){0,3})`, "mu");
const INTRO = /^[ \t]*(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) here\./mu;
const THREAD_MARK = /\[(\d{1,3})\/(\d{1,3})\]/g;
/** What an introduction to someone else's words says before its colon. */
const QUOTING =
  /\b(?:here|says|said|writes|wrote|told|tells|put it|according|story|stories|thread|post|tweet|article|report|discussion|statement|excerpt|reads)\b[^:]*:\s*$/i;
const BULLET = /^\s*(?:[-•*–]|\d{1,2}[.)])\s/;

function lineEnd(text: string, from: number): number {
  const i = text.indexOf("\n", from);
  return i < 0 ? text.length : i;
}

/** A commenter's name is short and reads like a name, not like a numbered sentence. */
const looksLikeName = (s: string) =>
  s.split(/\s+/).length <= 5 && !/[!?:;,]$/.test(s) && !/[^\s.]{2,}\.$/.test(s) && !/^(?:a|an|and|but|so)\b/i.test(s);

function commentRegions(text: string): Region[] {
  const heads: { at: number; bodyStart: number; name: string; nameStart: number }[] = [];
  for (const re of [COMMENT_HEAD, SAYS_HEAD])
    for (const m of text.matchAll(re)) {
      // Blogs label the post's own author in the comments: that label is not part of the name.
      const name = m[2]!.replace(/\s+(?:Post author|Author|Moderator|Admin)$/i, "");
      if (!looksLikeName(name)) continue;
      const bodyStart = lineEnd(text, m.index) + 1;
      // The comment's text is indented deeper than its header, or the header is followed by a reply marker.
      const next = text.slice(bodyStart).match(/^(?:[ \t]*\n)*( *)\S/);
      if (!next || next[1]!.length <= m[1]!.length) continue;
      heads.push({ at: m.index, bodyStart, name, nameStart: m.index + m[0].indexOf(name) });
    }
  heads.sort((a, b) => a.at - b.at);
  // A numbered list is only a comment section when its items end in "Reply" (or say "says:").
  if (heads.length === 0 || (!REPLY.test(text) && text.search(SAYS_HEAD) < 0)) return [];
  return heads.map((h, i) => {
    const limit = heads[i + 1]?.at ?? text.length;
    const reply = text.slice(h.bodyStart, limit).search(REPLY);
    const end = reply >= 0 ? h.bodyStart + reply : limit;
    const speaker: Speaker = {
      name: h.name,
      start: h.nameStart,
      end: h.nameStart + h.name.length,
      why: "wrote this comment",
    };
    return { kind: "comment" as const, start: h.bodyStart, end, speaker };
  });
}

/** Paragraphs that end with ":" introduce what follows: one block, or a whole "[n/m]" thread. */
function quoteRegions(text: string, within: Span): Region[] {
  const out: Region[] = [];
  const paras = [...text.slice(within.start, within.end).matchAll(/[^\n]+/g)].map((m) => ({
    start: within.start + m.index,
    end: within.start + m.index + m[0].length,
  }));
  for (let i = 0; i + 1 < paras.length; i++) {
    const p = paras[i]!;
    const intro = text.slice(p.start, p.end);
    if (!QUOTING.test(intro) || BULLET.test(text.slice(paras[i + 1]!.start, paras[i + 1]!.end))) continue;
    let last = i + 1;
    // search, not test: these expressions are global, and test() would carry lastIndex along.
    if (text.slice(paras[i + 1]!.start, paras[Math.min(i + 8, paras.length - 1)]!.end).search(THREAD_MARK) >= 0) {
      for (let k = i + 1; k < paras.length; k++) {
        const marks = [...text.slice(paras[k]!.start, paras[k]!.end).matchAll(THREAD_MARK)];
        last = k;
        if (marks.some((m) => m[1] === m[2])) break;
      }
    }
    out.push({ kind: "quote", start: paras[i + 1]!.start, end: paras[last]!.end, introducer: p });
    i = last;
  }
  return out;
}

export function analyzeStructure(text: string): Structure {
  const comments = commentRegions(text);
  const bodyEnd = comments[0] ? text.lastIndexOf("\n", comments[0].start - 2) : text.length;
  const head = text.slice(0, Math.min(bodyEnd, 3000));
  const regions: Region[] = [];

  const by = BYLINE.exec(head);
  const author: Speaker | undefined = by
    ? {
        name: by[1]!.replace(/[.,]$/, ""),
        start: by.index + by[0].indexOf(by[1]!),
        end: 0,
        why: "the byline names the author",
      }
    : undefined;
  if (author) author.end = author.start + author.name.length;

  const intro = INTRO.exec(head);
  if (intro) {
    const start = intro.index;
    const end = by && by.index > start ? by.index : lineEnd(text, start);
    const name = intro[1]!;
    regions.push({
      kind: "intro",
      start,
      end,
      speaker: {
        name,
        start: start + intro[0].indexOf(name),
        end: start + intro[0].indexOf(name) + name.length,
        why: "introduces the post",
      },
    });
  }
  if (author) {
    const body = { start: lineEnd(text, by!.index) + 1, end: Math.max(bodyEnd, by!.index) };
    regions.push({ kind: "body", ...body, speaker: author });
    regions.push(...quoteRegions(text, body));
  } else {
    regions.push(...quoteRegions(text, { start: 0, end: bodyEnd }));
  }
  regions.push(...comments);
  return { ...(author ? { author } : {}), regions };
}

/** The innermost region holding a span: a quote inside the body wins over the body. */
export function regionAt(structure: Structure, span: Span): Region | undefined {
  let best: Region | undefined;
  for (const r of structure.regions)
    if (r.start <= span.start && span.end <= r.end && (!best || r.end - r.start < best.end - best.start)) best = r;
  return best;
}
