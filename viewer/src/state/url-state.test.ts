import { describe, expect, it } from "vitest";
import { emptySharedView, formatSharedView, parseSharedView } from "./url-state.ts";

describe("shared view in the URL", () => {
  it("round-trips focus, expansions, hidden nodes, the cleared overview, a query, filters and path ends", () => {
    const view = {
      focus: "e:0123456789abcdef",
      expanded: ["e:0123456789abcdef", "c:fedcba9876543210"],
      hidden: ["s:0000000000000001"],
      overview: false,
      cypher: "MATCH (n:Entity {name: 'A & B'}) RETURN n # 100%",
      hiddenTypes: ["Claim", "Place"],
      hiddenRelations: ["MENTIONS"],
      documents: ["s:00000000000000aa"],
      pathFrom: "e:0123456789abcdef",
      pathTo: "e:00000000000000ff",
    };
    expect(parseSharedView(formatSharedView(view))).toEqual(view);
  });

  it("tells 'no document chosen' (all shown) from an empty choice", () => {
    expect(parseSharedView(formatSharedView({ ...emptySharedView, documents: [] })).documents).toEqual([]);
    expect(parseSharedView(formatSharedView(emptySharedView)).documents).toBeNull();
  });

  it("says nothing for the plain overview, and reads an empty hash as it", () => {
    expect(formatSharedView(emptySharedView)).toBe("");
    expect(parseSharedView("")).toEqual(emptySharedView);
  });
});
