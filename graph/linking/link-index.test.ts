// The link index on claims written here: what makes a stored claim a candidate, in what order, and
// that a replaced or excluded claim is never returned.
import { describe, expect, it } from "vitest";
import { LinkIndex } from "./link-index.ts";

describe("LinkIndex", () => {
  it("returns claims sharing an entity and two words, or a unit, best (rarest words) first", () => {
    const index = new LinkIndex();
    index.add("c1", ["eA"], ["wrevenue", "wrise", "wquarter"]);
    index.add("c2", ["eA"], ["wrevenue", "wplant"]);
    index.add("c3", ["eB"], ["wrevenue", "wrise", "wquarter"]);
    index.add("c4", ["eA"], ["wrevenue"]);
    index.add("c5", ["eA"], ["uusd"]);
    index.add("c6", ["eA"], ["wrise", "wquarter", "wport"]);
    const got = index.candidates(["eA"], ["wrevenue", "wrise", "wquarter", "uusd"], 10, new Set());
    // c3 is about another entity; c2 and c4 share one word only.
    expect(got).toEqual(["c1", "c6", "c5"]);
    expect(index.candidates(["eA"], ["wrevenue", "wrise", "wquarter", "uusd"], 1, new Set())).toEqual(["c1"]);
  });

  it("never returns an excluded or replaced claim under its old keys", () => {
    const index = new LinkIndex();
    index.add("c1", ["eA"], ["wrevenue", "wrise"]);
    index.add("c2", ["eA"], ["wrevenue", "wrise"]);
    expect(index.candidates(["eA"], ["wrevenue", "wrise"], 10, new Set(["c2"]))).toEqual(["c1"]);
    index.add("c1", ["eA"], ["wplant", "wclose"]);
    expect(index.candidates(["eA"], ["wrevenue", "wrise"], 10, new Set())).toEqual(["c2"]);
    expect(index.candidates(["eA"], ["wplant", "wclose"], 10, new Set())).toEqual(["c1"]);
    expect(index.size).toBe(2);
  });

  it("lets a term most claims carry add weight but not make candidates", () => {
    const index = new LinkIndex();
    for (let i = 0; i < 300; i++) index.add(`filler${i}`, ["eA"], ["wpeople", "wgovern"]);
    index.add("match", ["eA"], ["wpeople", "wgovern", "wtariff"]);
    index.add("other", ["eA"], ["wpeople", "wtariff", "wcotton"]);
    expect(index.candidates(["eA"], ["wpeople", "wgovern", "wtariff", "wwool"], 10, new Set())).toEqual([
      "match",
      "other",
    ]);
  });
});
