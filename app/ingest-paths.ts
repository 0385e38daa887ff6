// Files and folders -> Neo4j, one document (one transaction) at a time. A broken file is reported
// by name and skipped; a failed write rolls back that document only.
import type { Executor } from "../graph/executor.ts";
import { contentHash, sourceId } from "../graph/ids.ts";
import { storedContentHash, upsertBatch, type UpsertResult } from "../graph/store.ts";
import type { Extractor } from "../ingest/extract.ts";
import { listDocumentFiles, readDocument, type LoadFailure } from "../ingest/load.ts";
import { toGraphBatch } from "../ingest/to-batch.ts";

export type IngestSummary = {
  documents: { path: string; result: UpsertResult }[];
  skipped: LoadFailure[];
  seconds: number;
};

export type IngestProgress = { done: number; total: number; path: string };

export async function ingestPaths(
  db: Executor,
  paths: string[],
  extract: Extractor,
  opts: { force?: boolean; onProgress?: (p: IngestProgress) => void } = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const { files, failures } = await listDocumentFiles(paths);
  const summary: IngestSummary = { documents: [], skipped: [...failures], seconds: 0 };
  for (const [i, path] of files.entries()) {
    try {
      const doc = await readDocument(path);
      // An unchanged document is not extracted again: the store would leave it alone anyway.
      const result =
        !opts.force && (await storedContentHash(db, sourceId(doc.location))) === contentHash(doc.text)
          ? { status: "unchanged" as const, claims: 0, entities: 0 }
          : await upsertBatch(db, toGraphBatch(doc, extract(doc)), { force: opts.force });
      summary.documents.push({ path, result });
    } catch (e) {
      summary.skipped.push({ path, reason: (e as Error).message });
    }
    opts.onProgress?.({ done: i + 1, total: files.length, path });
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
