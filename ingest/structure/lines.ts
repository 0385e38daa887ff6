// Lines of a page with their offsets and indentation: the unit every shape detector reads.
import type { Span } from "../segment.ts";

export type Line = Span & { text: string; indent: number; blank: boolean };

/** Every line of the text, once; detectors share this list instead of rescanning the text. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const t = text.slice(start, end);
    const indent = t.length - t.trimStart().length;
    out.push({ start, end, text: t, indent, blank: t.trim() === "" });
    if (end === text.length) break;
    start = end + 1;
  }
  return out;
}

/** The first line in [from, to) whose text matches, or `to`: where a comment or a turn stops early. */
export function firstMatchingLine(ls: Line[], from: number, to: number, re: RegExp): number {
  for (let i = from; i < to; i++) if (re.test(ls[i]!.text)) return i;
  return to;
}

/** The span of a line without its indentation and trailing spaces. */
export const trimmed = (l: Line): Span => ({ start: l.start + l.indent, end: l.start + l.text.trimEnd().length });

/** "MARA OKONJO" -> "Mara Okonjo": a name set in capitals, as it would be written in running text. */
export function titleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
