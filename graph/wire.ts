// The one wire format between graph/ and everything that shows or exports: a graphology
// serialised graph whose node and edge attributes follow these schemas (DESIGN.md, export contract).
import { z } from "zod";
import {
  EntityType,
  Quantity,
  QuantityKind,
  RELATIONSHIPS,
  REL_TYPES,
  SourceKind,
  type RelProperties,
  type RelType,
  type RelationshipSpec,
} from "./model.ts";

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
  /** How many claims are about it or attributed to it, in the whole database. */
  claims: z.number().optional(),
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
  /** How many claims it states, in the whole database. */
  claims: z.number().optional(),
});
/**
 * A figure a claim states, as its own node. `quantityKind` is the quantity's kind (money, percent, ...):
 * `kind` on the wire names the node kind, as `sourceKind` does for sources. `label` is the figure
 * written for people ("$5.6 million", "38%").
 */
export const QuantityNode = z.object({
  kind: z.literal("Quantity"),
  label: z.string(),
  text: z.string(),
  value: z.number(),
  unit: z.string().optional(),
  of: z.number().optional(),
  quantityKind: QuantityKind.optional(),
  measure: z.string().optional(),
  about: z.string().optional(),
  degree: z.number().optional(),
});
export const NodeAttributes = z.discriminatedUnion("kind", [EntityNode, ClaimNode, SourceNode, QuantityNode]);
export type NodeAttributes = z.infer<typeof NodeAttributes>;

/**
 * An edge is its relationship `type` plus exactly that type's properties (RELATIONSHIPS in model.ts):
 * one strict object per type, so a property no type declares is an error, not silently carried.
 */
export type EdgeAttributes = { [T in RelType]: { type: T } & RelProperties<T> }[RelType];
const edgeOf = (type: RelType) => RELATIONSHIPS[type].properties.extend({ type: z.literal(type) }).strict();
export const EdgeAttributes = z.discriminatedUnion(
  "type",
  REL_TYPES.map(edgeOf) as unknown as [ReturnType<typeof edgeOf>, ...ReturnType<typeof edgeOf>[]],
) as unknown as z.ZodType<EdgeAttributes>;

/**
 * What tells an edge apart from others of its type between the same two nodes: the values of its
 * type's `distinctBy` properties ("@120" for a claim stated at offset 120); "" for the other types.
 */
export function edgeDistinction(a: EdgeAttributes): string {
  const spec: RelationshipSpec = RELATIONSHIPS[a.type];
  const values = (spec.batch?.distinctBy ?? []).map((p) => (a as Record<string, unknown>)[p]);
  return values.length ? `@${values.join(":")}` : "";
}

export const WireGraph = z.object({
  attributes: z.record(z.string(), z.unknown()).default({}),
  options: z.object({ type: z.literal("directed"), multi: z.boolean(), allowSelfLoops: z.boolean() }).optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: NodeAttributes })),
  edges: z.array(
    z.object({ key: z.string().optional(), source: z.string(), target: z.string(), attributes: EdgeAttributes }),
  ),
});
export type WireGraph = z.infer<typeof WireGraph>;
