// What extraction finds in one document, before it becomes graph nodes: every item keeps its span.
import { z } from "zod";
import { EntityType, Quantity } from "../graph/model.ts";
import { STAGES } from "./rules.ts";

/** A rule's decision, as `claimgraph explain` and the explorer show it (see rules.ts). */
export const Decision = z.object({
  stage: z.enum(STAGES),
  rule: z.string(),
  why: z.string(),
});
export const ExtractedEntity = z.object({
  /** Canonical name: the key that resolution turns into an entity id. */
  name: z.string().min(1),
  type: EntityType,
  aliases: z.array(z.string()),
  description: z.string().optional(),
  resolution: z.array(z.string()).default([]),
  /** The rules that found this name and gave it its type. */
  found: z.array(Decision).default([]),
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
  /** The rules that made this a claim, chose what it is about and whom it is attributed to. */
  why: z.array(Decision).default([]),
});
/** A sentence or clause that did not become a claim, and the rule that said so. */
export const Rejection = z.object({ start: z.number(), end: z.number(), text: z.string(), decision: Decision });
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
  /** Only for explanations; not stored. */
  rejected: z.array(Rejection).default([]),
});
export type ExtractedEntity = z.infer<typeof ExtractedEntity>;
export type Mention = z.infer<typeof Mention>;
export type ExtractedClaim = z.infer<typeof ExtractedClaim>;
export type Citation = z.infer<typeof Citation>;
export type Extraction = z.infer<typeof Extraction>;
export type Decision = z.infer<typeof Decision>;
export type Rejection = z.infer<typeof Rejection>;
