// Social-media threads (X/Twitter, Bluesky, Mastodon, Threads as copied from the page): each post opens
// with a header line of a display name and a handle, often with the time ("Jane Roe @jroe · 2h",
// "Jane Roe (@jroe@example.social)"). A post whose header is indented deeper than the post around it is
// a quoted post of another account: its words are that account's.
import type { Line } from "./lines.ts";
import type { Region } from "./types.ts";

const WHEN = String.raw`(?:\d+\s*[smhdw]|\d+\s*(?:min|mins|hrs?)|\p{Lu}\p{Ll}{2}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{Lu}\p{Ll}{2}(?: \d{4})?|\d{4}-\d{2}-\d{2})`;
const HEAD = new RegExp(
  String.raw`^(?:([^@\n·|]{1,60}?)\s+)?\(?@([\p{L}\p{N}_]{1,30})(?:@[\w.-]+)?\)?(?:\s*·\s*${WHEN})?\s*$`,
  "u",
);

export function socialRegions(ls: Line[]): Region[] {
  const heads: { line: number; indent: number; name: string; nameStart: number }[] = [];
  ls.forEach((l, i) => {
    const m = HEAD.exec(l.text.trim());
    if (!m) return;
    const name = (m[1] ?? "").trim() || m[2]!;
    // A display name reads like a name: a few words, no sentence punctuation.
    // "Replying to @jroe" names the account replied to, not the author.
    if (name.split(/\s+/).length > 6 || /[.!?,;:]$/.test(name) || /\b(?:to|from|by|with|via|cc)$/i.test(name)) return;
    const nameStart = l.start + l.indent + m[0].indexOf(name);
    heads.push({ line: i, indent: l.indent, name, nameStart });
  });
  if (heads.length < 2) return [];
  const out: Region[] = [];
  heads.forEach((h, n) => {
    const from = ls[h.line]!.end + 1;
    let endLine = ls.length;
    // A post runs to the next header at its own depth or shallower; a quoted post also ends where the
    // text returns to the depth of the post that quotes it.
    for (let k = n + 1; k < heads.length; k++)
      if (heads[k]!.indent <= h.indent) {
        endLine = heads[k]!.line;
        break;
      }
    if (h.indent > 0)
      for (let i = h.line + 1; i < endLine; i++)
        if (!ls[i]!.blank && ls[i]!.indent < h.indent) {
          endLine = i;
          break;
        }
    let last = endLine - 1;
    while (last > h.line && ls[last]!.blank) last--;
    if (last <= h.line) return;
    const quoted = h.indent > 0 && heads.some((o) => o.indent < h.indent && o.line < h.line);
    out.push({
      kind: "comment",
      rule: quoted ? "social-quoted-post" : "social-post",
      start: from,
      end: ls[last]!.end,
      speaker: {
        name: h.name,
        start: h.nameStart,
        end: h.nameStart + h.name.length,
        why: quoted ? "wrote the post quoted here" : "wrote this post",
      },
    });
  });
  return out;
}
