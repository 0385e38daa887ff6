import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueMatcher, readCatalogue } from "./catalogue.ts";

const entries = [
  { name: "Acme Robotics", type: "Organization" as const, aliases: ["Acme", "AR"] },
  { name: "Zürich", type: "Place" as const, aliases: [] },
];

describe("catalogueMatcher", () => {
  const match = catalogueMatcher(entries);

  it("finds names and aliases on word boundaries, longest first", () => {
    const text = "Acme Robotics (AR) said Acme's lab in Zürich grew; ARM and Acmeville did not.";
    const got = match(text).map((m) => [m.surface, m.entry.name, text.slice(m.start, m.end)]);
    expect(got).toEqual([
      ["Acme Robotics", "Acme Robotics", "Acme Robotics"],
      ["AR", "Acme Robotics", "AR"],
      ["Acme", "Acme Robotics", "Acme"],
      ["Zürich", "Zürich", "Zürich"],
    ]);
  });

  it("is case-sensitive so acronyms do not match ordinary words", () => {
    expect(match("the ar in car and acme")).toEqual([]);
  });
});

describe("readCatalogue", () => {
  it("names the file and the problem when an entry is invalid", () => {
    const dir = mkdtempSync(join(tmpdir(), "cat-"));
    const path = join(dir, "bad.json");
    writeFileSync(path, JSON.stringify({ entities: [{ name: "X", type: "Planet" }] }));
    expect(() => readCatalogue(path)).toThrow(/bad\.json is not a valid catalogue/);
  });

  it("reads the seed catalogue", () => {
    const names = readCatalogue("seeds/entities.json").map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Chinese Academy of Sciences", "DeepSeek", "BYD"]));
  });
});
