import { describe, expect, it } from "vitest";
import { emptyHolds, expansionOf, forget, hold, release } from "./holds.ts";

describe("holds", () => {
  it("collapsing an expansion removes only the nodes nothing else holds", () => {
    let holds = hold(emptyHolds, ["a", "b"], "overview");
    holds = hold(holds, ["a", "c", "d"], expansionOf("a"));
    holds = hold(holds, ["d", "e"], expansionOf("e"));
    const { holds: after, orphans } = release(holds, expansionOf("a"), new Set(["a"]));
    expect(orphans).toEqual(["c"]);
    expect([...after.keys()].sort()).toEqual(["a", "b", "d", "e"]);
    expect(after.get("a")).toEqual(new Set(["overview"]));
  });

  it("keeps protected nodes even when nothing holds them, and is pure", () => {
    const holds = hold(emptyHolds, ["x"], "cypher");
    const { orphans } = release(holds, "cypher", new Set(["x"]));
    expect(orphans).toEqual([]);
    expect(holds.get("x")).toEqual(new Set(["cypher"]));
    expect(forget(holds, ["x"]).has("x")).toBe(false);
    expect(holds.has("x")).toBe(true);
  });
});
