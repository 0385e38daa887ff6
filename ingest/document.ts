// What a loaded file becomes before extraction: its text and where it came from.
import { z } from "zod";

export const Document = z.object({
  /** The path as given to ingest (or a URL): shown to people and matched by the evaluation. */
  uri: z.string().min(1),
  /** Absolute location: the identity of the document across runs. */
  location: z.string().min(1),
  title: z.string(),
  text: z.string(),
  format: z.enum(["text", "markdown", "html"]),
  author: z.string().optional(),
  publishedAt: z.string().optional(),
});
export type Document = z.infer<typeof Document>;
