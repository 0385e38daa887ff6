// Search as people type it, over real HTTP and the real test Neo4j: query syntax taken as words, an
// exact name first, one hit per name and type, one typo forgiven, an acronym matched whole.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../../test-support/db.ts";
import type { Executor } from "../executor.ts";
import { toLucene } from "../explore.ts";
import { entityId, sourceId } from "../ids.ts";
import { upsertBatch } from "../store.ts";
import { startServer, type Server } from "./serve.ts";
import { ACME, NORWAY, documentB, seedFixture } from "./test-fixture.ts";

let db: Executor;
let server: Server;
/** A second node named like ACME, of its type, with fewer relationships (as a resolution slip makes). */
const ACME_TWIN = { ...ACME, id: entityId("Acme Robotics (twin)"), aliases: [] };

beforeAll(async () => {
  db = await openTestDb();
  await seedFixture(db);
  const c = documentB();
  const twin = sourceId("/docs/twin.txt");
  c.document = { ...c.document, id: twin, uri: "/docs/twin.txt", title: "twin" };
  c.statedIn = c.statedIn.map((st) => ({ ...st, sourceId: twin }));
  c.entities = [ACME_TWIN];
  c.about = [];
  c.mentions = [{ sourceId: twin, entityId: ACME_TWIN.id, count: 1, spans: [0, 4] }];
  await upsertBatch(db, c);
  server = await startServer({ db, host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server?.close();
  await db.close();
});

const hits = async (text: string) => {
  const res = await fetch(new URL(`/api/search?q=${encodeURIComponent(text)}&limit=10`, server.url));
  expect(res.status).toBe(200);
  return ((await res.json()) as { hits: { key: string; label: string; kind: string }[] }).hits;
};

describe("toLucene", () => {
  it("escapes syntax, drops operators, lets the last word be a prefix and long words carry a typo", () => {
    expect(toLucene("China OR US")).toBe('((China OR China~1) AND US) OR "China US"^4');
    expect(toLucene("deepsek")).toBe("(deepsek OR deepsek* OR deepsek~1)");
    expect(toLucene("CAS")).toBe("CAS");
    expect(toLucene("a:b")).toBe("(a\\:b OR a\\:b*)");
    expect(toLucene("AND NOT")).toBeUndefined();
  });
});

describe("GET /api/search", () => {
  it("lists a node named exactly what was typed (or with it as an alias) first", async () => {
    expect((await hits("Acme"))[0]?.key).toBe(ACME.id);
  });

  it("shows one hit per name and type, the better connected", async () => {
    const acme = (await hits("Acme Robotics")).filter((h) => h.label === "Acme Robotics");
    expect(acme.map((h) => h.key)).toEqual([ACME.id]);
  });

  it("forgives one typo in a longer word", async () => {
    expect((await hits("Norwya")).map((h) => h.key)).toContain(NORWAY.id);
  });

  it("matches an acronym as a whole word, lower case as a prefix", async () => {
    expect((await hits("NOR")).map((h) => h.key)).not.toContain(NORWAY.id);
    expect((await hits("nor")).map((h) => h.key)).toContain(NORWAY.id);
  });
});
