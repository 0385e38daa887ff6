// Publication dates as pages and datelines write them -> ISO 8601. A date alone stays a date
// ("2024-05-03"): inventing midnight would claim a precision the source never gave, and converting a
// time to UTC could move it to another day, so a time keeps the offset it was written with.
// Anything that is not a real calendar date (2024-02-30, "n/a", a year alone) is dropped.

const MONTHS = "january february march april may june july august september october november december".split(" ");

/** "May", "Sept.", "september" -> 1-12. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  // The full name or an abbreviation of at least three letters ("Sept"), never a word that merely
  // starts like one ("Marching").
  const i = w.length >= 3 ? MONTHS.findIndex((name) => name.startsWith(w)) : -1;
  return i >= 0 ? i + 1 : undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** YYYY-MM-DD when year, month and day make a real calendar date, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A month name and day with a year, either order: "May 3, 2024", "3 May 2024", "Sept. 3rd 2024". */
export const WRITTEN_DATE =
  /(?:([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9}\.?),?\s+(\d{4}))/;

function writtenDate(m: RegExpMatchArray): string | undefined {
  const [month, day, year] = m[1] ? [m[1], m[2], m[3]] : [m[5], m[4], m[6]];
  const n = monthNumber(month!);
  return n ? isoDate(Number(year), n, Number(day)) : undefined;
}

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** The ISO form of a date or date-time as meta tags, JSON-LD and <time> write it; undefined if none. */
export function normaliseDate(raw: string | undefined): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  const iso = ISO.exec(s.replace(/\//g, "-"));
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    const date = isoDate(Number(y), Number(mo), Number(d));
    if (!date || h === undefined) return date;
    if (Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 59) return date;
    const offset = !zone ? "" : /^z$/i.test(zone) ? "Z" : zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
    return `${date}T${h}:${mi}:${sec ?? "00"}${frac ?? ""}${offset}`;
  }
  // "May 3, 2024" and "3 May 2024", with or without a weekday or a time after: the date is what counts.
  return firstWrittenDate(s)?.iso;
}

/** The first month-name date in text whose month word really is a month ("Issue 3, 2024" is not). */
function firstWrittenDate(text: string): { iso: string; at: number; length: number } | undefined {
  for (const m of text.matchAll(new RegExp(WRITTEN_DATE.source, "g"))) {
    const iso = writtenDate(m);
    if (iso) return { iso, at: m.index, length: m[0].length };
  }
  return undefined;
}

/** The first written or ISO date in a piece of text ("Posted on May 3, 2024 by ..."), as ISO. */
export function findDate(text: string): { iso: string; at: number; length: number } | undefined {
  const written = firstWrittenDate(text);
  const m = text.match(/\b\d{4}-\d{2}-\d{2}\b/);
  const numeric = m && normaliseDate(m[0]);
  const found = [written, numeric ? { iso: numeric, at: m.index!, length: m[0].length } : undefined].filter(
    (d): d is NonNullable<typeof d> => !!d,
  );
  return found.sort((a, b) => a.at - b.at)[0];
}
