import { describe, expect, it } from "vitest";
import { paragraphs, sentences } from "./segment.ts";

describe("sentences", () => {
  it("keeps exact offsets into the original text", () => {
    const text = "  First one here. Second one!\n\nThird line without a stop\n";
    const got = sentences(text);
    expect(got.map((s) => s.text)).toEqual(["First one here.", "Second one!", "Third line without a stop"]);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(got.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("treats each line as its own paragraph, unless it continues a hard-wrapped sentence", () => {
    const text = "First line\nSecond line.\nthird starts small\nA wrapped line\n  that goes on.\n\n c ";
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      "First line",
      "Second line.",
      "third starts small",
      "A wrapped line\n  that goes on.",
      "c",
    ]);
  });
});
