import { describe, expect, it } from "vitest";
import { createStore, hover, initialState, select, setSearchMatches } from "./state.ts";

describe("view state", () => {
  it("returns the same state when an update changes nothing, so listeners are not called", () => {
    expect(select(initialState, null)).toBe(initialState);
    expect(hover(initialState, null)).toBe(initialState);
    expect(setSearchMatches(initialState, [])).toBe(initialState);
    const store = createStore(initialState);
    const seen: (string | null)[] = [];
    store.subscribe((s) => seen.push(s.selected));
    store.update((s) => select(s, "e:1"));
    store.update((s) => select(s, "e:1"));
    expect(seen).toEqual(["e:1"]);
  });
});
