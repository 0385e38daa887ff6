import { describe, expect, it } from "vitest";
import { formatSharedView, parseSharedView } from "./url-state.ts";

describe("shared view in the URL", () => {
  it("round-trips focus, expansions, hidden nodes, the cleared overview and a Cypher query", () => {
    const view = {
      focus: "e:0123456789abcdef",
      expanded: ["e:0123456789abcdef", "c:fedcba9876543210"],
      hidden: ["s:0000000000000001"],
      overview: false,
      cypher: "MATCH (n:Entity {name: 'A & B'}) RETURN n # 100%",
    };
    expect(parseSharedView(formatSharedView(view))).toEqual(view);
  });

  it("says nothing for the plain overview, and reads an empty hash as it", () => {
    const plain = { focus: null, expanded: [], hidden: [], overview: true, cypher: "" };
    expect(formatSharedView(plain)).toBe("");
    expect(parseSharedView("")).toEqual(plain);
  });
});
