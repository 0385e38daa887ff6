// The seeds' figures must not fall, and our scorer must agree with the project's yardstick.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeExport } from "../graph/export/formats.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractor } from "../ingest/extract.ts";
import { evaluateGold } from "./eval-gold.ts";
import { formatScores, summarize } from "./score.ts";

const GOLD = "../shared/seeds/gold";
const YARDSTICK = "../shared/eval/score.mjs";

describe.skipIf(!existsSync(GOLD))("extraction on the seeds' gold", async () => {
  const { rows, graph } = await evaluateGold(GOLD, createExtractor(readCatalogue("seeds/entities.json")));
  const total = summarize(rows);

  it("meets the issue's claim target and keeps its other figures (less a small margin)", () => {
    expect(rows.every((r) => r.found)).toBe(true);
    expect(total.entF1).toBeGreaterThanOrEqual(0.92);
    expect(total.typed).toBeGreaterThanOrEqual(0.88);
    expect(total.splits).toBe(0);
    expect(total.claimF1).toBeGreaterThanOrEqual(0.8);
    expect(total.aboutF1).toBeGreaterThanOrEqual(0.8);
    expect(total.attrib).toBeGreaterThanOrEqual(0.93);
  });

  it.skipIf(!existsSync(YARDSTICK))("prints exactly what score.mjs prints for the same export", () => {
    const file = join(mkdtempSync(join(tmpdir(), "eval-")), "graph.json");
    writeFileSync(file, writeExport(graph, "json"));
    const theirs = execFileSync("node", [YARDSTICK, "--export", file, "--gold", GOLD], { encoding: "utf8" }).trim();
    expect(formatScores(rows)).toBe(theirs);
  });
});
