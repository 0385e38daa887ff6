// The HTTP API (JSON under /api) and the built viewer (everything else), as one Hono app.
// Every endpoint validates its input with the contract's zod schemas and answers errors as
// {error, code}; the routes only parse, call the library and shape the reply.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { serveStatic } from "@hono/node-server/serve-static";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import {
  CypherRequest,
  type CypherResponse,
  NeighborhoodQuery,
  StatementsPageQuery,
  RelatedPageQuery,
  OverviewQuery,
  PathQuery,
  ClaimsQuery,
  SearchQuery,
} from "../api-contract.ts";
import { CypherError, runReadOnlyCypher, type CypherErrorCode } from "../cypher.ts";
import { isUnreachable, type Executor } from "../executor.ts";
import {
  claimsMatching,
  details,
  documents,
  overview,
  units,
  relatedPage,
  search,
  shortestPaths,
  statementsPage,
} from "../explore.ts";
import { MAX_PATH_HOPS } from "../queries/explore.ts";
import type { Depth } from "../queries/read.ts";
import { counts } from "../store.ts";
import { neighbourhood } from "../subgraph.ts";
import { claimTimeline } from "../timeline.ts";
import { HttpError, loopbackHostOnly, requireToken } from "./guards.ts";
import { createReadCache } from "./read-cache.ts";

export type ApiOptions = {
  db: Executor;
  viewerDir?: string;
  token?: string;
  /** How long a console query may run; tests shorten it. */
  cypherTimeoutMs?: number;
  /**
   * Runs console queries. startServer passes its worker pool (cypher-pool.ts); without one they
   * run in this thread, which suits only callers that trust their queries.
   */
  runCypher?: (request: z.output<typeof CypherRequest>) => Promise<CypherResponse>;
  /** How long a check of the graph's version is trusted (read-cache.ts); 0, the default, checks on every read. */
  readCacheFreshMs?: number;
};

const NodeKey = z.string().min(1, "the node key must not be empty").max(200);

const CYPHER_STATUS: Record<CypherErrorCode, 400 | 403 | 503 | 504> = {
  syntax: 400,
  invalid: 400,
  "write-refused": 403,
  "load-csv-refused": 403,
  "procedure-refused": 403,
  "admin-refused": 403,
  timeout: 504,
  "too-large": 400,
  busy: 503,
};

const invalid = (error: z.ZodError) => new HttpError(400, "invalid-input", z.prettifyError(error).replace(/\n/g, "; "));

function valid<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(result.error);
  return result.data;
}

const query = <T extends z.ZodType>(schema: T, c: Context) => valid(schema, c.req.query());
const nodeKey = (c: Context) => valid(NodeKey, c.req.param("key"));

async function jsonBody(c: Context): Promise<unknown> {
  if (!/^application\/json\b/i.test(c.req.header("content-type") ?? ""))
    throw new HttpError(415, "unsupported-media-type", "send the body as JSON with Content-Type: application/json");
  try {
    return await c.req.json();
  } catch {
    throw new HttpError(400, "invalid-input", "the body is not valid JSON");
  }
}

export function createApi({ db, viewerDir, token, cypherTimeoutMs, runCypher, readCacheFreshMs }: ApiOptions): Hono {
  const app = new Hono();
  const cypher = runCypher ?? ((request) => runReadOnlyCypher(db, request, { timeoutMs: cypherTimeoutMs }));

  // The explorer loads its own scripts, styles and data and nothing else; no page may frame it.
  // The layout runs in a worker made from a blob URL; exported images are blob and data URLs.
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", "blob:"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: "DENY",
      referrerPolicy: "no-referrer",
      xContentTypeOptions: true,
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.use("/api/*", token ? requireToken(token) : loopbackHostOnly());

  app.get("/api/stats", async (c) => c.json(await counts(db)));
  const cache = createReadCache(db, { freshForMs: readCacheFreshMs });
  /** A read answered from the cache while the graph is unchanged; `key` names what was asked. */
  const cached = async (c: Context, key: unknown[], compute: () => Promise<unknown>) =>
    c.body(await cache(JSON.stringify(key), compute), 200, { "content-type": "application/json; charset=UTF-8" });

  app.get("/api/overview", async (c) => {
    const { limit } = query(OverviewQuery, c);
    return cached(c, ["overview", limit], () => overview(db, limit));
  });
  app.get("/api/documents", (c) => cached(c, ["documents"], () => documents(db)));
  app.get("/api/units", (c) => cached(c, ["units"], () => units(db)));
  app.get("/api/claims", async (c) => {
    const ask = query(ClaimsQuery, c);
    return cached(c, ["claims", ask.docs?.join(), ask.numbers, ask.unit, ask.offset, ask.limit], () =>
      claimsMatching(db, ask),
    );
  });
  app.get("/api/timeline", (c) => cached(c, ["timeline"], () => claimTimeline(db)));
  app.get("/api/search", async (c) => {
    const { q, limit } = query(SearchQuery, c);
    return cached(c, ["search", q, limit], async () => ({ hits: await search(db, q, limit) }));
  });
  app.get("/api/nodes/:key", async (c) => {
    const key = nodeKey(c);
    return cached(c, ["details", key], async () => {
      const found = await details(db, key);
      if (!found) throw new HttpError(404, "not-found", `no node has the key ${key}`);
      return found;
    });
  });
  app.get("/api/nodes/:key/statements", async (c) => {
    const key = nodeKey(c);
    const { offset, limit, role } = query(StatementsPageQuery, c);
    return cached(c, ["statements", key, offset, limit, role], () => statementsPage(db, key, offset, limit, role));
  });
  app.get("/api/nodes/:key/related", async (c) => {
    const key = nodeKey(c);
    const { rel, offset, limit } = query(RelatedPageQuery, c);
    return cached(c, ["related", key, rel, offset, limit], async () => {
      const page = await relatedPage(db, key, rel, offset, limit);
      if (!page) throw new HttpError(400, "invalid-input", `rel: ${rel} is not a relationship Details lists`);
      return page;
    });
  });
  app.get("/api/nodes/:key/neighborhood", async (c) => {
    const key = nodeKey(c);
    const { depth, limit } = query(NeighborhoodQuery, c);
    return cached(c, ["neighbourhood", key, depth, limit], async () => {
      const graph = await neighbourhood(db, key, depth as Depth, limit);
      // A node is always in its own neighbourhood, so an empty one means there is no such node.
      if (!graph.nodes.length) throw new HttpError(404, "not-found", `no node has the key ${key}`);
      return graph;
    });
  });
  app.get("/api/path", async (c) => {
    const ask = query(PathQuery, c);
    const { from, to } = ask;
    return cached(c, ["path", from, to, ask.paths, ask.mentions], async () => {
      const path = await shortestPaths(db, ask);
      if (!("missing" in path)) return path;
      if (path.missing.length)
        throw new HttpError(404, "not-found", `no node has the key ${path.missing.join(" or ")}`);
      const without = ask.mentions === "exclude" ? " without co-mention steps" : "";
      throw new HttpError(
        404,
        "no-path",
        `no path of at most ${MAX_PATH_HOPS} steps${without} connects ${from} and ${to}`,
      );
    });
  });
  app.post(
    "/api/cypher",
    bodyLimit({
      maxSize: 1024 * 1024,
      onError: () => {
        throw new HttpError(413, "too-large", "the request body is larger than 1 MB");
      },
    }),
    async (c) => {
      const request = valid(CypherRequest, await jsonBody(c));
      return c.json(await cypher(request));
    },
  );
  app.all("/api/*", (c) => {
    throw new HttpError(404, "not-found", `no endpoint ${c.req.method} ${c.req.path}`);
  });

  if (viewerDir && existsSync(join(viewerDir, "index.html"))) {
    app.use("/*", serveStatic({ root: viewerDir }));
    app.get("/*", serveStatic({ root: viewerDir, path: "index.html" }));
  } else if (viewerDir)
    app.get("/*", (c) =>
      c.text(
        "The claimgraph explorer is not built yet. Run `npm run build` (npm start does it) and reload this page; the API under /api works already.",
        503,
      ),
    );

  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: `api: ${err.message}`, code: err.code }, err.status);
    if (err instanceof CypherError) return c.json({ error: err.message, code: err.code }, CYPHER_STATUS[err.code]);
    if (isUnreachable(err))
      return c.json(
        {
          error:
            "api: Neo4j is not answering; start it with `npx claimgraph neo4j start` (or check NEO4J_URI), then try again",
          code: "neo4j-unavailable",
        },
        503,
      );
    console.error(err);
    return c.json({ error: `api: ${err.message}`, code: "internal" }, 500);
  });
  return app;
}
