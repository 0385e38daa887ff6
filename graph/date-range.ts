// Date ranges over claims' publication dates (Claim.publishedAt, YYYY-MM-DD): what `export --since
// --until` takes. A bound may be a year, a month or a day; "since" starts and "until" ends it, so
// --since 2023 --until 2023-06 means 2023-01-01 to 2023-06-30, both ends included.

export type DateRange = { since: string; until: string };

const BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** One bound as YYYY-MM-DD, or an error that names the option and the forms it takes. */
export function parseDateBound(value: string, side: "since" | "until"): string {
  const m = BOUND.exec(value.trim());
  const year = Number(m?.[1]);
  const month = m?.[2] === undefined ? undefined : Number(m[2]);
  const day = m?.[3] === undefined ? undefined : Number(m[3]);
  const valid =
    m !== null &&
    (month === undefined || (month >= 1 && month <= 12)) &&
    (day === undefined || (day >= 1 && day <= daysIn(year, month!)));
  if (!valid)
    throw new Error(
      `export: --${side} "${value}" is not a date; give YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2023-03-31, 2023-03, 2023)`,
    );
  const lastMonth = month ?? (side === "since" ? 1 : 12);
  const lastDay = day ?? (side === "since" ? 1 : daysIn(year, lastMonth));
  return `${pad(year, 4)}-${pad(lastMonth)}-${pad(lastDay)}`;
}

/** The range the two options give; either may be left out for an open end. Undefined when both are. */
export function parseDateRange(since?: string, until?: string): DateRange | undefined {
  if (since === undefined && until === undefined) return undefined;
  const range = {
    since: since === undefined ? "0000-01-01" : parseDateBound(since, "since"),
    until: until === undefined ? "9999-12-31" : parseDateBound(until, "until"),
  };
  if (range.since > range.until)
    throw new Error(`export: --since ${since} is after --until ${until}; the range would be empty`);
  return range;
}

/** Whether a claim's date (YYYY-MM-DD, or an ISO date-time) lies in the range; undated claims never do. */
export const inDateRange = (date: string | undefined, range: DateRange): boolean =>
  date !== undefined && date.slice(0, 10) >= range.since && date.slice(0, 10) <= range.until;
