// The explorer as a person would get it: seeds ingested into the test Neo4j, the built viewer
// and the API served on a free loopback port.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ingestPaths } from "../app/ingest-paths.ts";
import type { Executor } from "../graph/executor.ts";
import { startServer, type Server } from "../graph/api/serve.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractor } from "../ingest/extract.ts";
import { openTestDb } from "../test-support/db.ts";

export async function startSeededExplorer(): Promise<{ db: Executor; server: Server }> {
  const viewerDir = resolve("dist/viewer");
  if (!existsSync(resolve(viewerDir, "index.html")))
    throw new Error("e2e: dist/viewer is missing; run `npm run build` first (npm test does)");
  const db = await openTestDb();
  const summary = await ingestPaths(db, ["seeds"], createExtractor(readCatalogue("seeds/entities.json")));
  if (summary.skipped.length) throw new Error(`e2e: seeds did not ingest: ${JSON.stringify(summary.skipped)}`);
  const server = await startServer({ db, host: "127.0.0.1", port: 0, viewerDir });
  return { db, server };
}
