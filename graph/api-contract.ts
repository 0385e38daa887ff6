// Request and response shapes of the HTTP API, shared by the server (graph/api/) and the viewer.
import { z } from "zod";
import { Quantity } from "./model.ts";
import { NodeAttributes, WireGraph } from "./wire.ts";

/** How many alternative paths one path request may ask for. */
export const MAX_PATHS = 5;

export const SearchQuery = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const SearchHit = z.object({
  key: z.string(),
  kind: z.enum(["Entity", "Claim", "Source"]),
  label: z.string(),
  type: z.string().optional(),
  score: z.number(),
});
export const SearchResponse = z.object({ hits: z.array(SearchHit) });
export type SearchHit = z.infer<typeof SearchHit>;

/** How many statements, and how many neighbours of each type, Details sends at a time. */
export const DETAILS_PAGE = 50;

export const OverviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(2000).default(60) });
/** How many neighbours an expansion brings unless asked for more: a hub's 13,000 would bury the view. */
export const NEIGHBOURHOOD_PAGE = 200;

/** `limit`: how many of the best-connected neighbours come; the answer's attributes give the total. */
export const NeighborhoodQuery = z.object({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  limit: z.coerce.number().int().min(1).max(5000).default(NEIGHBOURHOOD_PAGE),
});
/** The attributes of a neighbourhood graph: how many neighbours there are, and how many came. */
export const NeighborhoodSize = z.object({
  total: z.number().int().nonnegative(),
  shown: z.number().int().nonnegative(),
});

/** One place a claim is stated: the exact quote, its offsets and the source it is in. */
export const Statement = z.object({
  claimId: z.string(),
  claimText: z.string(),
  sourceId: z.string(),
  sourceTitle: z.string(),
  sourceUri: z.string(),
  start: z.number(),
  end: z.number(),
  quote: z.string(),
  /** The 1-based page of a paged source (PDF) the quote starts on. */
  page: z.number().optional(),
  /** Up to a few hundred characters of the source text on either side of the quote, for reading in context. */
  before: z.string(),
  after: z.string(),
  /** How many claims contradict the stated claim, when any do: Details lists disputed claims first. */
  disputed: z.number().int().positive().optional(),
});
export type Statement = z.infer<typeof Statement>;

/** Where a linked claim is stated: enough to show its quote beside this claim's and name its source. */
export const LinkedStatement = Statement.pick({
  sourceId: true,
  sourceTitle: true,
  sourceUri: true,
  start: true,
  end: true,
  quote: true,
  page: true,
});
export type LinkedStatement = z.infer<typeof LinkedStatement>;

/** Another claim that corroborates or contradicts a claim (either direction of the edge), and why. */
export const LinkedClaim = z.object({
  key: z.string(),
  text: z.string(),
  /** Its figures, so the explorer can mark them in its quotes. */
  quantities: z.array(Quantity),
  /** The link's reason in words, e.g. "4.2 GWh vs 1.5 GWh, same plant". */
  why: z.string(),
  /** How alike the two claims are (CORROBORATES only). */
  score: z.number().optional(),
  statements: z.array(LinkedStatement),
});
export type LinkedClaim = z.infer<typeof LinkedClaim>;

export const Related = z.object({ key: z.string(), label: z.string(), kind: z.string(), rel: z.string() });
export type Related = z.infer<typeof Related>;

/** A page of a long list: `offset`, at most `limit` items (GET /api/nodes/:key/statements and /related). */
export const PageQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(DETAILS_PAGE),
});
export const RelatedPageQuery = PageQuery.extend({ rel: z.string().min(1) });
/** Whose claims an entity's list holds: those about it (ABOUT, the default) or those it made (ATTRIBUTED_TO). */
export const StatementRole = z.enum(["about", "by"]);
export type StatementRole = z.infer<typeof StatementRole>;
export const StatementsPageQuery = PageQuery.extend({ role: StatementRole.default("about") });
export const StatementsPage = z.object({ statements: z.array(Statement), total: z.number().int().nonnegative() });
export const RelatedPage = z.object({ related: z.array(Related), total: z.number().int().nonnegative() });

export const NodeDetails = z.object({
  key: z.string(),
  attributes: NodeAttributes,
  /**
   * Entity: the claims about it (ABOUT); Claim: where it is stated; Source: the claims it states.
   * The first page (disputed claims first); `totals.statements` says how many there are.
   */
  statements: z.array(Statement),
  /** Entity only: the claims it made (ATTRIBUTED_TO), first page; `totals.statementsBy` counts them. */
  statementsBy: z.array(Statement).optional(),
  /** Neighbours worth listing by name (mentioned in, about, attributed to…): the first page of each type. */
  related: z.array(Related),
  /** The true length of each list, however much of it came: statements, and related by type. */
  totals: z.object({
    statements: z.number().int().nonnegative(),
    statementsBy: z.number().int().nonnegative().optional(),
    related: z.record(z.string(), z.number()),
  }),
  /** Claim only: the claims that assert the same thing (CORROBORATES), best score first. */
  corroborations: z.array(LinkedClaim).optional(),
  /** Claim only: the claims that assert otherwise (CONTRADICTS). */
  disputes: z.array(LinkedClaim).optional(),
});
export type NodeDetails = z.infer<typeof NodeDetails>;

export const ApiError = z.object({
  error: z.string(),
  /** Machine-readable kind for errors the viewer explains differently: write refused, syntax, timeout... */
  code: z.string().optional(),
});

/** GET /api/documents: the ingested documents, for the source filter. */
export const DocumentsResponse = z.object({
  documents: z.array(z.object({ key: z.string(), title: z.string(), uri: z.string(), claims: z.number() })),
});

/** How many claims one page of a claims filter brings. */
export const CLAIMS_PAGE = 200;

/** A comma-separated list in a query string ("a,b"), as an array; absent or empty: undefined. */
const commaList = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(",").filter(Boolean) : undefined));

/**
 * GET /api/claims: the claims the filters choose, from the whole database, not only the canvas: those
 * stated in the given documents (`docs`), and/or those that state a quantity (`numbers=1`), of one unit
 * (`unit`). The best-connected first, a page at a time; the answer's graph holds the claims with their
 * entities, sources and (for numbers) their quantities, and its attributes say how many match.
 */
export const ClaimsQuery = z
  .object({
    docs: commaList,
    numbers: z.enum(["0", "1"]).default("0"),
    unit: z.string().min(1).max(40).optional(),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(1000).default(CLAIMS_PAGE),
  })
  .refine((q) => q.docs !== undefined || q.numbers === "1", "give docs, numbers=1, or both");
export type ClaimsQuery = z.infer<typeof ClaimsQuery>;
/** The attributes of a claims-filter answer: how many claims match, and which of them came. */
export const ClaimsPage = z.object({
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  shown: z.number().int().nonnegative(),
});

/** GET /api/units: the units the database's quantities come in, with how many claims state each. */
export const UnitsResponse = z.object({
  units: z.array(z.object({ unit: z.string(), claims: z.number().int().positive() })),
  /** Claims that state at least one quantity, whatever its unit. */
  claims: z.number().int().nonnegative(),
});

/** GET /api/timeline: how many claims the database holds per publication month, for the timeline. */
export const TimelineResponse = z.object({
  /** Months with claims ("2023-03"), earliest first; months without any are left out. */
  months: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), claims: z.number().int().positive() })),
  /** Claims no dated source states. */
  undated: z.number().int().nonnegative(),
});
export type TimelineResponse = z.infer<typeof TimelineResponse>;

/**
 * GET /api/path?from=KEY&to=KEY[&paths=N][&mentions=exclude]: the shortest paths between two nodes as one
 * graph (404 when there is none), up to `paths` of them, shortest first. `mentions=exclude` leaves out
 * co-mention steps (a document that merely MENTIONS an entity), so that only claims and citations connect.
 */
export const PathQuery = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  paths: z.coerce.number().int().min(1).max(MAX_PATHS).default(1),
  mentions: z.enum(["include", "exclude"]).default("include"),
});
export type PathQuery = z.infer<typeof PathQuery>;

/** The path answer's graph attributes: each path as its nodes in order and its edges' positions in `edges`. */
export const PathRoutes = z.object({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.number().int().nonnegative()) })),
});
export type PathRoutes = z.infer<typeof PathRoutes>;

/** POST /api/cypher: a read-only query. Nodes and relationships in the result are drawn; the rest is a table. */
export const CypherRequest = z.object({
  query: z.string().trim().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
  limit: z.number().int().min(1).max(10_000).default(1000),
});
export const CypherResponse = z.object({
  columns: z.array(z.string()),
  /** Cell values as JSON: nodes and relationships are shown as {key} / {type, source, target}. */
  rows: z.array(z.array(z.unknown())),
  graph: WireGraph,
  truncated: z.boolean(),
  ms: z.number(),
});
export type CypherResponse = z.infer<typeof CypherResponse>;

export { WireGraph };
