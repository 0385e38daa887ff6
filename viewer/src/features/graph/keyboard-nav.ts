// Moving through the graph without a mouse: which neighbour an arrow key goes to. Pure, on screen
// positions, so that "right" means what the person sees to the right.

export type Arrow = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

export interface ScreenNode {
  key: string;
  x: number;
  y: number;
}

/** Screen directions: y grows downwards. */
const DIRECTIONS: Record<Arrow, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

export const isArrow = (key: string): key is Arrow => key in DIRECTIONS;

/**
 * The neighbour an arrow leads to: among those within 60° of the arrow's direction, the one that is
 * nearest once the angle is counted against it (a neighbour straight ahead beats a closer one off to
 * the side); failing any, the one most in that direction. Undefined without neighbours.
 */
export function neighbourTowards(
  from: ScreenNode,
  neighbours: readonly ScreenNode[],
  arrow: Arrow,
): string | undefined {
  const dir = DIRECTIONS[arrow];
  let best: { key: string; score: number } | undefined;
  let fallback: { key: string; along: number } | undefined;
  for (const n of neighbours) {
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const distance = Math.hypot(dx, dy) || 1e-9;
    const cos = (dx * dir.x + dy * dir.y) / distance;
    if (fallback === undefined || cos > fallback.along) fallback = { key: n.key, along: cos };
    if (cos < 0.5) continue; // outside 60° either side
    const score = distance * (2 - cos);
    if (best === undefined || score < best.score) best = { key: n.key, score };
  }
  return best?.key ?? fallback?.key;
}
