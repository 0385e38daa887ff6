// What a loaded file becomes before extraction: its text and where it came from.
import { z } from "zod";

export const DOCUMENT_FORMATS = ["text", "markdown", "html", "pdf", "docx"] as const;

export const Document = z.object({
  /** The path as given to ingest (or a URL): shown to people and matched by the evaluation. */
  uri: z.string().min(1),
  /** Absolute location (or the URL): the identity of the document across runs. */
  location: z.string().min(1),
  title: z.string(),
  text: z.string(),
  format: z.enum(DOCUMENT_FORMATS),
  author: z.string().optional(),
  /** The site, newspaper or institution that put the document out. */
  publisher: z.string().optional(),
  /** ISO 8601: a date (2024-05-03) or a date and time. */
  publishedAt: z.string().optional(),
  /** Paged formats (PDF): pageStarts[i] is the offset in text where page i + 1 begins. */
  pageStarts: z.array(z.number().int().nonnegative()).optional(),
});
export type Document = z.infer<typeof Document>;

/** What a format's loader makes of a file's bytes; load.ts adds where it came from. */
export type LoadedText = Omit<Document, "uri" | "location" | "format">;
/** A format's loader: bytes in, text and metadata out; throws an Error saying what is wrong (not naming the file: callers do). */
export type FormatLoader = (bytes: Uint8Array, name: string) => LoadedText | Promise<LoadedText>;

/** The 1-based page holding offset `at`, when the document has pages. */
export function pageAt(doc: Pick<Document, "pageStarts">, at: number): number | undefined {
  const starts = doc.pageStarts;
  if (!starts?.length) return undefined;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
