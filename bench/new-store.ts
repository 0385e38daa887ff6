// A local Neo4j on a new store, for the benchmarks. Emptying a store that held a large graph leaves
// Neo4j minutes of cleaning in the background (index entries, freed ids), which slowed the first
// tenths of the next ingest by half and the figures measured meanwhile. A new store has a cost of its
// own: its first ingests run slower while its files grow (52 s and 39 s, then 27 s, for SOTU), so it
// suits a bench whose measured part comes after an ingest that is not measured (the scale bench's
// warm-up copy, the API bench's graph). Only for the benchmarks' own Neo4j (.neo4j-bench), never
// one named by NEO4J_URI.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { startLocalNeo4j, stopLocalNeo4j } from "../graph/local-neo4j.ts";

export async function startOnNewStore(local: Parameters<typeof startLocalNeo4j>[0]) {
  await stopLocalNeo4j(local);
  rmSync(join(local.home, "data"), { recursive: true, force: true });
  return startLocalNeo4j(local);
}
