import { describe, expect, it } from "vitest";
import { createStore } from "./store.ts";
import * as s from "./view-state.ts";

describe("view state", () => {
  it("returns the same state when an update changes nothing, so listeners are not called", () => {
    expect(s.select(s.initialState, null)).toBe(s.initialState);
    expect(s.hover(s.initialState, null)).toBe(s.initialState);
    expect(s.setSearchMatches(s.initialState, [])).toBe(s.initialState);
    expect(s.setCategoryHidden(s.initialState, "Claim", false)).toBe(s.initialState);
    expect(s.setDocuments(s.initialState, [])).toBe(s.initialState);
    expect(s.setDisputedOnly(s.initialState, false)).toBe(s.initialState);
    expect(s.setDisputedOnly(s.initialState, true).filters).toMatchObject({ disputedOnly: true, documents: null });
    const store = createStore(s.initialState);
    const seen: (string | null)[] = [];
    store.subscribe((st) => seen.push(st.selected));
    store.update((st) => s.select(st, "e:1"));
    store.update((st) => s.select(st, "e:1"));
    expect(seen).toEqual(["e:1"]);
  });

  it("changing a path end drops the path drawn for the old ends", () => {
    const withPath = s.setEmphasis(s.setPathEnd(s.initialState, "from", "e:1"), {
      reason: "path",
      nodes: new Set(["e:1"]),
      edges: new Set(),
    });
    expect(s.setPathEnd(withPath, "to", "e:2").emphasis).toBeNull();
    expect(s.clearPath(withPath)).toMatchObject({ pathEnds: { from: null, to: null }, emphasis: null });
  });

  it("clearing keeps the filters but forgets the old graph, and says the overview is gone", () => {
    const st = s.markExpanded(s.setCategoryHidden(s.select(s.initialState, "e:1"), "Claim", true), "e:1");
    const cleared = s.cleared(st);
    expect(cleared.filters.hiddenCategories.has("Claim")).toBe(true);
    expect(cleared).toMatchObject({ selected: null, expanded: [], overview: false });
  });
});
