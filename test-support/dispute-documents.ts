// Three short documents of our own (invented company, place and figures) about one battery plant:
// two give the same capacity on different authority, one a different capacity; a fourth claim
// measures something else and is linked to none. Used by the API and browser tests of corroborations and
// disputes.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestPaths } from "../app/ingest-paths.ts";
import type { Executor } from "../graph/executor.ts";
import { createExtractor } from "../ingest/extract.ts";

export const DISPUTE_DOCUMENTS = {
  "norvale-report.txt":
    "Annual report\n\n" +
    "Norvale Energy's battery plant in Tessaly has a capacity of 4.2 GWh, the company said in its annual report.\n\n" +
    "Norvale Energy employs 3,100 people at its offices in Brenmoor, according to the same report.\n",
  "grid-notice.txt":
    "Grid operator notice\n\n" +
    "Norvale Energy's battery plant in Tessaly has a capacity of 1.5 GWh, according to the regional grid operator.\n",
  "storage-survey.txt":
    "Storage survey\n\n" +
    "Norvale Energy's battery plant in Tessaly has a capacity of 4.2 GWh, an industry survey of storage sites found.\n",
} as const;

const extract = createExtractor([
  { name: "Norvale Energy", type: "Organization", aliases: [] },
  { name: "Tessaly", type: "Place", aliases: [] },
  { name: "Brenmoor", type: "Place", aliases: [] },
]);

/**
 * The claim keys (the report's capacity, the grid notice's, the survey's, the report's staff count),
 * the company's entity key and the report's source key.
 */
export type DisputeClaims = {
  report: string;
  grid: string;
  survey: string;
  staff: string;
  entity: string;
  reportSource: string;
};

async function claimKey(db: Executor, file: string, words: string): Promise<string> {
  const rows = await db.read({
    query: `MATCH (c:Claim)-[:STATED_IN]->(s:Source) WHERE s.uri ENDS WITH $file AND c.text CONTAINS $words
            RETURN DISTINCT c.id AS key`,
    params: { file, words },
    routing: "READ",
  });
  if (rows.length !== 1) throw new Error(`dispute fixture: ${rows.length} claims in ${file} say "${words}"`);
  return rows[0]!.get("key") as string;
}

export async function ingestDisputeDocuments(db: Executor): Promise<DisputeClaims> {
  const dir = mkdtempSync(join(tmpdir(), "disputes-"));
  for (const [name, text] of Object.entries(DISPUTE_DOCUMENTS)) writeFileSync(join(dir, name), text);
  const summary = await ingestPaths(db, [dir], extract);
  if (summary.skipped.length) throw new Error(`dispute fixture: skipped ${JSON.stringify(summary.skipped)}`);
  const [entity] = await db.read({
    query: "MATCH (e:Entity {name: 'Norvale Energy'}) RETURN e.id AS key",
    routing: "READ",
  });
  const [reportSource] = await db.read({
    query: "MATCH (s:Source) WHERE s.uri ENDS WITH 'norvale-report.txt' RETURN s.id AS key",
    routing: "READ",
  });
  return {
    report: await claimKey(db, "norvale-report.txt", "4.2 GWh"),
    grid: await claimKey(db, "grid-notice.txt", "1.5 GWh"),
    survey: await claimKey(db, "storage-survey.txt", "4.2 GWh"),
    staff: await claimKey(db, "norvale-report.txt", "3,100"),
    entity: entity!.get("key") as string,
    reportSource: reportSource!.get("key") as string,
  };
}
