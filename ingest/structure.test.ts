import { describe, expect, it } from "vitest";
import { analyzeStructure } from "./structure.ts";

const saysSection = (filler: string) =>
  [`${filler}Body text of the post.`, "", "Lena Holt says:", "", "    Sweden cut emissions by 30%.", ""].join("\n");

describe("analyzeStructure", () => {
  it("finds 'Name says:' comments in every document, whatever was read before", () => {
    const long = analyzeStructure(saysSection("x".repeat(500) + "\n"));
    const short = analyzeStructure(saysSection(""));
    for (const s of [long, short])
      expect(s.regions.filter((r) => r.kind === "comment").map((r) => r.speaker?.name)).toEqual(["Lena Holt"]);
  });
});
