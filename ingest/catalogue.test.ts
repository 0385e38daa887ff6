import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalogue } from "./catalogue.ts";

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
