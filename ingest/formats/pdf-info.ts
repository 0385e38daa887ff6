// The PDF info dictionary's values made usable: its date format as ISO 8601, and titles that are
// really titles (producers often write a file name or "Untitled" there).

/**
 * "D:20240503", "D:20240503142500Z", "D:20240503142500+02'00'" -> "2024-05-03" or
 * "2024-05-03T14:25:00+02:00". Month and day default to January and the first, as the PDF
 * specification says; an impossible date gives undefined.
 */
export function pdfDate(value: string | undefined): string | undefined {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(?:(\d{2})(\d{2})?(\d{2})?)?\s*(Z|[+-]\d{2}(?:'?\d{2}'?)?)?/.exec(
    value?.trim() ?? "",
  );
  if (!m) return undefined;
  const [, year, month = "01", day = "01", hour, minute = "00", second = "00", zone] = m;
  const date = `${year}-${month}-${day}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date || Number(year) < 1900)
    return undefined;
  if (hour === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return date;
  const offset = !zone
    ? ""
    : zone === "Z"
      ? "Z"
      : `${zone.slice(0, 3)}:${zone.slice(3).replace(/'/g, "").padEnd(2, "0")}`;
  return `${date}T${hour}:${minute}:${second}${offset}`;
}

/** Not a title: empty, "Untitled", a file name, or Word's "Microsoft Word - draft.docx". */
export function plausibleTitle(title: string): boolean {
  const t = title.trim();
  return (
    t.length > 1 &&
    t.length <= 300 &&
    !/^(?:untitled|document\d*|title)$/i.test(t) &&
    !/^microsoft (?:word|powerpoint|excel)\b/i.test(t) &&
    !/\.(?:docx?|pdf|odt|rtf|tex|dvi|indd|pptx?|xlsx?|txt)$/i.test(t)
  );
}
