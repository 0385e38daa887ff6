// Sources named apart from the sentence: footnotes ("...per month.⁶" with "⁶ Agency, Title (2024)."
// below, or Markdown's "[^6]" and "[^6]: ..."), and a table's "Source:" line under its rows.
import type { Line } from "./lines.ts";
import type { Footnote, Region } from "./types.ts";

const SUPERSCRIPT_NOTE = /^[ \t]*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)[ \t]+\S/;
const MARKDOWN_NOTE = /^[ \t]*\[\^([^\]\s]{1,10})\]:[ \t]*\S/;
const SOURCE_LINE = /^[ \t]*(?:Sources?|Data(?: source)?|Source of data)[ \t]*:[ \t]*(\S[^\n]*)$/i;
/** A table row: two or more cells apart by tabs, pipes or runs of two spaces. */
const ROW = /\S(?:\t|[ ]{2,}|\s\|\s)\S/;

export function footnotes(ls: Line[]): Footnote[] {
  const out: Footnote[] = [];
  ls.forEach((l, i) => {
    const sup = SUPERSCRIPT_NOTE.exec(l.text);
    const m = sup ?? MARKDOWN_NOTE.exec(l.text);
    if (!m) return;
    const marker = sup ? m[1]! : `[^${m[1]}]`;
    // A note runs on until a blank line or the next note.
    let last = i;
    while (
      last + 1 < ls.length &&
      !ls[last + 1]!.blank &&
      !SUPERSCRIPT_NOTE.test(ls[last + 1]!.text) &&
      !MARKDOWN_NOTE.test(ls[last + 1]!.text)
    )
      last++;
    const textStart = l.start + l.text.indexOf(m[1]!) + m[1]!.length + (marker.startsWith("[^") ? 2 : 0);
    out.push({ marker, start: textStart, end: ls[last]!.end });
  });
  return out;
}

/** Rows above a "Source:" line are credited to the source it names. */
export function sourcedTables(ls: Line[]): Region[] {
  const out: Region[] = [];
  ls.forEach((l, i) => {
    const m = SOURCE_LINE.exec(l.text);
    if (!m) return;
    let first = i;
    while (first - 1 >= 0 && !ls[first - 1]!.blank && ROW.test(ls[first - 1]!.text.trim())) first--;
    if (i - first < 2) return;
    const at = l.start + l.text.indexOf(m[1]!);
    // The source is named before the first ";": what follows is a note on method.
    const semi = m[1]!.search(/;|\.\s/);
    out.push({
      kind: "table",
      rule: "table-source-line",
      start: ls[first]!.start,
      end: ls[i - 1]!.end,
      source: { start: at, end: at + (semi >= 0 ? semi : m[1]!.length) },
    });
  });
  return out;
}
