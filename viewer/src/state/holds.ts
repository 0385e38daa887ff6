// Why each node is on the canvas. A node can be held by the overview, by the expansion of another
// node, by a path or by a Cypher result; collapsing an expansion (or replacing a Cypher result)
// removes only the nodes that nothing else still holds. Pure: every update returns a new Holds.

export type Holder = "overview" | "path" | "cypher" | "filter" | `expand:${string}` | `reveal:${string}`;
export type Holds = ReadonlyMap<string, ReadonlySet<Holder>>;

export const emptyHolds: Holds = new Map();

export const expansionOf = (key: string): Holder => `expand:${key}`;

/** Adds `holder` to each of `keys`. */
export function hold(holds: Holds, keys: Iterable<string>, holder: Holder): Holds {
  const next = new Map(holds);
  for (const key of keys) {
    const current = next.get(key);
    if (current?.has(holder)) continue;
    next.set(key, new Set(current).add(holder));
  }
  return next;
}

/**
 * Takes `holder` away from every node. Returns the new holds and the nodes left with no holder, the
 * ones to remove from the canvas, except those in `keep`.
 */
export function release(
  holds: Holds,
  holder: Holder,
  keep: ReadonlySet<string> = new Set(),
): { holds: Holds; orphans: string[] } {
  const next = new Map(holds);
  const orphans: string[] = [];
  for (const [key, holders] of holds) {
    if (!holders.has(holder)) continue;
    const rest = new Set(holders);
    rest.delete(holder);
    next.set(key, rest);
    if (rest.size === 0 && !keep.has(key)) {
      orphans.push(key);
      next.delete(key);
    }
  }
  return { holds: next, orphans };
}

/** Forgets nodes removed from the canvas by other means (Hide). */
export function forget(holds: Holds, keys: Iterable<string>): Holds {
  const next = new Map(holds);
  for (const key of keys) next.delete(key);
  return next;
}
