// The candidates of a claim for linking, found in memory: an inverted index from link keys
// (keys.ts: entity tokens and terms) to claims, held for one ingest run or one `link --all`.
// A stored claim is a candidate when it shares an entity with the claim and either two terms (one
// when it shares two entities), or a unit or the ranking token (compare.ts needs no less to link
// them); candidates are ranked by
// how rare the terms they share are (inverse document frequency), so a claim about a hub entity
// ("United States" in every speech) meets the claims that say what it says, not all of that
// entity's claims. Searching costs the postings of the claim's terms, not the size of the graph.

/**
 * Claims live in numbered slots so that scoring a search runs over typed arrays, not maps: a hub
 * term's postings hold thousands of claims. Replacing a claim retires its slot (its postings are
 * skipped from then on) and gives it a new one.
 */
/** A term more claims carry than this share of the index, and at least HUB_MIN, is common. */
const HUB_SHARE = 0.01;
const HUB_MIN = 100;

export class LinkIndex {
  private readonly slotOf = new Map<string, number>();
  private ids: string[] = [];
  /** Each slot's entities as numbers (entityNumber), so the check of a found claim is array reads. */
  private entities: Int32Array[] = [];
  private readonly entityNumber = new Map<string, number>();
  /** Marks the entities of the claim being searched for, by number. */
  private wanted = new Uint8Array(1024);
  private live: boolean[] = [];
  private readonly postings = new Map<string, number[]>();
  private weight = new Float64Array(1024);
  private shared = new Uint16Array(1024);
  private strong = new Uint8Array(1024);

  get size() {
    return this.slotOf.size;
  }

  has(id: string) {
    return this.slotOf.has(id);
  }

  /** Adds a claim, or replaces what the index held of it. */
  add(id: string, entities: string[], terms: string[]) {
    this.remove(id);
    const slot = this.ids.length;
    this.ids.push(id);
    this.entities.push(Int32Array.from(entities, (e) => this.numberOf(e)));
    this.live.push(true);
    this.slotOf.set(id, slot);
    for (const t of terms) {
      const list = this.postings.get(t);
      if (list) list.push(slot);
      else this.postings.set(t, [slot]);
    }
    if (slot >= this.weight.length) {
      const grow = <T extends Float64Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T) => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.weight = grow(this.weight, (n) => new Float64Array(n));
      this.shared = grow(this.shared, (n) => new Uint16Array(n));
      this.strong = grow(this.strong, (n) => new Uint8Array(n));
    }
  }

  private numberOf(entity: string): number {
    let n = this.entityNumber.get(entity);
    if (n === undefined) {
      n = this.entityNumber.size;
      this.entityNumber.set(entity, n);
      if (n >= this.wanted.length) {
        const grown = new Uint8Array(this.wanted.length * 2);
        grown.set(this.wanted);
        this.wanted = grown;
      }
    }
    return n;
  }

  remove(id: string) {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.live[slot] = false;
    this.slotOf.delete(id);
  }

  /** Whether at least `needed` of a claim's entities are marked wanted; most claims a term finds share none. */
  private sharesEntities(slot: number, needed: number): boolean {
    let found = 0;
    for (const e of this.entities[slot]!) if (this.wanted[e] && ++found >= needed) return true;
    return false;
  }

  /**
   * Up to `limit` claims that share an entity with the given one and may link with it, best first.
   * `exclude`: claims never to return (the document's own).
   */
  candidates(entities: string[], terms: string[], limit: number, exclude: ReadonlySet<string>): string[] {
    // Only entities some stored claim has can be shared.
    const wanted = entities.flatMap((e) => this.entityNumber.get(e) ?? []);
    if (!wanted.length || !terms.length) return [];
    const n = this.slotOf.size;
    // Rarest terms first; a term most claims carry ("people", a currency, a hub entity's verb)
    // only adds weight to claims a rarer term found, instead of making each of them a candidate.
    const hub = Math.max(HUB_MIN, n * HUB_SHARE);
    const lists = terms
      .map((t) => ({ t, list: this.postings.get(t) }))
      .filter((x): x is { t: string; list: number[] } => x.list !== undefined)
      .sort((a, b) => a.list.length - b.list.length);
    const touched: number[] = [];
    const count = (slot: number, w: number, isStrong: number) => {
      this.shared[slot] = this.shared[slot]! + 1;
      this.weight[slot] = this.weight[slot]! + w;
      this.strong[slot] = this.strong[slot]! | isStrong;
    };
    for (const { t, list } of lists) {
      // A unit or ranking shared is enough to compare figures or ranks.
      const isStrong = t.startsWith("w") ? 0 : 1;
      const w = Math.log(1 + n / list.length);
      if (list.length <= hub) {
        for (const slot of list) {
          if (this.shared[slot] === 0) touched.push(slot);
          count(slot, w, isStrong);
        }
      } else if (touched.length * Math.log2(list.length) < list.length) {
        // A common term only weighs claims already found: looking each of those up in its postings
        // (ascending, as slots are handed out in order) costs less than reading thousands of them.
        for (const slot of touched) if (includesSorted(list, slot)) count(slot, w, isStrong);
      } else for (const slot of list) if (this.shared[slot] !== 0) count(slot, w, isStrong);
    }
    for (const e of wanted) this.wanted[e] = 1;
    // The best `limit`, kept sorted as they come: far fewer than the claims touched.
    const best: number[] = [];
    const before = (a: number, b: number) =>
      this.weight[a]! > this.weight[b]! || (this.weight[a] === this.weight[b] && a < b);
    for (const slot of touched) {
      if (!this.live[slot]) continue;
      if (best.length === limit && !before(slot, best[limit - 1]!)) continue;
      // An entity in common, and two words, or one between two shared entities ("X acquired Y").
      const needed = this.strong[slot] || this.shared[slot]! >= 2 ? 1 : 2;
      if (!this.sharesEntities(slot, needed)) continue;
      if (exclude.has(this.ids[slot]!)) continue;
      let at = best.length;
      while (at > 0 && before(slot, best[at - 1]!)) at--;
      best.splice(at, 0, slot);
      if (best.length > limit) best.pop();
    }
    const out = best.map((slot) => this.ids[slot]!);
    for (const e of wanted) this.wanted[e] = 0;
    for (const slot of touched) {
      this.shared[slot] = 0;
      this.weight[slot] = 0;
      this.strong[slot] = 0;
    }
    return out;
  }
}

/** Whether an ascending list holds a value (binary search). */
function includesSorted(list: number[], value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
