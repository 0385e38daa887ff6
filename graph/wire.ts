// The one wire format between graph/ and everything that shows or exports: a graphology
// serialised graph whose node and edge attributes follow these schemas (DESIGN.md, export contract).
import { z } from "zod";
import { EntityType, Quantity, RelType, SourceKind } from "./model.ts";

export const EntityNode = z.object({
  kind: z.literal("Entity"),
  label: z.string(),
  name: z.string(),
  type: EntityType,
  aliases: z.array(z.string()),
  description: z.string().optional(),
  /** Why each alias names this entity: resolution decisions, explained. */
  resolution: z.array(z.string()).optional(),
  /** The rules that found and typed the name: "stage · rule: reason". */
  found: z.array(z.string()).optional(),
  /** How many relationships the node has in the whole database, not just in this graph. */
  degree: z.number().optional(),
});
export const ClaimNode = z.object({
  kind: z.literal("Claim"),
  label: z.string(),
  text: z.string(),
  numbers: z.array(z.string()),
  quantities: z.array(Quantity).optional(),
  confidence: z.number(),
  hedged: z.boolean(),
  /** How many other claims corroborate / contradict this one (CORROBORATES / CONTRADICTS, either direction). */
  corroborations: z.number().optional(),
  contradictions: z.number().optional(),
  /** The earliest publication date (ISO) among the sources that state the claim, when any has one. */
  publishedAt: z.string().optional(),
  /** Why this is a claim: "stage · rule: reason", one per decision. */
  why: z.array(z.string()).optional(),
  degree: z.number().optional(),
});
export const SourceNode = z.object({
  kind: z.literal("Source"),
  label: z.string(),
  title: z.string(),
  uri: z.string(),
  sourceKind: SourceKind,
  author: z.string().optional(),
  publisher: z.string().optional(),
  publishedAt: z.string().optional(),
  degree: z.number().optional(),
});
export const NodeAttributes = z.discriminatedUnion("kind", [EntityNode, ClaimNode, SourceNode]);
export type NodeAttributes = z.infer<typeof NodeAttributes>;

/** Relationship properties ride along: STATED_IN has start, end, quote (and page); MENTIONS has count, spans. */
export const EdgeAttributes = z
  .object({
    type: RelType,
    start: z.number().optional(),
    end: z.number().optional(),
    quote: z.string().optional(),
    page: z.number().optional(),
    count: z.number().optional(),
    spans: z.array(z.number()).optional(),
    role: z.string().optional(),
  })
  .strict();
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const WireGraph = z.object({
  attributes: z.record(z.string(), z.unknown()).default({}),
  options: z.object({ type: z.literal("directed"), multi: z.boolean(), allowSelfLoops: z.boolean() }).optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: NodeAttributes })),
  edges: z.array(
    z.object({ key: z.string().optional(), source: z.string(), target: z.string(), attributes: EdgeAttributes }),
  ),
});
export type WireGraph = z.infer<typeof WireGraph>;
