// Against the real test Neo4j (test-support/global-setup.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchFrom } from "../test-support/batch-of.ts";
import { openTestDb } from "../test-support/db.ts";
import type { Executor } from "./executor.ts";
import { counts, ensureSchema, reset, upsertBatch, upsertBatches } from "./store.ts";
import { createExtractor } from "../ingest/extract.ts";
import { toGraphBatch } from "../ingest/to-batch.ts";
import type { Document } from "../ingest/document.ts";
import type { GraphBatch } from "./model.ts";

const extract = createExtractor([
  { name: "Acme Robotics", type: "Organization", aliases: ["Acme"] },
  { name: "Norway", type: "Place", aliases: [] },
  { name: "Orbital Lab", type: "Organization", aliases: [] },
]);
const batchOf = batchFrom(extract);
const shared = "Acme opened a lab in Norway in 2021.";

let db: Executor;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const claimTexts = async () =>
  (await db.read({ query: "MATCH (c:Claim) RETURN c.text AS t ORDER BY t", routing: "READ" })).map((r) => r.get("t"));

describe("upsertBatch", () => {
  it("writes a document once and leaves the graph unchanged when the same text comes again", async () => {
    const a = batchOf("/docs/a.txt", `${shared} Orbital Lab tested a rocket.`);
    expect((await upsertBatch(db, a)).status).toBe("created");
    const before = await counts(db);
    expect(before).toMatchObject({ entities: 3, claims: 2, sources: 1 });
    expect((await upsertBatch(db, a)).status).toBe("unchanged");
    expect((await upsertBatch(db, a, { force: true })).status).toBe("updated");
    expect(await counts(db)).toEqual(before);
  });

  it("keeps on each claim why it is one: the rules that decided, as 'stage · rule: reason'", async () => {
    const rows = await db.read({ query: "MATCH (c:Claim) RETURN c.text AS text, c.why AS why", routing: "READ" });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const why = r.get("why") as string[];
      expect(why.length, r.get("text")).toBeGreaterThan(0);
      expect(
        why.filter((w) => /^claims · [\w-]+: \S/.test(w)),
        r.get("text"),
      ).not.toEqual([]);
    }
  });

  it("stores offsets as integers and quotes that match the source text", async () => {
    const [r] = await db.read({
      query:
        "MATCH (c:Claim)-[st:STATED_IN]->(s:Source) RETURN st.start AS start, st.end AS end, st.quote AS quote, s.text AS text LIMIT 1",
      routing: "READ",
    });
    const [start, end] = [r!.get("start"), r!.get("end")];
    expect(start.constructor.name).toBe("Integer");
    expect((r!.get("text") as string).slice(start.toNumber(), end.toNumber())).toBe(r!.get("quote"));
  });

  it("on a changed document replaces only its own claims; a claim another source states survives", async () => {
    await upsertBatch(db, batchOf("/docs/b.txt", `${shared} Norway taxed robots.`));
    await upsertBatch(db, batchOf("/docs/a.txt", "Acme Robotics hired 300 people in Norway."));
    expect(await claimTexts()).toEqual(
      [shared, "Acme Robotics hired 300 people in Norway.", "Norway taxed robots."].sort(),
    );
    const [r] = await db.read({
      query: "MATCH (c:Claim {text: $t})-[:STATED_IN]->(s) RETURN collect(s.uri) AS uris",
      params: { t: shared },
      routing: "READ",
    });
    expect(r!.get("uris")).toEqual(["/docs/b.txt"]);
    // Orbital Lab was only named in a's old text: with no claim or mention left it is gone.
    const orbital = await db.read({ query: "MATCH (e:Entity {name: 'Orbital Lab'}) RETURN e", routing: "READ" });
    expect(orbital).toHaveLength(0);
  });

  it("rolls back the whole document when a write inside its transaction fails", async () => {
    const before = await counts(db);
    let calls = 0;
    // The real executor, with a fault injected into the 4th query of the transaction.
    const faulty: Executor = {
      ...db,
      writeTransaction: (fn) =>
        db.writeTransaction((run) =>
          fn(async (q) => {
            if (++calls === 4) throw new Error("injected failure");
            return run(q);
          }),
        ),
    };
    await expect(
      upsertBatch(faulty, batchOf("/docs/c.txt", "Orbital Lab launched from Norway in 2024.")),
    ).rejects.toThrow("injected failure");
    // The writes after it were sent too (they go out together), and none of them stayed.
    expect(calls).toBeGreaterThan(4);
    expect(await counts(db)).toEqual(before);
  });

  it("resolves a short name to the entity another document named in full, when only one fits", async () => {
    const text = "Maria Diallo said Norway grew. Diallo added that Norway taxed robots.";
    await upsertBatch(db, batchOf("/docs/e.txt", text));
    const surnameOnly = (location: string, quote: string): GraphBatch => {
      const doc: Document = { uri: location, location, title: location, text: quote, format: "text" };
      const at = quote.indexOf("Diallo");
      return toGraphBatch(doc, {
        entities: [{ name: "Diallo", type: "Person", aliases: [], resolution: [], found: [] }],
        mentions: [{ start: at, end: at + 6, surface: "Diallo", entity: "Diallo" }],
        claims: [
          {
            start: 0,
            end: quote.length,
            quote,
            about: ["Diallo"],
            numbers: [],
            quantities: [],
            hedged: false,
            confidence: 0.5,
            why: [],
          },
        ],
        citations: [],
        rejected: [],
      });
    };
    await upsertBatch(db, surnameOnly("/docs/f.txt", "Diallo visited Oslo in 2020."));
    const people = async () =>
      await db.read({
        query: "MATCH (p:Person) RETURN p.name AS name, p.resolution AS why, COUNT { (p)<-[:MENTIONS]-() } AS docs",
        routing: "READ",
      });
    const [one, ...others] = await people();
    expect(others).toHaveLength(0);
    expect(one!.get("name")).toBe("Maria Diallo");
    expect(one!.get("docs").toNumber()).toBe(2);
    expect(one!.get("why")).toEqual(expect.arrayContaining([expect.stringMatching(/^Diallo: .*another document/)]));

    // A first name alone is never taken to mean the same person in another document.
    await upsertBatch(db, batchOf("/docs/i.txt", "In 2019 Ingrid said Norway grew."));
    await upsertBatch(db, batchOf("/docs/j.txt", "Ingrid Lindqvist said Norway shrank. Ingrid added less."));
    expect((await people()).map((r) => r.get("name"))).toEqual(expect.arrayContaining(["Ingrid", "Ingrid Lindqvist"]));

    // With two people of that surname known, "Diallo" alone is ambiguous and stays apart.
    await upsertBatch(db, batchOf("/docs/g.txt", "Anna Diallo said Norway grew. Diallo added more."));
    await upsertBatch(db, surnameOnly("/docs/h.txt", "Diallo left Oslo in 2021."));
    expect(
      (await people())
        .map((r) => r.get("name"))
        .filter((n) => n.includes("Diallo"))
        .sort(),
    ).toEqual(["Anna Diallo", "Diallo", "Maria Diallo"]);
  });

  it("gives an entity first stored under a family name the full name a later document uses", async () => {
    await upsertBatch(db, batchOf("/docs/k.txt", "Olsen said Norway grew in 2019."));
    const before = await db.read({ query: "MATCH (p:Person {name: 'Olsen'}) RETURN p.id AS id", routing: "READ" });
    expect(before).toHaveLength(1);
    await upsertBatch(db, batchOf("/docs/l.txt", "Maria Olsen said Norway shrank in 2020. Olsen added more."));
    const [after] = await db.read({
      query: "MATCH (p:Person) WHERE p.id = $id RETURN p.name AS name, p.aliases AS aliases",
      params: { id: before[0]!.get("id") },
      routing: "READ",
    });
    expect(after!.get("name")).toBe("Maria Olsen");
    expect(after!.get("aliases")).toContain("Olsen");
    // A later document naming her in full joins that node, though her name hashes to another id.
    await upsertBatch(db, batchOf("/docs/p.txt", "Maria Olsen said Norway grew again in 2021."));
    const olsens = await db.read({
      query: "MATCH (p:Person) WHERE p.name = 'Maria Olsen' RETURN p.id AS id",
      routing: "READ",
    });
    expect(olsens.map((r) => r.get("id"))).toEqual([before[0]!.get("id")]);
  });

  it("relabels an entity whose type a later document corrects, keeping one type label", async () => {
    const typed = (location: string, type: "Organization" | "Product"): GraphBatch => {
      const quote = "Zephyr shipped 10 units.";
      const doc: Document = { uri: location, location, title: location, text: quote, format: "text" };
      return toGraphBatch(doc, {
        entities: [{ name: "Zephyr", type, aliases: ["ZPR"], resolution: [], found: [] }],
        mentions: [{ start: 0, end: 6, surface: "Zephyr", entity: "Zephyr" }],
        claims: [
          {
            start: 0,
            end: quote.length,
            quote,
            about: ["Zephyr"],
            numbers: ["10"],
            quantities: [],
            hedged: false,
            confidence: 0.5,
            why: [],
          },
        ],
        citations: [],
        rejected: [],
      });
    };
    const labels = async () =>
      (
        await db.read({
          query: "MATCH (n:Entity {name: 'Zephyr'}) RETURN labels(n) AS l, n.type AS t, n.aliases AS a",
          routing: "READ",
        })
      ).map((r) => [[...(r.get("l") as string[])].sort(), r.get("t"), r.get("a")]);
    await upsertBatch(db, typed("/docs/m.txt", "Organization"));
    expect(await labels()).toEqual([[["Entity", "Organization"], "Organization", ["ZPR"]]]);
    await upsertBatch(db, typed("/docs/n.txt", "Organization"));
    expect(await labels()).toEqual([[["Entity", "Organization"], "Organization", ["ZPR"]]]);
    await upsertBatch(db, typed("/docs/o.txt", "Product"));
    expect(await labels()).toEqual([[["Entity", "Product"], "Product", ["ZPR"]]]);
  });

  it("rejects a batch whose span does not match its quote, naming the document", async () => {
    const bad = batchOf("/docs/d.txt", shared);
    bad.statedIn[0]!.quote = "something else";
    await expect(upsertBatch(db, bad)).rejects.toThrow(/store\.upsertBatch: invalid batch for \/docs\/d\.txt/);
  });
});

describe("claim dates", () => {
  const both = "Acme Robotics opened a factory in Norway in 2019.";
  const dated = (location: string, text: string, publishedAt?: string) => {
    const doc: Document = {
      uri: location,
      location,
      title: location,
      text,
      format: "text",
      ...(publishedAt ? { publishedAt } : {}),
    };
    return toGraphBatch(doc, extract(doc));
  };
  const dateOf = async (text: string) => {
    const rows = await db.read({
      query: "MATCH (c:Claim {text: $text}) RETURN c.publishedAt AS date",
      params: { text },
      routing: "READ",
    });
    expect(rows, text).toHaveLength(1);
    return rows[0]!.get("date") as string | null;
  };

  it("gives a claim the earliest date of the sources that state it, and moves it when one stops", async () => {
    await upsertBatch(db, dated("/dates/later.txt", `${both} Orbital Lab tested a rocket.`, "2023-06-15T10:00:00Z"));
    expect(await dateOf(both)).toBe("2023-06-15");
    await upsertBatch(db, dated("/dates/earlier.txt", `${both} Norway taxed robots in 2018.`, "2023-02-01"));
    expect(await dateOf(both)).toBe("2023-02-01");
    expect(await dateOf("Orbital Lab tested a rocket.")).toBe("2023-06-15");

    // The earlier document no longer says it: the claim now dates from the later one.
    await upsertBatch(db, dated("/dates/earlier.txt", "Norway taxed robots in 2018.", "2023-02-01"));
    expect(await dateOf(both)).toBe("2023-06-15");
    expect(await dateOf("Norway taxed robots in 2018.")).toBe("2023-02-01");

    // The later document loses its date: the claim's only dated source is gone, so is its date.
    await upsertBatch(db, dated("/dates/later.txt", `${both} Orbital Lab tested a rocket again.`));
    expect(await dateOf(both)).toBeNull();
  });

  it("dates, at connect, claims written before claims carried dates", async () => {
    // A database of before: no claim dates, and no index for them.
    await db.writeTransaction((run) => run({ query: "MATCH (c:Claim) REMOVE c.publishedAt", routing: "WRITE" }));
    await db.writeTransaction((run) => run({ query: "DROP INDEX claim_published", routing: "WRITE" }));
    expect(await dateOf("Norway taxed robots in 2018.")).toBeNull();
    await ensureSchema(db);
    expect(await dateOf("Norway taxed robots in 2018.")).toBe("2023-02-01");
    expect(await dateOf(both)).toBeNull();
    // Once the database has the index, connecting leaves the claims alone.
    await db.writeTransaction((run) =>
      run({ query: "MATCH (c:Claim {text: 'Norway taxed robots in 2018.'}) REMOVE c.publishedAt", routing: "WRITE" }),
    );
    await ensureSchema(db);
    expect(await dateOf("Norway taxed robots in 2018.")).toBeNull();
  });
});

describe("resolution across documents", () => {
  // One person named in full, by family name, and both ways: one node whatever the order, and
  // a forced re-ingest of all three leaves the graph as it was.
  const docs = [
    ["/docs/full.txt", "Kofi Mensah said Norway grew in 2019."],
    ["/docs/family.txt", "Mensah said Norway shrank in 2020."],
    ["/docs/both.txt", "Kofi Mensah said Norway taxed robots. Mensah added that Norway grew."],
  ] as const;
  const orders = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  ];
  const people = async () =>
    (await db.read({ query: "MATCH (p:Person) RETURN p.name AS name ORDER BY name", routing: "READ" })).map((r) =>
      r.get("name"),
    );

  it.each(orders)("gives one person in the order %i, %i, %i, and ingest --force changes nothing", async (...order) => {
    await reset(db);
    for (const i of order) await upsertBatch(db, batchOf(docs[i]![0], docs[i]![1]));
    expect(await people()).toEqual(["Kofi Mensah"]);
    const clean = await counts(db);
    for (let round = 0; round < 2; round++) {
      for (const [location, text] of docs) await upsertBatch(db, batchOf(location, text), { force: true });
      expect(await counts(db)).toEqual(clean);
      expect(await people()).toEqual(["Kofi Mensah"]);
    }
  });
});

describe("upsertBatches (several documents in one transaction)", () => {
  const group = () => [
    batchOf("/docs/g1.txt", "Kofi Mensah said Norway grew in 2019."),
    batchOf("/docs/g2.txt", "Acme opened a plant in Norway in 2022."),
    batchOf("/docs/g3.txt", "Mensah said Acme hired 40 engineers."),
  ];
  const sources = async () =>
    (await db.read({ query: "MATCH (s:Source) RETURN s.uri AS uri ORDER BY uri", routing: "READ" })).map((r) =>
      r.get("uri"),
    );

  it("writes a group in one transaction, each document resolved against those before it", async () => {
    await reset(db);
    for (const b of group()) await upsertBatch(db, b);
    const oneByOne = await counts(db);
    const people = await db.read({ query: "MATCH (p:Person) RETURN p.name AS n", routing: "READ" });

    await reset(db);
    let transactions = 0;
    const counting: Executor = { ...db, writeTransaction: (fn) => (transactions++, db.writeTransaction(fn)) };
    const results = await upsertBatches(
      counting,
      group().map((batch) => ({ batch, storedHash: undefined })),
    );
    expect(transactions).toBe(1);
    expect(results.map((r) => (r instanceof Error ? r.message : r.status))).toEqual(["created", "created", "created"]);
    expect(await counts(db)).toEqual(oneByOne);
    // "Mensah" in the third document is the person of the first, as when written one by one.
    expect(await db.read({ query: "MATCH (p:Person) RETURN p.name AS n", routing: "READ" })).toHaveLength(
      people.length,
    );
  });

  it("writes the others when one document of the group fails, and nothing of the failed one", async () => {
    await reset(db);
    const [g1, g2, g3] = group();
    const bad = g2!.document.id;
    // The real executor, failing any query that writes the second document's node.
    const faulty: Executor = {
      ...db,
      writeTransaction: (fn) =>
        db.writeTransaction((run) =>
          fn(async (q) => {
            if ((q.params?.doc as { id?: string } | undefined)?.id === bad) throw new Error("injected failure");
            return run(q);
          }),
        ),
    };
    const results = await upsertBatches(
      faulty,
      [g1!, g2!, g3!].map((batch) => ({ batch, storedHash: undefined })),
    );
    expect(results.map((r) => (r instanceof Error ? r.message : r.status))).toEqual([
      "created",
      "injected failure",
      "created",
    ]);
    expect(await sources()).toEqual(["/docs/g1.txt", "/docs/g3.txt"]);
    const plant = await db.read({ query: "MATCH (c:Claim) WHERE c.text CONTAINS 'plant' RETURN c", routing: "READ" });
    expect(plant).toHaveLength(0);
  });
});
