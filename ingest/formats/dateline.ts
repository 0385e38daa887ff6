// Publication metadata written into a document's first lines, as news wires, newspapers and blogs
// print it. Only general shapes are read, each anchored to the start of a line near the top so that
// a date in the body never becomes the publication date:
//   - a wire dateline: a place in capitals, an optional date, the agency in parentheses, a dash:
//     "BEIJING, May 3, 2024 (Reuters) -", "WASHINGTON (AP) —" -> publisher (the agency), and the
//     date when it is a full one (a day without a year is not);
//   - a newspaper dateline without an agency, when it carries a full date: "OSLO, 3 May 2024 —";
//   - a line that only says when: "Published: 3 May 2024", "Posted on May 3, 2024 by Jane Roe",
//     "May 3, 2024 9:18 AM GMT+8 · Updated 2 hours ago" (the date a news page prints under its byline);
//   - a byline: "By Jane Roe", "By Jane Roe and Ali Khan | May 3, 2024".
// A date that follows "Updated" or "Modified" is when the text last changed, not when it came out,
// and is not taken.
import type { LoadedText } from "../document.ts";
import { findDate } from "./dates.ts";

export type DatelineMetadata = Partial<Pick<LoadedText, "author" | "publisher" | "publishedAt">>;

/** How many non-empty lines from the top may hold the dateline (title, standfirst, byline, first paragraph). */
const TOP_LINES = 10;

const PLACE = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:[ /]\p{Lu}[\p{Lu}'’.-]+)*`;
/**
 * "BEIJING, May 3, 2024 (Reuters) -": place, what follows its comma (region, date), agency, dash; press
 * releases put the wire between slashes instead: "AUSTIN, Texas, May 3, 2024 /PRNewswire/ --".
 */
const WIRE = new RegExp(
  String.raw`^(${PLACE})(?:,\s*([^()/\n]{1,40}?))?\s*(?:\((\p{Lu}[\p{L}&.'’ -]{0,40}?)\)|/(\p{Lu}[\p{L}&.'’ -]{0,40}?)/)[*_]*\s*(?:[-–—:]|--)`,
  "u",
);
/** "OSLO, 3 May 2024 —": a dateline without an agency; used only when a full date is found in it. */
const PLACE_DATE = new RegExp(String.raw`^(${PLACE}),\s*([^()\n]{6,40}?)\s*(?:[-–—]|--)\s`, "u");

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|del|van|von|der|den|bin|al|la|le)){1,4}`;
const NAMES = String.raw`${NAME}(?:\s*(?:\band\b|&)\s*${NAME})*`;
/** "By Jane Roe" / "By Jane Roe and Ali Khan", then perhaps ", Staff Writer | May 3, 2024". */
const BYLINE = new RegExp(String.raw`^[Bb]y\s+(${NAMES})(?:\s*[,|·•—–-]\s*(.*))?$`, "u");
/** "Published: 3 May 2024", "Posted on ...", "Publication date: ...", "First published ...". */
const WHEN = /^(?:first\s+published|published|posted|publication\s+date|date\s+published)(?:\s+on)?\s*:?\s+(.+)$/i;
const WEEKDAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s*$/i;
/**
 * What may follow the date on a "Published" line: a time and zone, then "by Name". (No "i" flag:
 * with it \p{Lu} would match lower case too, and "by the editors" would pass for a name.)
 */
const AFTER_DATE = new RegExp(
  String.raw`^(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:\p{Lu}{2,5})?(?:[+-]\d{1,2}(?::?\d{2})?)?)?\s*(?:[|,·•—–-]?\s*[Bb]y\s+(${NAMES}))?\s*\.?(?:\s*[|,·•]\s*(?:[Uu]pdated|[Ll]ast updated|[Mm]odified)\b.*)?$`,
  "u",
);

const UPDATED = /\b(?:updated|modified|revised)\b/i;

/** A line without Markdown's emphasis, quote and heading marks. */
const plain = (line: string) =>
  line
    .trim()
    .replace(/^[#>*_\s]+/, "")
    .replace(/[*_\s]+$/, "");

/** The date and author of a "Published ..." line (or of a bare date line), when the line says nothing else. */
function whenLine(rest: string): DatelineMetadata | undefined {
  const date = findDate(rest);
  if (!date) return undefined;
  const before = rest.slice(0, date.at);
  if (before.trim() && !WEEKDAY.test(before)) return undefined;
  const after = AFTER_DATE.exec(rest.slice(date.at + date.length));
  if (!after) return undefined;
  return { publishedAt: date.iso, ...(after[1] ? { author: after[1] } : {}) };
}

function readLine(line: string): DatelineMetadata {
  const wire = WIRE.exec(line);
  if (wire) {
    const date = wire[2] ? findDate(wire[2]) : undefined;
    return { publisher: (wire[3] ?? wire[4])!.trim(), ...(date ? { publishedAt: date.iso } : {}) };
  }
  const placeDate = PLACE_DATE.exec(line);
  if (placeDate) {
    const date = findDate(placeDate[2]!);
    if (date) return { publishedAt: date.iso };
  }
  const when = WHEN.exec(line);
  if (when) return whenLine(when[1]!) ?? {};
  const by = BYLINE.exec(line);
  if (by) {
    const date = by[2] ? findDate(by[2]) : undefined;
    const published = date && !UPDATED.test(by[2]!.slice(0, date.at));
    return { author: by[1]!.replace(/\s+/g, " "), ...(published ? { publishedAt: date.iso } : {}) };
  }
  if (/^\p{L}*,?\s*\p{L}+\.?\s+\d|^\d/u.test(line)) return whenLine(line) ?? {};
  return {};
}

/** Author, publisher and publication date from a text's first lines; each field from the first line giving it. */
export function readDateline(text: string): DatelineMetadata {
  const found: DatelineMetadata = {};
  const lines = text.split("\n").map(plain).filter(Boolean).slice(0, TOP_LINES);
  for (const line of lines) {
    const got = readLine(line);
    for (const key of ["author", "publisher", "publishedAt"] as const)
      if (got[key] && !found[key]) found[key] = got[key];
  }
  return found;
}
