// The claims filters over real HTTP and the real test Neo4j: claims of chosen documents and claims
// that state figures (of a unit), from the whole database, paged, with their true total.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchFrom } from "../../test-support/batch-of.ts";
import { createExtractor } from "../../ingest/extract.ts";
import { openTestDb } from "../../test-support/db.ts";
import type { Executor } from "../executor.ts";
import { sourceId } from "../ids.ts";
import { upsertBatch } from "../store.ts";
import { startServer, type Server } from "./serve.ts";

const batchOf = batchFrom(
  createExtractor([
    { name: "Halden Works", type: "Organization", aliases: [] },
    { name: "Ostrava Steel", type: "Organization", aliases: [] },
    { name: "Brenna", type: "Place", aliases: [] },
  ]),
);

const SALES = "Halden Works reported sales of $3.1 billion in Brenna last year.";
const SHARE = "Halden Works said its share of the Brenna market fell to 21%.";
const BOUGHT = "Ostrava Steel paid $420 million for a mill in Brenna.";
const PLAIN = "Ostrava Steel opened a new office in Brenna.";

let db: Executor;
let server: Server;
beforeAll(async () => {
  db = await openTestDb();
  await upsertBatch(db, batchOf("/docs/halden.txt", `${SALES} ${SHARE}`));
  await upsertBatch(db, batchOf("/docs/ostrava.txt", `${BOUGHT} ${PLAIN}`));
  server = await startServer({ db, host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

type Body = Record<string, any>;
const get = async (path: string) => {
  const response = await fetch(new URL(path, server.url));
  return { status: response.status, body: (await response.json()) as Body };
};
const claimsOf = (body: Body) =>
  body.nodes.filter((n: Body) => n.attributes.kind === "Claim").map((n: Body) => n.attributes.text as string);
const kinds = (body: Body) => new Set(body.nodes.map((n: Body) => n.attributes.kind as string));

describe("claims filters", () => {
  it("lists the units of the stored figures with how many claims state each", async () => {
    const { body } = await get("/api/units");
    expect(body).toEqual({
      units: [
        { unit: "USD", claims: 2 },
        { unit: "%", claims: 1 },
      ],
      claims: 3,
    });
  });

  it("finds the claims that state a figure of a unit, with those figures, their entities and sources", async () => {
    const { body } = await get("/api/claims?numbers=1&unit=USD");
    expect(claimsOf(body).sort()).toEqual([BOUGHT, SALES].sort());
    expect(body.attributes).toEqual({ total: 2, offset: 0, shown: 2 });
    const figures = body.nodes.filter((n: Body) => n.attributes.kind === "Quantity");
    expect(figures.map((n: Body) => n.attributes.unit)).toEqual(["USD", "USD"]);
    expect(kinds(body)).toEqual(new Set(["Claim", "Quantity", "Entity", "Source"]));
    // Any unit: every claim with a figure, none without.
    expect(claimsOf((await get("/api/claims?numbers=1")).body).sort()).toEqual([BOUGHT, SALES, SHARE].sort());
  });

  it("finds the claims of chosen documents, also with figures only", async () => {
    const ostrava = encodeURIComponent(sourceId("/docs/ostrava.txt"));
    const halden = encodeURIComponent(sourceId("/docs/halden.txt"));
    expect(claimsOf((await get(`/api/claims?docs=${ostrava}`)).body).sort()).toEqual([BOUGHT, PLAIN].sort());
    const both = (await get(`/api/claims?docs=${ostrava},${halden}&numbers=1&unit=%25`)).body;
    expect(claimsOf(both)).toEqual([SHARE]);
    expect(both.attributes.total).toBe(1);
  });

  it("pages through the matches, each page saying how many there are in all", async () => {
    const first = (await get("/api/claims?numbers=1&limit=2")).body;
    const second = (await get("/api/claims?numbers=1&limit=2&offset=2")).body;
    expect(first.attributes).toEqual({ total: 3, offset: 0, shown: 2 });
    expect(second.attributes).toEqual({ total: 3, offset: 2, shown: 1 });
    expect(new Set([...claimsOf(first), ...claimsOf(second)])).toEqual(new Set([BOUGHT, SALES, SHARE]));
  });

  it("refuses a request that filters nothing", async () => {
    expect((await get("/api/claims")).status).toBe(400);
  });
});
