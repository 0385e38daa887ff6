// The API over real HTTP and the real test Neo4j.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../../test-support/db.ts";
import type { Executor } from "../executor.ts";
import { startServer, type Server } from "./serve.ts";

let db: Executor;
let open: Server;
let guarded: Server;
beforeAll(async () => {
  db = await openTestDb();
  open = await startServer({ db, host: "127.0.0.1", port: 0 });
  guarded = await startServer({ db, host: "127.0.0.1", port: 0, token: "s3cret" });
});
afterAll(async () => {
  await open.close();
  await guarded.close();
  await db.close();
});

const get = async (server: Server, path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(new URL(path, server.url), { headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe("API", () => {
  it("rejects invalid input with a 400 and a message naming the field", async () => {
    const r = await get(open, "/api/search?q=&limit=5");
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/q must not be empty/);
    expect((await get(open, "/api/overview?limit=-3")).status).toBe(400);
  });

  it("answers unknown nodes and endpoints with 404 JSON", async () => {
    expect(await get(open, "/api/nodes/e:0000000000000000")).toMatchObject({ status: 404 });
    expect((await get(open, "/api/nope")).body.error).toMatch(/no endpoint GET \/api\/nope/);
  });

  it("requires the token when one is configured", async () => {
    expect((await get(guarded, "/api/stats")).status).toBe(401);
    expect((await get(guarded, "/api/stats", { authorization: "Bearer s3cret" })).status).toBe(200);
  });

  it("refuses to listen beyond loopback without a token", async () => {
    await expect(startServer({ db, host: "0.0.0.0", port: 0 })).rejects.toThrow(/CLAIMGRAPH_TOKEN/);
  });
});
