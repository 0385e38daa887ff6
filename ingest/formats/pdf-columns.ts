// Two-column pages: where the gutter between the columns is, so that each column is read top to
// bottom before the next instead of line by line across both.

/** What the gutter search needs of a run: where it starts and how wide it is. */
type Span = { x: number; width: number };

/** Gutter positions are tried this far apart, in points. */
const STEP = 2;

/**
 * The x of a gutter: the widest vertical strip in the middle of the text (from 30% to 70% of its
 * width) that the fewest runs cross, provided that at most one run in ten crosses it (a heading or
 * a running head across both columns) and that it is at least 6 points wide. Single-column prose
 * has no such strip: its lines run across the middle, and the gaps between words do not line up.
 * The caller still checks that both sides hold prose side by side (see pageLines).
 */
export function findGutter(runs: readonly Span[]): number | undefined {
  if (runs.length < 12) return undefined;
  const left = Math.min(...runs.map((r) => r.x));
  const right = Math.max(...runs.map((r) => r.x + r.width));
  const span = right - left;
  if (span <= 0) return undefined;
  const crossings: Array<{ x: number; count: number }> = [];
  for (let x = left + 0.3 * span; x <= left + 0.7 * span; x += STEP)
    crossings.push({ x, count: runs.filter((r) => r.x < x && r.x + r.width > x).length });
  const fewest = Math.min(...crossings.map((c) => c.count));
  if (fewest > runs.length / 10) return undefined;
  // The longest stretch of positions crossed by that fewest number of runs; its middle is the gutter.
  let best: { from: number; to: number } | undefined;
  let from = -1;
  crossings.forEach((c, i) => {
    if (c.count === fewest && from < 0) from = i;
    const ends = c.count !== fewest || i === crossings.length - 1;
    if (from >= 0 && ends) {
      const to = c.count === fewest ? i : i - 1;
      if (!best || to - from > best.to - best.from) best = { from, to };
      from = -1;
    }
  });
  if (!best || (best.to - best.from) * STEP < 6) return undefined;
  return (crossings[best.from]!.x + crossings[best.to]!.x) / 2;
}
