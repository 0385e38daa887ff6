// Look-ups over sorted offsets by binary search: extraction asks "what lies in this span?" for
// every claim, and a linear scan each time made long documents quadratic.

const byStart = (item: { start: number }) => item.start;
const itself = (n: number) => n;

/** Index of the first item whose position is >= at, in items sorted by that position. */
export function firstAtOrAfter<T>(items: readonly T[], at: number, position: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (position(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items lying wholly inside [start, end), in order; items sorted by start. */
export function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, start, byStart); i < items.length && items[i]!.start < end; i++)
    if (items[i]!.end <= end) out.push(items[i]!);
  return out;
}

/** The last of the sorted positions before `at`. */
export const lastBefore = (sorted: readonly number[], at: number): number | undefined =>
  sorted[firstAtOrAfter(sorted, at, itself) - 1];

/** How many of the sorted positions lie in [from, to). */
export const countBetween = (sorted: readonly number[], from: number, to: number): number =>
  firstAtOrAfter(sorted, to, itself) - firstAtOrAfter(sorted, from, itself);
