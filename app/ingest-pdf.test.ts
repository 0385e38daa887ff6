// PDFs through the whole write path into the real test Neo4j: a folder holding a good report, a scan,
// a password-protected file and a text file. The two PDFs that cannot be read are skipped with their
// reasons, the others ingest, page furniture never becomes a claim or an entity, and every
// statement of the report carries the page it is printed on, up to the explorer's details.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../graph/executor.ts";
import { details } from "../graph/explore.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractor } from "../ingest/extract.ts";
import { ENCRYPTED, NO_TEXT_LAYER } from "../ingest/formats/pdf.ts";
import { openTestDb } from "../test-support/db.ts";
import {
  pageLetters,
  SAMPLE_FURNITURE,
  SAMPLE_INFO,
  SAMPLE_PAGES,
  SAMPLE_PUBLISHER,
  sampleReport,
  writePdf,
} from "../test-support/pdf-fixtures.ts";
import { ingestPaths, type IngestSummary } from "./ingest-paths.ts";

const extract = createExtractor(readCatalogue("seeds/entities.json"));
let db: Executor;
let dir: string;
let summary: IngestSummary;

const read = async (query: string, params: Record<string, unknown> = {}) =>
  (await db.read({ query, params, routing: "READ" })).map((r) => r.toObject());

beforeAll(async () => {
  db = await openTestDb();
  dir = mkdtempSync(join(tmpdir(), "ingest-pdf-"));
  writeFileSync(join(dir, "report.pdf"), sampleReport());
  writeFileSync(join(dir, "scan.pdf"), writePdf([{ runs: [], picture: true }]));
  writeFileSync(
    join(dir, "locked.pdf"),
    writePdf([{ runs: [{ x: 72, y: 700, size: 11, text: "Halden Power hid this plan." }] }], { encrypted: true }),
  );
  writeFileSync(
    join(dir, "notes.txt"),
    "The Fenwick Trust said that Halden Power opened a second tidal plant in 2022, at a cost of 90 million euros.",
  );
  summary = await ingestPaths(db, [dir], extract);
});
afterAll(() => db?.close());

describe("ingesting a folder with PDFs", () => {
  it("ingests the report and the text file, and skips the scan and the locked PDF with their reasons", () => {
    expect(summary.documents.map((d) => [d.path, d.result.status])).toEqual([
      [join(dir, "notes.txt"), "created"],
      [join(dir, "report.pdf"), "created"],
    ]);
    expect(summary.skipped).toEqual([
      { path: join(dir, "locked.pdf"), reason: expect.stringContaining(ENCRYPTED) },
      { path: join(dir, "scan.pdf"), reason: expect.stringContaining(NO_TEXT_LAYER) },
    ]);
  });

  it("stores the report's title, author, publisher and date on its Source", async () => {
    const [source] = await read(
      "MATCH (s:Source {kind: 'document'}) WHERE s.uri ENDS WITH 'report.pdf' RETURN s.title AS title, s.author AS author, s.publisher AS publisher, s.publishedAt AS publishedAt",
    );
    expect(source).toEqual({
      title: SAMPLE_INFO.Title,
      author: "Rhona Calder",
      publisher: SAMPLE_PUBLISHER,
      publishedAt: "2024-05-03T10:15:00Z",
    });
  });

  it("makes no claim or entity of the running header, the footer or a page number", async () => {
    const claims = (await read("MATCH (c:Claim) RETURN c.text AS text")).map((r) => r.text as string);
    expect(claims.length).toBeGreaterThan(5);
    const entities = (await read("MATCH (e:Entity) RETURN e.name AS name, e.aliases AS aliases")).flatMap((r) => [
      r.name as string,
      ...((r.aliases as string[]) ?? []),
    ]);
    for (const text of [...claims, ...entities]) {
      expect(text).not.toContain(SAMPLE_FURNITURE.header);
      expect(text).not.toMatch(/Coastal Energy|Ashgrove|Page \d+ of \d+/);
    }
  });

  it("records on every STATED_IN of the report the page its quote starts on", async () => {
    const rows = await read(
      "MATCH (:Claim)-[st:STATED_IN]->(s:Source) WHERE s.uri ENDS WITH 'report.pdf' RETURN st.quote AS quote, st.page AS page",
    );
    expect(rows.length).toBeGreaterThan(5);
    // The oracle: the report's printed words page by page, letters and digits only; where a quote's
    // letters begin in them is the page it starts on.
    const pages = SAMPLE_PAGES.map(pageLetters);
    const printed = pages.join("");
    const pageStarts = pages.map((_, i) => pages.slice(0, i).join("").length);
    for (const { quote, page } of rows) {
      const at = printed.indexOf((quote as string).toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""));
      expect(at, quote as string).toBeGreaterThanOrEqual(0);
      const printedOn = pageStarts.filter((start) => start <= at).length;
      expect(Number(page), quote as string).toBe(printedOn);
    }
    expect(new Set(rows.map((r) => Number(r.page)))).toEqual(new Set([1, 2, 3]));
  });

  it("gives the explorer's details the page of a PDF's quote, and none for a text file's", async () => {
    const [report] = await read("MATCH (s:Source) WHERE s.uri ENDS WITH 'report.pdf' RETURN s.id AS id");
    const statements = (await details(db, report!.id as string))!.statements;
    const employs = statements.find((s) => s.quote.startsWith("Kestrel Bay employs"));
    expect(employs?.page).toBe(3);
    expect(statements.every((s) => typeof s.page === "number")).toBe(true);

    const [notes] = await read("MATCH (s:Source) WHERE s.uri ENDS WITH 'notes.txt' RETURN s.id AS id");
    const textStatements = (await details(db, notes!.id as string))!.statements;
    expect(textStatements.length).toBeGreaterThan(0);
    expect(textStatements.every((s) => s.page === undefined)).toBe(true);
  });
});
