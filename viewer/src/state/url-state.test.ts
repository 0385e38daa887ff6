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
      datesFrom: "2023-03",
      datesTo: "2024-06",
      showUndated: false,
      disputedOnly: true,
      numbers: "USD",
    };
    expect(parseSharedView(formatSharedView(view))).toEqual(view);
    // Figures of any unit, as opposed to no numbers filter.
    expect(parseSharedView(formatSharedView({ ...view, numbers: "" })).numbers).toBe("");
    expect(parseSharedView(formatSharedView({ ...view, numbers: null })).numbers).toBeNull();
  });

  it("tells 'no document chosen' (all shown) from an empty choice", () => {
    expect(parseSharedView(formatSharedView({ ...emptySharedView, documents: [] })).documents).toEqual([]);
    expect(parseSharedView(formatSharedView(emptySharedView)).documents).toBeNull();
  });

  it("says nothing for the plain overview, and reads an empty hash as it", () => {
    expect(formatSharedView(emptySharedView)).toBe("");
    expect(parseSharedView("")).toEqual(emptySharedView);
  });

  it("keeps 'disputed claims only' as disputed=1, and reads anything else as off", () => {
    expect(formatSharedView({ ...emptySharedView, disputedOnly: true })).toBe("#disputed=1");
    expect(parseSharedView("#disputed=1").disputedOnly).toBe(true);
    expect(parseSharedView("#disputed=0").disputedOnly).toBe(false);
    expect(parseSharedView("#disputed=yes").disputedOnly).toBe(false);
  });

  it("keeps a timeline open at one end, and reads a malformed month as an open end", () => {
    const since = { ...emptySharedView, datesFrom: "2023-03" };
    expect(formatSharedView(since)).toBe("#dates=2023-03..");
    expect(parseSharedView(formatSharedView(since))).toEqual(since);
    expect(parseSharedView("#dates=..2024-01")).toMatchObject({ datesFrom: null, datesTo: "2024-01" });
    expect(parseSharedView("#dates=2023-13..junk")).toMatchObject({ datesFrom: null, datesTo: null });
    expect(parseSharedView("#undated=0")).toMatchObject({ showUndated: false });
  });
});
