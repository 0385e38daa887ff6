// One large document of each shape (bench/large-documents.ts): extraction throughput at 1 MB and
// at 5 MB (equal figures mean extraction is linear in the size of a document), a document at the
// text limit ingested end to end, and a 50 MB one, which ingest must refuse at once by that limit.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestPaths } from "../app/ingest-paths.ts";
import type { Executor } from "../graph/executor.ts";
import { counts, reset } from "../graph/store.ts";
import type { Extractor } from "../ingest/extract.ts";
import { MAX_TEXT_MB, documentFromBytes } from "../ingest/load.ts";
import { EXTENSION, SHAPES, largeDocument, type Shape } from "./large-documents.ts";

const FORMAT = { html: "html", txt: "text", md: "markdown" } as const;
const mbps = (bytes: number, ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2);

async function loadAndExtract(shape: Shape, bytes: number, extract: Extractor) {
  const text = Buffer.from(largeDocument(shape, bytes));
  const format = FORMAT[EXTENSION[shape] as keyof typeof FORMAT];
  const t = performance.now();
  const doc = await documentFromBytes(text, {
    uri: shape,
    location: shape,
    format,
    name: `${shape}.${EXTENSION[shape]}`,
  });
  const claims = extract(doc).claims.length;
  return { ms: performance.now() - t, claims };
}

/** Load and extraction only, no Neo4j: MB/s at 1 MB and at 5 MB for each shape. */
export async function benchExtractionBySize(extract: Extractor): Promise<void> {
  console.log("one large document per shape (made up; load + extraction, one core):");
  for (const shape of SHAPES) {
    const small = await loadAndExtract(shape, 1e6, extract);
    const large = await loadAndExtract(shape, 5e6, extract);
    console.log(
      `  ${shape.padEnd(13)} 1 MB: ${mbps(1e6, small.ms)} MB/s (${small.claims} claims); ` +
        `5 MB: ${mbps(5e6, large.ms)} MB/s (${large.claims} claims); 5 MB took ${(large.ms / small.ms).toFixed(1)}x as long as 1 MB`,
    );
  }
}

/** Through ingest into Neo4j: a document at the text limit, end to end, and one of 50 MB. */
export async function benchIngestBySize(db: Executor, extract: Extractor): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "claimgraph-size-"));
  console.log(`one large document per shape through ingest (text limit ${MAX_TEXT_MB} MB):`);
  try {
    for (const shape of SHAPES) {
      const file = join(dir, `${shape}.${EXTENSION[shape]}`);
      await reset(db);
      writeFileSync(file, largeDocument(shape, 5e6));
      let t = performance.now();
      const atLimit = await ingestPaths(db, [file], extract, { link: false });
      const ms = performance.now() - t;
      const { claims } = await counts(db);
      writeFileSync(file, largeDocument(shape, 50e6));
      t = performance.now();
      const huge = await ingestPaths(db, [file], extract, { link: false });
      const refusedMs = performance.now() - t;
      console.log(
        `  ${shape.padEnd(13)} 5 MB: ${atLimit.skipped.length ? `skipped (${atLimit.skipped[0]!.reason})` : `${mbps(5e6, ms)} MB/s end to end, ${claims} claims`}; ` +
          `50 MB: ${huge.skipped.length ? `refused in ${(refusedMs / 1000).toFixed(1)} s (${huge.skipped[0]!.reason.split(";")[0]})` : `ingested at ${mbps(50e6, refusedMs)} MB/s`}`,
      );
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
