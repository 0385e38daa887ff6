// What extraction finds in one document, before it becomes graph nodes: every item keeps its span.
import { z } from "zod";
import { EntityType, Quantity } from "../graph/model.ts";

export const ExtractedEntity = z.object({
  /** Canonical name: the key that resolution turns into an entity id. */
  name: z.string().min(1),
  type: EntityType,
  aliases: z.array(z.string()),
  description: z.string().optional(),
  resolution: z.array(z.string()).default([]),
});
export const Mention = z.object({ start: z.number(), end: z.number(), surface: z.string(), entity: z.string() });
export const ExtractedClaim = z.object({
  start: z.number(),
  end: z.number(),
  /** Exactly text.slice(start, end). */
  quote: z.string().min(1),
  about: z.array(z.string()),
  attributedTo: z.string().optional(),
  numbers: z.array(z.string()),
  quantities: z.array(Quantity),
  hedged: z.boolean(),
  confidence: z.number().min(0).max(1),
});
export const Citation = z.object({
  start: z.number(),
  end: z.number(),
  uri: z.string(),
  title: z.string(),
  kind: z.enum(["web", "publication"]),
});
export const Extraction = z.object({
  entities: z.array(ExtractedEntity),
  mentions: z.array(Mention),
  claims: z.array(ExtractedClaim),
  citations: z.array(Citation),
});
export type ExtractedEntity = z.infer<typeof ExtractedEntity>;
export type Mention = z.infer<typeof Mention>;
export type ExtractedClaim = z.infer<typeof ExtractedClaim>;
export type Citation = z.infer<typeof Citation>;
export type Extraction = z.infer<typeof Extraction>;
