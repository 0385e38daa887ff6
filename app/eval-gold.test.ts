// The guard: extraction must not fall below its floors on the seeds and on the devset, and our scorer
// must print exactly what the project's yardstick (../shared/eval/score.mjs) prints. The gold lives
// outside the repository, in ../shared; without it these tests skip (a fresh clone has no ../shared).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { WireGraph } from "../graph/wire.ts";
import { writeExport } from "../graph/export/formats.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractor } from "../ingest/extract.ts";
import { evaluateGold } from "./eval-gold.ts";
import { formatScores, summarize, type DocScore } from "./score.ts";

type Floors = {
  entF1: number;
  typed: number;
  /** The most entities the gold has as one that we split into several nodes. */
  maxSplits: number;
  claimF1: number;
  aboutF1: number;
  attrib: number;
};

/**
 * Floors: the figures main reached when this guard was last set (seeds 92.5 / 90.9 / 0 / 79.2 /
 * 85.4 / 96.4, devset 88.7 / 84.8 / 0 / 81.3 / 74.2 / 94.2), less half a point; each is at or above
 * issue 7's target (seeds 0.90 / 0.88 / 0 / 0.78 / 0.80 / 0.90, devset 0.80 / 0.72 / 0 / 0.75 /
 * 0.65 / 0.70). Raise them as extraction improves; never lower them to let a change through.
 */
const SEED_FLOORS: Floors = { entF1: 0.92, typed: 0.904, maxSplits: 0, claimF1: 0.787, aboutF1: 0.849, attrib: 0.959 };
const DEVSET_FLOORS: Floors = {
  entF1: 0.882,
  typed: 0.843,
  maxSplits: 0,
  claimF1: 0.808,
  aboutF1: 0.737,
  attrib: 0.937,
};

const SHARED = "../shared";
const YARDSTICK = join(SHARED, "eval/score.mjs");
const SETS = [
  { set: "seeds", gold: join(SHARED, "seeds/gold"), floors: SEED_FLOORS },
  // The devset's documents sit in devset/docs, beside its gold folder (evaluateGold finds them there).
  { set: "devset", gold: join(SHARED, "devset/gold"), floors: DEVSET_FLOORS },
];

describe.each(SETS)("extraction on the $set gold", ({ gold, floors }) => {
  // Nothing touches the files at collection time: a missing ../shared skips, it does not fail.
  const present = existsSync(gold);
  let rows: DocScore[] = [];
  let graph: WireGraph | undefined;
  beforeAll(async () => {
    if (!present) return;
    ({ rows, graph } = await evaluateGold(gold, createExtractor(readCatalogue("seeds/entities.json"))));
  });

  it.skipIf(!present)("finds every gold document and holds its floors", () => {
    expect(rows.filter((r) => !r.found).map((r) => r.doc)).toEqual([]);
    const total = summarize(rows);
    expect(total.entF1, "entity F1").toBeGreaterThanOrEqual(floors.entF1);
    expect(total.typed, "typed").toBeGreaterThanOrEqual(floors.typed);
    expect(total.splits, "splits").toBeLessThanOrEqual(floors.maxSplits);
    expect(total.claimF1, "claim F1").toBeGreaterThanOrEqual(floors.claimF1);
    expect(total.aboutF1, "about F1").toBeGreaterThanOrEqual(floors.aboutF1);
    expect(total.attrib, "attribution").toBeGreaterThanOrEqual(floors.attrib);
  });

  it.skipIf(!present || !existsSync(YARDSTICK))("prints exactly what score.mjs prints for the same export", () => {
    const file = join(mkdtempSync(join(tmpdir(), "eval-")), "graph.json");
    writeFileSync(file, writeExport(graph!, "json"));
    const theirs = execFileSync("node", [YARDSTICK, "--export", file, "--gold", gold], { encoding: "utf8" }).trim();
    expect(formatScores(rows)).toBe(theirs);
  });
});
