// A document's GraphBatch from its text, as ingest would write it, without reading a file.
import type { Document } from "../ingest/document.ts";
import type { Extractor } from "../ingest/extract.ts";
import { toGraphBatch } from "../ingest/to-batch.ts";

export const batchFrom = (extract: Extractor) => (location: string, text: string) => {
  const doc: Document = { uri: location, location, title: location, text, format: "text" };
  return toGraphBatch(doc, extract(doc));
};
