import { describe, expect, it } from "vitest";
import type { LinkedClaim } from "../../../../graph/api-contract.ts";
import { alsoStatedBy, disputedBy, sources } from "./link-counts.ts";

const claim = (key: string, ...sourceIds: string[]): LinkedClaim => ({
  key,
  text: key,
  quantities: [],
  why: "",
  statements: sourceIds.map((sourceId, i) => ({
    sourceId,
    sourceTitle: sourceId,
    sourceUri: `${sourceId}.txt`,
    start: i,
    end: i + 1,
    quote: key,
  })),
});

describe("alsoStatedBy", () => {
  it("counts the other documents stating the claim or a corroborating one, each once", () => {
    expect(alsoStatedBy(["s:a"], [])).toBe(0);
    expect(alsoStatedBy(["s:a", "s:b"], [])).toBe(1);
    expect(alsoStatedBy(["s:a"], [claim("c:1", "s:b"), claim("c:2", "s:c")])).toBe(2);
    // s:b states two corroborating claims: one source. s:a states one of them too: nothing more.
    expect(alsoStatedBy(["s:a"], [claim("c:1", "s:b", "s:a"), claim("c:2", "s:b")])).toBe(1);
  });

  it("takes nothing off for a claim without a source of its own", () => {
    expect(alsoStatedBy([], [claim("c:1", "s:b")])).toBe(1);
  });
});

describe("disputedBy", () => {
  it("counts the distinct documents stating a contradicting claim, even one that states this claim too", () => {
    expect(disputedBy([])).toBe(0);
    expect(disputedBy([claim("c:1", "s:b"), claim("c:2", "s:b", "s:a")])).toBe(2);
    expect(sources(1)).toBe("1 source");
    expect(sources(2)).toBe("2 sources");
  });
});
