// The graph model: the one definition of what ingest hands to the store (GraphBatch)
// and of the node and relationship kinds the store, the API and the exports share.
import { z } from "zod";

export const ENTITY_TYPES = ["Organization", "Person", "Place", "Technology", "Product", "Publication"] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

/** Node labels; a node has exactly one of these (entities also carry their type as a label). */
export const NODE_KINDS = ["Entity", "Claim", "Source", "Quantity"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

const Id = z.string().regex(/^[ecsq]:[0-9a-f]{16}$/, "ids are a kind letter, a colon and 16 hex digits");

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

/** A claim's quantity as a node of its own, so Cypher can seek and compare figures. */
export const StoredQuantity = Quantity.extend({ id: Id });
export type StoredQuantity = z.infer<typeof StoredQuantity>;

/**
 * The one definition of each relationship type. Everything that handles relationships derives from
 * it: the batch rows and their validation, the write (link) and detach queries, the wire schema,
 * the Cypher patterns of the read queries, the legend and the filters, the exports.
 * - from / to: the node kinds it joins (always this direction).
 * - properties: what the relationship carries, as a zod schema (integers are `.int()`: they go to
 *   Neo4j as integers).
 * - batch: where ingest puts these relationships in a GraphBatch (the list and the row fields
 *   naming the two ends) and, as `distinctBy`, the properties that tell apart two relationships
 *   between the same two nodes; absent for relationships written after ingest (linking).
 * - lifetime: "document" = the ingested document owns them (they go when it changes);
 *   "claim" = they live as long as their claim; "link" = linking maintains them.
 * - owns: the target node belongs to the source node: it is written with it and deleted with it.
 * - related: a node's Details lists its neighbours over this relationship by name.
 * - counter: the Claim property that counts these relationships (either direction), kept up to
 *   date when claims go away.
 */
export const RELATIONSHIPS = {
  STATED_IN: {
    from: "Claim",
    to: "Source",
    description: "The claim is stated in the source: exact character offsets, the quote, and the page for PDFs.",
    properties: z
      .object({
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        quote: z.string().min(1),
        /** The 1-based page the quote starts on, for paged sources (PDF). */
        page: z.number().int().positive().optional(),
      })
      .strict(),
    batch: { list: "statedIn", from: "claimId", to: "sourceId", distinctBy: ["start", "end"] },
    lifetime: "document",
    related: false,
  },
  ABOUT: {
    from: "Claim",
    to: "Entity",
    description: "What the claim is about.",
    properties: z.object({ role: z.string().optional() }).strict(),
    batch: { list: "about", from: "claimId", to: "entityId", distinctBy: [] },
    lifetime: "claim",
    related: true,
  },
  ATTRIBUTED_TO: {
    from: "Claim",
    to: "Entity",
    description: 'Who the source says made the claim ("according to ...").',
    properties: z.object({}).strict(),
    batch: { list: "attributedTo", from: "claimId", to: "entityId", distinctBy: [] },
    lifetime: "claim",
    related: true,
  },
  MENTIONS: {
    from: "Source",
    to: "Entity",
    description: "The document names the entity: how often, and where (spans is flat [start0, end0, start1, ...]).",
    /** spans is flat because Neo4j properties cannot nest arrays. */
    properties: z
      .object({ count: z.number().int().positive(), spans: z.array(z.number().int().nonnegative()) })
      .strict(),
    batch: { list: "mentions", from: "sourceId", to: "entityId", distinctBy: [] },
    lifetime: "document",
    related: true,
  },
  CITES: {
    from: "Source",
    to: "Source",
    description: "The document cites (links to) the other source.",
    properties: z.object({}).strict(),
    batch: { list: "cites", from: "fromId", to: "toId", distinctBy: [] },
    lifetime: "document",
    related: true,
  },
  STATES: {
    from: "Claim",
    to: "Quantity",
    description: "A normalised figure the claim states, so Cypher can filter and compare figures.",
    properties: z.object({}).strict(),
    batch: { list: "states", from: "claimId", to: "quantityId", distinctBy: [] },
    lifetime: "claim",
    owns: true,
    related: true,
  },
  CORROBORATES: {
    from: "Claim",
    to: "Claim",
    description: "Another document asserts the same thing; `why` says how they match.",
    properties: z.object({ score: z.number(), why: z.string() }).strict(),
    lifetime: "link",
    related: true,
    counter: "corroborations",
  },
  CONTRADICTS: {
    from: "Claim",
    to: "Claim",
    description: "Another document asserts a conflicting value, the denial, or a conflicting ranking; `why` says it.",
    properties: z.object({ why: z.string() }).strict(),
    lifetime: "link",
    related: true,
    counter: "contradictions",
  },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipSpec = {
  from: NodeKind;
  to: NodeKind;
  description: string;
  properties: z.ZodObject;
  batch?: { list: string; from: string; to: string; distinctBy: readonly string[] };
  lifetime: "document" | "claim" | "link";
  owns?: boolean;
  related: boolean;
  counter?: string;
};

export type RelType = keyof typeof RELATIONSHIPS;
export const REL_TYPES = Object.keys(RELATIONSHIPS) as RelType[];
export const RelType = z.enum(REL_TYPES as [RelType, ...RelType[]]);
/** The properties each relationship type carries. */
export type RelProperties<T extends RelType> = ObjectOf<(typeof RELATIONSHIPS)[T]["properties"]["shape"]>;
/** zod infers Record<string, never> for an empty object; as a part of an intersection that must be {}. */
type ObjectOf<S extends z.ZodRawShape> = keyof S extends never ? object : z.infer<z.ZodObject<S>>;

/** A type's spec, widened to the general shape (for optional fields such as `counter`). */
export const specOf = (type: RelType): RelationshipSpec => RELATIONSHIPS[type];

/** The types whose spec matches: `relTypesWhere((r) => r.related)`. */
export const relTypesWhere = (test: (spec: RelationshipSpec) => boolean): RelType[] =>
  REL_TYPES.filter((t) => test(RELATIONSHIPS[t]));

/** Types written from a GraphBatch, with their batch spec. */
type BatchTypes = { [T in RelType]: (typeof RELATIONSHIPS)[T] extends { batch: object } ? T : never }[RelType];
export const BATCH_REL_TYPES = REL_TYPES.filter((t) => "batch" in RELATIONSHIPS[t]) as BatchTypes[];

/** A batch row: the relationship's properties plus the ids of its two ends, under the spec's field names. */
type Row<T extends BatchTypes> = (typeof RELATIONSHIPS)[T]["properties"]["shape"] & {
  [K in (typeof RELATIONSHIPS)[T]["batch"]["from"] | (typeof RELATIONSHIPS)[T]["batch"]["to"]]: typeof Id;
};
const rowSchema = <T extends BatchTypes>(type: T): z.ZodObject<Row<T>> => {
  const { properties, batch } = RELATIONSHIPS[type];
  return properties.extend({ [batch.from]: Id, [batch.to]: Id }) as unknown as z.ZodObject<Row<T>>;
};

export const StatedIn = rowSchema("STATED_IN");
export const About = rowSchema("ABOUT");
export const AttributedTo = rowSchema("ATTRIBUTED_TO");
export const Mentions = rowSchema("MENTIONS");
export const Cites = rowSchema("CITES");
export const States = rowSchema("STATES");

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
    /** The claims' quantities as nodes, and which claim states each. */
    quantities: z.array(StoredQuantity),
    states: z.array(States),
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
      ...batch.quantities.map((q) => q.id),
    ]);
    const endpoints = BATCH_REL_TYPES.flatMap((type) => {
      const { list, from, to } = RELATIONSHIPS[type].batch;
      return (batch[list] as Record<string, string>[]).flatMap((row) => [row[from]!, row[to]!]);
    });
    for (const id of endpoints)
      if (!ids.has(id)) ctx.addIssue({ code: "custom", message: `relationship endpoint ${id} is not in the batch` });
  });
export type GraphBatch = z.infer<typeof GraphBatch>;
