// GET /api/timeline over real HTTP and the real test Neo4j.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../../test-support/db.ts";
import { TimelineResponse } from "../api-contract.ts";
import type { Executor } from "../executor.ts";
import { startServer, type Server } from "./serve.ts";
import { seedFixture } from "./test-fixture.ts";

let db: Executor;
let server: Server;
beforeAll(async () => {
  db = await openTestDb();
  await seedFixture(db);
  server = await startServer({ db, host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe("GET /api/timeline", () => {
  it("counts the database's claims per publication month, undated ones apart", async () => {
    const res = await fetch(new URL("/api/timeline", server.url));
    expect(res.status).toBe(200);
    // The fixture: document a (2024-05-01) states two claims, the undated document b one.
    expect(TimelineResponse.parse(await res.json())).toEqual({ months: [{ month: "2024-05", claims: 2 }], undated: 1 });
  });
});
