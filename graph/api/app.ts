// The HTTP API (JSON under /api) and the built viewer (everything else), as one Hono app.
import { Hono, type Context } from "hono";
import { serveStatic } from "@hono/node-server/serve-static";
import { z } from "zod";
import { NeighborhoodQuery, OverviewQuery, SearchQuery } from "../api-contract.ts";
import type { Executor } from "../executor.ts";
import { details, overview, search } from "../explore.ts";
import { neighbourhood } from "../subgraph.ts";
import type { Depth } from "../queries/read.ts";
import { counts } from "../store.ts";

export type ApiOptions = { db: Executor; viewerDir?: string; token?: string };

class BadRequest extends Error {}

function parse<T extends z.ZodType>(schema: T, c: Context): z.infer<T> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw new BadRequest(z.prettifyError(result.error).replace(/\n/g, "; "));
  return result.data;
}

export function createApi({ db, viewerDir, token }: ApiOptions): Hono {
  const app = new Hono();

  if (token)
    app.use("/api/*", async (c, next) => {
      const given = c.req.header("authorization")?.replace(/^Bearer\s+/i, "") ?? c.req.query("token");
      if (given !== token) return c.json({ error: "api: missing or wrong token (send Authorization: Bearer TOKEN)" }, 401);
      return next();
    });

  app.get("/api/stats", async (c) => c.json(await counts(db)));
  app.get("/api/overview", async (c) => c.json(await overview(db, parse(OverviewQuery, c).limit)));
  app.get("/api/search", async (c) => {
    const { q, limit } = parse(SearchQuery, c);
    return c.json({ hits: await search(db, q, limit) });
  });
  app.get("/api/nodes/:key", async (c) => {
    const found = await details(db, c.req.param("key"));
    return found ? c.json(found) : c.json({ error: `api: no node has the key ${c.req.param("key")}` }, 404);
  });
  app.get("/api/nodes/:key/neighborhood", async (c) => {
    const { depth } = parse(NeighborhoodQuery, c);
    return c.json(await neighbourhood(db, c.req.param("key"), depth as Depth));
  });
  app.all("/api/*", (c) => c.json({ error: `api: no endpoint ${c.req.method} ${c.req.path}` }, 404));

  if (viewerDir) {
    app.use("/*", serveStatic({ root: viewerDir }));
    app.get("/*", serveStatic({ root: viewerDir, path: "index.html" }));
  }

  app.onError((err, c) => {
    if (err instanceof BadRequest) return c.json({ error: `api: ${err.message}` }, 400);
    console.error(err);
    return c.json({ error: `api: ${err.message}` }, 500);
  });
  return app;
}
