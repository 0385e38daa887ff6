// Details of linked claims against the real Neo4j: three documents of our own about one plant, two
// giving the same capacity and one another, linked as the linker does; Details reads the links from
// either end, with the other claim's quote, figures and why, and an entity's statements say which
// claims are disputed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDisputeDocuments, type DisputeClaims } from "../test-support/dispute-documents.ts";
import { openTestDb } from "../test-support/db.ts";
import type { Executor } from "./executor.ts";
import { details } from "./explore.ts";
import { quantitiesOf } from "./linked-claims.ts";

let db: Executor;
let claims: DisputeClaims;

beforeAll(async () => {
  db = await openTestDb();
  claims = await ingestDisputeDocuments(db);
});
afterAll(() => db?.close());

const claimDetails = async (key: string) => {
  const d = await details(db, key);
  if (!d) throw new Error(`no details for ${key}`);
  return d;
};

describe("details of a claim's links", () => {
  it("lists the claim that contradicts it, from the other end of the edge, with its quote and figures", async () => {
    const d = await claimDetails(claims.report);
    expect(d.disputes?.map((c) => c.key)).toEqual([claims.grid]);
    const [grid] = d.disputes!;
    // The reason in words, naming both figures (its wording is the linker's).
    expect(grid!.why).toMatch(/1\.5/);
    expect(grid!.why).toMatch(/4\.2/);
    expect(grid!.quantities.map((q) => q.text)).toContain("1.5 GWh");
    expect(grid!.statements).toHaveLength(1);
    const [quoted] = grid!.statements;
    expect(quoted!.sourceUri).toMatch(/grid-notice\.txt$/);
    expect(quoted!.quote).toContain("1.5 GWh");
    expect(quoted!.end - quoted!.start).toBe(quoted!.quote.length);
    expect(grid!.score).toBeUndefined();
  });

  it("lists the claim that corroborates it with its score, whichever way the edge points", async () => {
    const report = await claimDetails(claims.report);
    expect(report.corroborations?.map((c) => c.key)).toEqual([claims.survey]);
    const [survey] = report.corroborations!;
    expect(survey!.score).toBeGreaterThan(0);
    expect(survey!.score).toBeLessThanOrEqual(1);
    expect(survey!.why).not.toBe("");
    expect(survey!.statements[0]!.quote).toContain("an industry survey");
    const fromSurvey = await claimDetails(claims.survey);
    expect(fromSurvey.corroborations?.map((c) => c.key)).toEqual([claims.report]);
    expect(fromSurvey.disputes?.map((c) => c.key)).toEqual([claims.grid]);
  });

  it("gives a claim disputed twice both disputes, and an unlinked claim empty lists", async () => {
    const grid = await claimDetails(claims.grid);
    expect(grid.disputes?.map((c) => c.key).sort()).toEqual([claims.report, claims.survey].sort());
    expect(grid.corroborations).toEqual([]);
    const staff = await claimDetails(claims.staff);
    expect(staff).toMatchObject({ corroborations: [], disputes: [] });
  });

  it("counts, in an entity's statements, how many claims dispute each", async () => {
    const d = await claimDetails(claims.entity);
    const disputed = Object.fromEntries(d.statements.map((s) => [s.claimId, s.disputed]));
    expect(disputed).toEqual({
      [claims.report]: 1,
      [claims.grid]: 2,
      [claims.survey]: 1,
      [claims.staff]: undefined,
    });
    // Entities and sources have no link lists of their own.
    expect(d.corroborations).toBeUndefined();
    expect(d.disputes).toBeUndefined();
  });
});

describe("quantitiesOf", () => {
  it("prefers Quantity nodes, falls back to the stored JSON, and drops what does not parse", () => {
    const node = { id: "q:1", text: "4.2 GWh", value: 4.2, unit: "GWh", kind: "energy", measure: null };
    expect(quantitiesOf([node], '[{"text":"9","value":9}]')).toEqual([
      { text: "4.2 GWh", value: 4.2, unit: "GWh", kind: "energy" },
    ]);
    expect(quantitiesOf([], '[{"text":"9","value":9},{"text":"x"}]')).toEqual([{ text: "9", value: 9 }]);
    expect(quantitiesOf([], "not json")).toEqual([]);
  });
});
