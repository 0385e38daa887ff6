// Extraction in a worker thread, so that ingest extracts the next documents while its own thread
// waits on Neo4j for the one being written: on two cores the two overlap instead of taking turns.
import { Worker } from "node:worker_threads";
import type { GraphBatch } from "../graph/model.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import type { Document } from "./document.ts";
import type { ExtractJob, ExtractReply } from "./extract-worker-main.ts";

export type ExtractionWorker = {
  /** The document's GraphBatch, extracted in the worker; rejects with extraction's own error. */
  batch(doc: Document): Promise<GraphBatch>;
  close(): Promise<void>;
};

export function createExtractionWorker(catalogue: CatalogueEntry[]): ExtractionWorker {
  const worker = new Worker(new URL("./extract-worker.js", import.meta.url), { workerData: catalogue });
  const waiting = new Map<number, { resolve: (b: GraphBatch) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failed: Error | undefined;
  const failAll = (e: Error) => {
    failed = e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on("message", (reply: ExtractReply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    if ("error" in reply) w?.reject(new Error(reply.error));
    else w?.resolve(reply.batch);
  });
  worker.on("error", (e) => failAll(new Error(`the extraction worker failed: ${e.message}`)));
  worker.on("exit", (code) => failAll(new Error(`the extraction worker exited (code ${code})`)));
  // Idle, it must not keep a finished ingest's process alive; busy, it keeps it waiting for the reply.
  worker.unref();
  return {
    batch(doc) {
      if (failed) return Promise.reject(failed);
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, doc } satisfies ExtractJob);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
