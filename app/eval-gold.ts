// Evaluates extraction on a gold folder: extracts the gold's documents (found beside the gold folder or
// in a sibling docs/ folder, the two layouts the gold checkers expect), merges them like the store
// does, and scores the result.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { batchesToWire } from "../graph/batches-to-wire.ts";
import type { WireGraph } from "../graph/wire.ts";
import type { Extractor } from "../ingest/extract.ts";
import { readDocument } from "../ingest/load.ts";
import { toGraphBatch } from "../ingest/to-batch.ts";
import { GoldFile, scoreDocument, type DocScore } from "./score.ts";

export function readGold(goldDir: string): GoldFile[] {
  const files = readdirSync(goldDir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (files.length === 0) throw new Error(`eval: no gold files (*.json) in ${goldDir}`);
  return files.map((f) => {
    const parsed = GoldFile.safeParse(JSON.parse(readFileSync(join(goldDir, f), "utf8")));
    if (!parsed.success) throw new Error(`eval: ${join(goldDir, f)} is not a gold file: ${parsed.error.message}`);
    return parsed.data;
  });
}

export async function evaluateGold(
  goldDir: string,
  extract: Extractor,
): Promise<{ rows: DocScore[]; graph: WireGraph }> {
  const golds = readGold(goldDir);
  const parent = dirname(goldDir.replace(/\/+$/, ""));
  const batches = [];
  for (const g of golds) {
    const beside = join(parent, g.doc);
    const path = existsSync(beside) ? beside : join(parent, "docs", g.doc);
    const doc = await readDocument(path).catch((e: Error) => {
      throw new Error(`eval: ${path}: ${e.message}`);
    });
    batches.push(toGraphBatch(doc, extract(doc)));
  }
  const graph = batchesToWire(batches);
  return { rows: golds.map((g) => scoreDocument(graph, g)), graph };
}
