// The graph model: the one definition of what ingest hands to the store (GraphBatch)
// and of the node and relationship kinds the store, the API and the exports share.
import { z } from "zod";

export const ENTITY_TYPES = ["Organization", "Person", "Place", "Technology", "Product", "Publication"] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export const NODE_KINDS = ["Entity", "Claim", "Source"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const REL_TYPES = ["STATED_IN", "ABOUT", "ATTRIBUTED_TO", "MENTIONS", "CITES"] as const;
export const RelType = z.enum(REL_TYPES);
export type RelType = z.infer<typeof RelType>;

const Id = z.string().regex(/^[ecs]:[0-9a-f]{16}$/, "ids are a kind letter, a colon and 16 hex digits");

export const Entity = z.object({
  id: Id,
  name: z.string().min(1),
  type: EntityType,
  aliases: z.array(z.string().min(1)),
  description: z.string().optional(),
  /** Why each alias names this entity ("ASPI: defined in the text as the acronym of ..."). */
  resolution: z.array(z.string()).optional(),
  /** The rules that found the name and typed it, as "stage · rule: reason" (see ingest/rules.ts). */
  found: z.array(z.string()).optional(),
});
export type Entity = z.infer<typeof Entity>;

/** What sort of thing a quantity is, for querying and for deciding which quantities can be compared. */
export const QUANTITY_KINDS = [
  "money",
  "percent",
  "count",
  "duration",
  "length",
  "mass",
  "energy",
  "power",
  "data",
  "frequency",
  "rate",
  "rank",
  "ratio",
  "multiple",
  "fraction",
  "year",
  "other",
] as const;
export const QuantityKind = z.enum(QUANTITY_KINDS);
export type QuantityKind = z.infer<typeof QuantityKind>;

/** A number found in a claim, normalised: "$5.5m" -> {value: 5500000, unit: "USD", kind: "money"}. */
export const Quantity = z.object({
  text: z.string(),
  value: z.number(),
  unit: z.string().optional(),
  /** For ratios such as "57 out of 64". */
  of: z.number().optional(),
  kind: QuantityKind.optional(),
  /** What it measures, where the sentence says so: "revenue", "training cost", "operations per second". */
  measure: z.string().optional(),
  /** The name of the entity it is about, when the sentence says (one of the claim's entities). */
  about: z.string().optional(),
});
export type Quantity = z.infer<typeof Quantity>;

export const Claim = z.object({
  id: Id,
  text: z.string().min(1),
  numbers: z.array(z.string()),
  quantities: z.array(Quantity),
  confidence: z.number().min(0).max(1),
  hedged: z.boolean(),
  /** Why this is a claim: the rules that kept it, chose what it is about and whom it is attributed to,
   * as "stage · rule: reason" (see ingest/rules.ts), so the explorer can show them. */
  why: z.array(z.string()).optional(),
});
export type Claim = z.infer<typeof Claim>;

export const SourceKind = z.enum(["document", "web", "publication"]);
export const Source = z.object({
  id: Id,
  kind: SourceKind,
  title: z.string(),
  uri: z.string(),
  text: z.string().optional(),
  author: z.string().optional(),
  /** The site, newspaper or institution that put the source out. */
  publisher: z.string().optional(),
  /** ISO 8601 date or date-time of publication, when the source says. */
  publishedAt: z.string().optional(),
  contentHash: z.string(),
});
export type Source = z.infer<typeof Source>;

const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const StatedIn = Span.extend({
  claimId: Id,
  sourceId: Id,
  quote: z.string().min(1),
  /** The 1-based page the quote starts on, for paged sources (PDF). */
  page: z.number().int().positive().optional(),
});
export const About = z.object({ claimId: Id, entityId: Id, role: z.string().optional() });
export const AttributedTo = z.object({ claimId: Id, entityId: Id });
/** spans is flat [start0, end0, start1, end1, ...] because Neo4j properties cannot nest arrays. */
export const Mentions = z.object({
  sourceId: Id,
  entityId: Id,
  count: z.number().int().positive(),
  spans: z.array(z.number().int().nonnegative()),
});
export const Cites = z.object({ fromId: Id, toId: Id });

/** Everything one document contributes to the graph; written in one transaction. */
export const GraphBatch = z
  .object({
    document: Source.extend({ kind: z.literal("document"), text: z.string() }),
    entities: z.array(Entity),
    claims: z.array(Claim),
    cited: z.array(Source),
    statedIn: z.array(StatedIn),
    about: z.array(About),
    attributedTo: z.array(AttributedTo),
    mentions: z.array(Mentions),
    cites: z.array(Cites),
  })
  .superRefine((batch, ctx) => {
    const text = batch.document.text;
    for (const s of batch.statedIn) {
      if (s.end > text.length || s.start >= s.end || text.slice(s.start, s.end) !== s.quote)
        ctx.addIssue({ code: "custom", message: `STATED_IN span ${s.start}-${s.end} does not match its quote` });
    }
    const ids = new Set([
      batch.document.id,
      ...batch.entities.map((e) => e.id),
      ...batch.claims.map((c) => c.id),
      ...batch.cited.map((s) => s.id),
    ]);
    const endpoints = [
      ...batch.statedIn.flatMap((e) => [e.claimId, e.sourceId]),
      ...batch.about.flatMap((e) => [e.claimId, e.entityId]),
      ...batch.attributedTo.flatMap((e) => [e.claimId, e.entityId]),
      ...batch.mentions.flatMap((e) => [e.sourceId, e.entityId]),
      ...batch.cites.flatMap((e) => [e.fromId, e.toId]),
    ];
    for (const id of endpoints)
      if (!ids.has(id)) ctx.addIssue({ code: "custom", message: `relationship endpoint ${id} is not in the batch` });
  });
export type GraphBatch = z.infer<typeof GraphBatch>;
