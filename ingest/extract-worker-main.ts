// Inside the extraction worker: builds the extractor from the catalogue it was given, then turns
// each document it is sent into a GraphBatch (or the reason it could not).
import { parentPort, workerData } from "node:worker_threads";
import type { CatalogueEntry } from "./catalogue.ts";
import type { Document } from "./document.ts";
import { createExtractor } from "./extract.ts";
import { toGraphBatch } from "./to-batch.ts";

export type ExtractJob = { id: number; doc: Document };
export type ExtractReply = { id: number; batch: ReturnType<typeof toGraphBatch> } | { id: number; error: string };

const extract = createExtractor(workerData as CatalogueEntry[]);
parentPort!.on("message", ({ id, doc }: ExtractJob) => {
  let reply: ExtractReply;
  try {
    reply = { id, batch: toGraphBatch(doc, extract(doc)) };
  } catch (e) {
    reply = { id, error: (e as Error).message };
  }
  parentPort!.postMessage(reply);
});
