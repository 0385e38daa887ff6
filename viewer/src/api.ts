// The viewer's only door to the server: fetches the API and validates every response against the
// shared contract, so the rest of the viewer can trust the types.
import type { z } from "zod";
import { ApiError, NodeDetails, SearchResponse, WireGraph } from "../../graph/api-contract.ts";

async function getJson<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: "application/json" }, signal });
  } catch (error) {
    if (signal?.aborted) throw error; // the caller cancelled; not worth a message
    throw new Error(`Cannot reach the claimgraph server (${path}).`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const apiError = ApiError.safeParse(body);
    throw new Error(apiError.success ? apiError.data.error : `${path} failed: HTTP ${response.status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new Error(`Unexpected response from ${path}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

const nodePath = (key: string) => `/api/nodes/${encodeURIComponent(key)}`;

export const fetchOverview = (limit = 60) => getJson(`/api/overview?limit=${limit}`, WireGraph);

export const searchNodes = (q: string, signal: AbortSignal, limit = 10) =>
  getJson(`/api/search?${new URLSearchParams({ q, limit: String(limit) })}`, SearchResponse, signal).then(
    (r) => r.hits,
  );

export const fetchNode = (key: string) => getJson(nodePath(key), NodeDetails);

export const fetchNeighborhood = (key: string, depth = 1) =>
  getJson(`${nodePath(key)}/neighborhood?depth=${depth}`, WireGraph);
