// A page's own author: the byline ("By Jane Roe", "Posted on May 3, 2024 by Jane Roe", "*By Jane Roe ·
// 5 min read*"), and an editor's introduction to someone else's post ("Jane here."). The byline's
// author is the speaker of the body only on a personal page, one whose writer speaks as "I" outside
// quotations; a news report, an explainer or a paper speaks in its own voice, whoever wrote it, and so
// does any page signed as agency copy ("Reporting by ...").
import { FIRST_PERSON_SINGULAR, NEWS_FOOTERS, alternation } from "../word-classes.ts";
import type { Span } from "../segment.ts";
import type { Speaker } from "./types.ts";

const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}\p{L}*(?:['’-]\p{L}+)*)`;
const BYLINE = new RegExp(
  String.raw`^[ \t*_>]*(?:(?:Posted|Published|Written|Words)\b[^\n]{0,60}?\s)?[Bb]y:?[ \t]+(?:\[)?(${NAME_WORD}(?: (?:${NAME_WORD}|de|van|von|da|di)){0,3})`,
  "mu",
);
const INTRO = /^[ \t]*(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) here\./mu;
const FIRST_PERSON = new RegExp(
  String.raw`(?<![\p{L}'’])(?:${alternation(FIRST_PERSON_SINGULAR)})(?![\p{L}'’])`,
  "giu",
);
const NEWS_FOOTER = new RegExp(String.raw`^[ \t]*(?:${alternation(NEWS_FOOTERS)})\b`, "imu");
/** "SHENZHEN, March 14 (Agency) -": a news agency's dateline. */
const DATELINE = /^[ \t]*\p{Lu}[\p{Lu} .,'-]{2,40}(?:,[^\n(]{1,30})?\s+\([^)\n]{2,40}\)\s+[-–—]/mu;
/** How many first-person words a body needs before it counts as a personal voice. */
const PERSONAL_MIN = 2;

export function findByline(text: string, head: Span): { author: Speaker; line: Span } | undefined {
  BYLINE.lastIndex = 0;
  const by = BYLINE.exec(text.slice(head.start, head.end));
  if (!by) return undefined;
  const name = by[1]!.replace(/[.,]$/, "");
  const start = head.start + by.index + by[0].lastIndexOf(by[1]!);
  const lineEnd = text.indexOf("\n", head.start + by.index);
  return {
    author: { name, start, end: start + name.length, why: "wrote this post, as its byline says, in the first person" },
    line: { start: head.start + by.index, end: lineEnd < 0 ? text.length : lineEnd },
  };
}

export function findIntro(text: string, head: Span): { speaker: Speaker; line: Span } | undefined {
  const m = INTRO.exec(text.slice(head.start, head.end));
  if (!m) return undefined;
  const start = head.start + m.index;
  const name = m[1]!;
  const at = start + m[0].indexOf(name);
  const lineEnd = text.indexOf("\n", start);
  return {
    speaker: { name, start: at, end: at + name.length, why: "introduces the post" },
    line: { start, end: lineEnd < 0 ? text.length : lineEnd },
  };
}

/** Does the body speak in the first person, outside quotations, and without an agency's marks? */
export function isPersonal(text: string, body: Span): boolean {
  const s = text.slice(body.start, body.end);
  if (NEWS_FOOTER.test(text) || DATELINE.test(s)) return false;
  // Quotations are other people's first person: drop them before counting.
  const own = s.replace(/“[^”]*”|"[^"\n]*"/g, " ");
  let n = 0;
  for (const _ of own.matchAll(FIRST_PERSON)) if (++n >= PERSONAL_MIN) return true;
  return false;
}
