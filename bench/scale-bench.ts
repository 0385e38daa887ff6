// Ten times the State of the Union corpus (2,330 documents: the 233 speeches copied into ten folders,
// so each copy is a document of its own) into an emptied graph, in one ingest run as the CLI runs it
// (extraction in a worker): documents per second in each tenth of the run, and the peak memory of
// this process and of the Neo4j JVM, to show whether ingest slows down as the graph grows.
// A claim is identified by its text, so a plain copy would only restate the first copy's claims and
// cost less than it; each copy's numbers are therefore raised by its copy number (1790 -> 1793 in
// copy 3), which makes its claims new claims about the same entities: each tenth then writes as much
// as the first, into a graph that has grown. One more copy (the speeches as they are) is ingested
// first and not timed: it warms the JVM's compiler and Node's, which would otherwise be counted as
// the first tenth's slowness. `npx tsx bench/scale-bench.ts [--copies N]`.
// EMPTIES the graph it runs on: NEO4J_URI when set, else the bench Neo4j (.neo4j-bench), whose store
// it deletes and makes anew.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ingestPaths } from "../app/ingest-paths.ts";
import { createExecutor } from "../graph/executor.ts";
import { localNeo4jStatus } from "../graph/local-neo4j.ts";
import { counts, ensureSchema, reset } from "../graph/store.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractionWorker } from "../ingest/extraction-worker.ts";
import { testBoltPort } from "../test-support/test-port.ts";
import { SOTU_DIR } from "./hub-bench.ts";
import { startOnNewStore } from "./new-store.ts";

const { values: args } = parseArgs({ options: { copies: { type: "string", default: "10" } } });
const copies = Number(args.copies);
const home = resolve(".neo4j-bench");
const local = { home, boltPort: await testBoltPort(home, 7689), heap: "2g" };
const env = process.env;
const target = env.NEO4J_URI
  ? { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? "neo4j", password: env.NEO4J_PASSWORD ?? "" }
  : await startOnNewStore(local);
const db = createExecutor(target.uri, target, env.NEO4J_DATABASE);

/** The JVM's peak resident memory (VmHWM), when the local Neo4j runs on this Linux machine. */
async function jvmPeakMiB(): Promise<string> {
  if (env.NEO4J_URI) return "n/a (remote)";
  const { pid } = await localNeo4jStatus(local);
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? `${Math.round(Number(kb) / 1024)} MiB` : "n/a";
  } catch {
    return "n/a";
  }
}

const root = mkdtempSync(join(tmpdir(), "sotu-x-"));
try {
  const speeches = readdirSync(SOTU_DIR).filter((f) => f.endsWith(".txt"));
  const [warmUp, ...dirs] = Array.from({ length: copies + 1 }, (_, i) => {
    const dir = join(root, `copy-${String(i).padStart(2, "0")}`);
    mkdirSync(dir);
    for (const f of speeches) {
      const text = readFileSync(join(SOTU_DIR, f), "utf8");
      writeFileSync(join(dir, f), i === 0 ? text : text.replace(/\d+/g, (n) => String(Number(n) + i)));
    }
    return dir;
  });
  const total = speeches.length * copies;
  await ensureSchema(db);
  if (env.NEO4J_URI) await reset(db);
  const extract = createExtractionWorker(readCatalogue("seeds/entities.json"));
  const warm = performance.now();
  await ingestPaths(db, [warmUp!], extract);
  console.log(
    `scale bench: warm-up copy (${speeches.length} documents, not timed below) in ${((performance.now() - warm) / 1000).toFixed(0)} s`,
  );
  console.log(`scale bench: ${copies} copies of SOTU, ${total} documents, after the warm-up copy`);
  const tenth = Math.ceil(total / 10);
  let mark = performance.now();
  const rates: number[] = [];
  const started = performance.now();
  const summary = await ingestPaths(db, dirs, extract, {
    onProgress: ({ done }) => {
      if (done % tenth !== 0 && done !== total) return;
      const now = performance.now();
      const n = done % tenth === 0 ? tenth : done % tenth;
      rates.push(n / ((now - mark) / 1000));
      mark = now;
      const rss = Math.round(process.resourceUsage().maxRSS / 1024);
      console.log(
        `  ${String(done).padStart(5)}/${total}: ${rates.at(-1)!.toFixed(2)} docs/s in this tenth; peak RSS of this process ${rss} MiB`,
      );
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const c = await counts(db);
  console.log(
    `ingested ${summary.documents.length} documents (${summary.skipped.length} skipped) in ${seconds.toFixed(0)} s: ` +
      `${(summary.documents.length / seconds).toFixed(2)} docs/s; ${c.nodes} nodes, ${c.relationships} relationships`,
  );
  const first = rates[0]!;
  const last = rates.at(-1)!;
  console.log(
    `last tenth vs first: ${last.toFixed(2)} vs ${first.toFixed(2)} docs/s (${(((last - first) / first) * 100).toFixed(0)}%); ` +
      `peak RSS: this process ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB, Neo4j JVM ${await jvmPeakMiB()}`,
  );
  await extract.close();
} finally {
  rmSync(root, { recursive: true, force: true });
  await db.close();
}
