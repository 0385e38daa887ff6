// Starts the API on a host and port; beyond loopback only with a token.
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createCypherPool } from "../cypher-pool.ts";
import { createApi, type ApiOptions } from "./app.ts";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

export type Server = { url: string; close(): Promise<void> };

export async function startServer(opts: ApiOptions & { host: string; port: number }): Promise<Server> {
  if (!LOOPBACK.has(opts.host) && !opts.token)
    throw new Error(
      `serve: listening on ${opts.host} exposes the graph to the network; set CLAIMGRAPH_TOKEN to require a token, or use --host 127.0.0.1`,
    );
  const pool = createCypherPool(opts.db.target, { timeoutMs: opts.cypherTimeoutMs });
  const app = createApi({ ...opts, runCypher: pool.run });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        close: async () => {
          await new Promise<void>((done) => server.close(() => done()));
          await pool.close();
        },
      });
    });
    server.on("error", (e) => {
      void pool.close();
      reject(new Error(`serve: cannot listen on ${opts.host}:${opts.port}: ${e.message}`));
    });
  });
}
