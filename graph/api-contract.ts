// Request and response shapes of the HTTP API, shared by the server (graph/api/) and the viewer.
import { z } from "zod";
import { NodeAttributes, WireGraph } from "./wire.ts";

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

export const OverviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(2000).default(60) });
export const NeighborhoodQuery = z.object({ depth: z.coerce.number().int().min(1).max(3).default(1) });

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
});
export type Statement = z.infer<typeof Statement>;

export const NodeDetails = z.object({
  key: z.string(),
  attributes: NodeAttributes,
  /** Entity: the claims about it; Claim: where it is stated; Source: the claims it states. */
  statements: z.array(Statement),
  /** Entity/Claim neighbours worth listing by name: about, attributed to, mentioned in. */
  related: z.array(z.object({ key: z.string(), label: z.string(), kind: z.string(), rel: z.string() })),
});
export type NodeDetails = z.infer<typeof NodeDetails>;

export const ApiError = z.object({ error: z.string() });

export { WireGraph };
