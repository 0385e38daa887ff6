// The timeline filter's pure part: claims counted per publication month, the months a range keeps,
// and how a range reads. A claim's date is Claim.publishedAt (the earliest date among its sources,
// YYYY-MM-DD); the timeline works in months ("2023-03"), which is the histogram's resolution.

/**
 * The months whose claims are shown, both ends included. A null end is open: the range was not
 * narrowed on that side, so claims that come in later (by expanding) beyond it show too.
 */
export interface TimeRange {
  readonly from: string | null;
  readonly to: string | null;
  /** Whether claims without a date stay visible. */
  readonly showUndated: boolean;
}

export const allTime: TimeRange = { from: null, to: null, showUndated: true };

/** The database's claims per month (GET /api/timeline), months without claims left out. */
export interface DatabaseTimeline {
  readonly months: ReadonlyArray<{ readonly month: string; readonly claims: number }>;
  readonly undated: number;
}

export interface Histogram {
  /**
   * Every month from the first to the last claim's, empty months included: the claims on the
   * canvas, and those in the whole database when it is known.
   */
  readonly months: readonly string[];
  /** Claims on the canvas per month, aligned with `months`. */
  readonly counts: readonly number[];
  readonly undated: number;
  /** All claims on the canvas, dated or not. */
  readonly total: number;
  /** The whole database's claims per month, aligned with `months`, when known. */
  readonly database: { readonly counts: readonly number[]; readonly undated: number; readonly total: number } | null;
}

const MONTH = /^(\d{4})-(\d{2})$/;

export const isMonth = (value: string): boolean =>
  MONTH.test(value) && Number(value.slice(5)) >= 1 && Number(value.slice(5)) <= 12;

/** "2023-03" from "2023-03-10" or "2023-03-10T09:00:00Z"; null when the date is missing or not ISO. */
export function monthOf(date: string | undefined): string | null {
  const month = date?.slice(0, 7);
  return month !== undefined && isMonth(month) ? month : null;
}

/** The month after `month` ("2023-12" -> "2024-01"). */
function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5));
  return m === 12
    ? `${String(year + 1).padStart(4, "0")}-01`
    : `${month.slice(0, 4)}-${String(m + 1).padStart(2, "0")}`;
}

/** Every month from `first` to `last`, both included. */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m);
  return months;
}

/**
 * Claims per month over the claim dates on the canvas (one entry per claim, undefined for an undated
 * one), over the months of the database's claims too when `database` is given.
 */
export function claimHistogram(
  dates: Iterable<string | undefined>,
  database: DatabaseTimeline | null = null,
): Histogram {
  const perMonth = new Map<string, number>();
  let undated = 0;
  let total = 0;
  for (const date of dates) {
    total++;
    const month = monthOf(date);
    if (month === null) undated++;
    else perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  const inDatabase = new Map((database?.months ?? []).filter((m) => isMonth(m.month)).map((m) => [m.month, m.claims]));
  const known = [...perMonth.keys(), ...inDatabase.keys()].sort();
  const months = known.length === 0 ? [] : monthsFrom(known[0]!, known.at(-1)!);
  const databaseCounts = months.map((m) => inDatabase.get(m) ?? 0);
  return {
    months,
    counts: months.map((m) => perMonth.get(m) ?? 0),
    undated,
    total,
    database: database && {
      counts: databaseCounts,
      undated: database.undated,
      total: databaseCounts.reduce((n, c) => n + c, database.undated),
    },
  };
}

export const isNarrowed = (range: TimeRange): boolean => range.from !== null || range.to !== null || !range.showUndated;

/** Whether a claim with this date is shown under the range. */
export function keepsClaim(range: TimeRange, date: string | undefined): boolean {
  const month = monthOf(date);
  if (month === null) return range.showUndated;
  return (range.from === null || month >= range.from) && (range.to === null || month <= range.to);
}

/** Where the From and To handles sit, as indices into the histogram's months. */
export function handlePositions(range: TimeRange, months: readonly string[]): { from: number; to: number } {
  const last = Math.max(months.length - 1, 0);
  const from = range.from === null ? 0 : months.findIndex((m) => m >= range.from!);
  let to = last;
  if (range.to !== null) {
    to = -1;
    for (let i = months.length - 1; i >= 0; i--)
      if (months[i]! <= range.to) {
        to = i;
        break;
      }
  }
  // A bound beyond the loaded months pins its handle to the nearest end.
  return { from: from < 0 ? last : from, to: Math.max(to, 0) };
}

/**
 * The range the handles select. A handle at either end of the months leaves that side open, so
 * "from the first month" keeps meaning the first, also when later claims reach further back.
 */
export function rangeFromHandles(months: readonly string[], from: number, to: number, showUndated: boolean): TimeRange {
  const last = months.length - 1;
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  return {
    from: lo <= 0 ? null : months[lo]!,
    to: hi >= last ? null : months[hi]!,
    showUndated,
  };
}

const MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

/** "Mar 2023" from "2023-03". */
export const formatMonth = (month: string): string => `${MONTH_NAMES[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;

/** How many claims the range keeps, of all the histogram counts. */
export function keptCount(range: TimeRange, histogram: Histogram): number {
  let kept = range.showUndated ? histogram.undated : 0;
  histogram.months.forEach((month, i) => {
    if (keepsClaim(range, `${month}-01`)) kept += histogram.counts[i]!;
  });
  return kept;
}

/** "Mar 2023 – Jun 2024, 42 of 60 claims". */
export function describeRange(range: TimeRange, histogram: Histogram): string {
  const of = `${keptCount(range, histogram)} of ${histogram.total} claim${histogram.total === 1 ? "" : "s"}`;
  if (histogram.months.length === 0)
    return histogram.total === 0 ? "No claims on the canvas." : `No dated claims on the canvas; ${of} shown.`;
  const first = formatMonth(range.from ?? histogram.months[0]!);
  const last = formatMonth(range.to ?? histogram.months.at(-1)!);
  return `${first === last ? first : `${first} – ${last}`}, ${of}`;
}

export const sameRange = (a: TimeRange, b: TimeRange): boolean =>
  a.from === b.from && a.to === b.to && a.showUndated === b.showUndated;
