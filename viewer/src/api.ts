// The viewer's only door to the server: fetches the API and validates every response against the
// shared contract, so the rest of the viewer can trust the types.
import { z } from "zod";
import {
  ApiError,
  CLAIMS_PAGE,
  UnitsResponse,
  CypherResponse,
  DocumentsResponse,
  MAX_PATHS,
  NEIGHBOURHOOD_PAGE,
  NodeDetails,
  RelatedPage,
  SearchResponse,
  StatementsPage,
  type StatementRole,
  TimelineResponse,
  WireGraph,
} from "../../graph/api-contract.ts";

/** A failed API call: `status` is the HTTP status (0 when the server was not reached), `code` the API's own. */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * The API token, when the server requires one: `claimgraph serve` prints the explorer's URL with
 * `#token=…` (a fragment never reaches the server or its logs). It is kept for this tab only, and
 * taken out of the address bar at once so a shared view link does not carry it.
 */
const TOKEN_KEY = "claimgraph-token";
function takeToken(): string | undefined {
  const params = new URLSearchParams(location.hash.slice(1));
  const given = params.get("token");
  if (given) {
    sessionStorage.setItem(TOKEN_KEY, given);
    params.delete("token");
    const rest = params.toString();
    history.replaceState(null, "", `${location.pathname}${location.search}${rest ? `#${rest}` : ""}`);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}
const token = takeToken();

async function request<S extends z.ZodType>(
  path: string,
  schema: S,
  init: RequestInit & { signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        accept: "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...init.headers,
      },
    });
  } catch (error) {
    if (init.signal?.aborted) throw error; // the caller cancelled; not worth a message
    throw new ApiRequestError(`Cannot reach the claimgraph server (${path}).`, 0);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const apiError = ApiError.safeParse(body);
    if (apiError.success) throw new ApiRequestError(apiError.data.error, response.status, apiError.data.code);
    throw new ApiRequestError(`${path} failed: HTTP ${response.status}`, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiRequestError(`Unexpected response from ${path}: ${parsed.error.issues[0]?.message ?? "invalid"}`, 0);
  return parsed.data;
}

const nodePath = (key: string) => `/api/nodes/${encodeURIComponent(key)}`;

export const fetchOverview = (limit = 60) => request(`/api/overview?limit=${limit}`, WireGraph);

export const searchNodes = (q: string, signal: AbortSignal, limit = 10) =>
  request(`/api/search?${new URLSearchParams({ q, limit: String(limit) })}`, SearchResponse, { signal }).then(
    (r) => r.hits,
  );

export const fetchNode = (key: string) => request(nodePath(key), NodeDetails);

export const fetchStatements = (key: string, offset: number, role: StatementRole = "about") =>
  request(`${nodePath(key)}/statements?offset=${offset}&role=${role}`, StatementsPage).then((r) => r.statements);

export const fetchRelated = (key: string, rel: string, offset: number) =>
  request(`${nodePath(key)}/related?${new URLSearchParams({ rel, offset: String(offset) })}`, RelatedPage).then(
    (r) => r.related,
  );

export const fetchNeighborhood = (key: string, depth = 1, limit = NEIGHBOURHOOD_PAGE) =>
  request(`${nodePath(key)}/neighborhood?depth=${depth}&limit=${limit}`, WireGraph);

export type Documents = z.infer<typeof DocumentsResponse>["documents"];
export const fetchDocuments = () => request("/api/documents", DocumentsResponse).then((r) => r.documents);

/** The database's claims per publication month (the timeline's backdrop). */
export const fetchTimeline = () => request("/api/timeline", TimelineResponse);

/** The shortest path as a graph, or null when there is none (the API answers 404 no-path). */
/** A page of the claims the document and numbers filters choose, from the whole database. */
export function fetchClaims(docs: readonly string[] | null, unit: string | null | undefined, offset: number) {
  const params = new URLSearchParams({ offset: String(offset), limit: String(CLAIMS_PAGE) });
  if (docs) params.set("docs", docs.join(","));
  if (unit !== undefined) params.set("numbers", "1");
  if (unit) params.set("unit", unit);
  return request(`/api/claims?${params}`, WireGraph);
}

export const fetchUnits = () => request("/api/units", UnitsResponse);
export type Units = z.infer<typeof UnitsResponse>;

/** The shortest paths (up to MAX_PATHS), shortest first; null when none connects the two. */
export const fetchPaths = (from: string, to: string, withoutMentions: boolean): Promise<WireGraph | null> =>
  request(
    `/api/path?${new URLSearchParams({ from, to, paths: String(MAX_PATHS), mentions: withoutMentions ? "exclude" : "include" })}`,
    WireGraph,
  ).catch((error: unknown) => {
    if (error instanceof ApiRequestError && error.code === "no-path") return null;
    throw error;
  });

export const runCypher = (query: string, limit = 1000) =>
  request("/api/cypher", CypherResponse, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params: {}, limit }),
  });
