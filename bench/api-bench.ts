// API latency. `npx tsx bench/api-bench.ts`: the explorer's calls on the SOTU graph from 8 clients at
// once (bench/hub-bench.ts). `--graph synthetic [--nodes N] [--edges M] [--requests R]`: every endpoint
// on a large synthetic graph, requests one at a time over HTTP on loopback (latencies, not throughput).
// EMPTIES the graph it runs on (unless it already holds the graph asked for): NEO4J_URI when set,
// else the bench Neo4j (.neo4j-bench).
// GET /api/stats (a few count-store reads) is the baseline: ratios to it show what an endpoint
// costs beyond one HTTP and one Bolt round trip.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { exportGraphFiles } from "../app/export-graph.ts";
import { SERVE_FRESH_MS } from "../graph/api/read-cache.ts";
import { startServer } from "../graph/api/serve.ts";
import { createExecutor, type Executor } from "../graph/executor.ts";
import { startLocalNeo4j } from "../graph/local-neo4j.ts";
import { testBoltPort } from "../test-support/test-port.ts";
import { counts, ensureSchema, reset } from "../graph/store.ts";
import { benchHubs, ensureSotuGraph, holdsSotuGraph } from "./hub-bench.ts";
import { startOnNewStore } from "./new-store.ts";
import { seedSyntheticGraph, word } from "./synthetic-graph.ts";

const { values: args } = parseArgs({
  options: {
    nodes: { type: "string", default: "20000" },
    edges: { type: "string", default: "60000" },
    requests: { type: "string", default: "200" },
    /** Each measured section stops after this many seconds even when requests remain. */
    seconds: { type: "string", default: "60" },
    /** Skip seeding when the graph already has exactly the asked-for size (an earlier run's graph). */
    reuse: { type: "boolean", default: false },
    graph: { type: "string", default: "sotu" },
  },
});
const size = { nodes: Number(args.nodes), edges: Number(args.edges) };
const REQUESTS = Number(args.requests);
const SECTION_MS = Number(args.seconds) * 1000;

const BENCH_HOME = resolve(".neo4j-bench");

/** `newStore`: the bench Neo4j on a new store (bench/new-store.ts); not for NEO4J_URI. */
async function open(newStore = false): Promise<{ db: Executor; uri: string }> {
  const env = process.env;
  const local = { home: BENCH_HOME, boltPort: await testBoltPort(BENCH_HOME, 7689), heap: "2g" };
  const target = env.NEO4J_URI
    ? { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? "neo4j", password: env.NEO4J_PASSWORD ?? "" }
    : newStore
      ? await startOnNewStore(local)
      : await startLocalNeo4j(local);
  return { db: createExecutor(target.uri, target, env.NEO4J_DATABASE), uri: target.uri };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

type Timing = { p50: number; p95: number; n: number; bytes: number };

type Request = string | { path: string; init: RequestInit };

/** Sends the requests one after another until done or out of time; returns latency percentiles. */
async function measure(base: string, requests: Request[]): Promise<Timing> {
  const times: number[] = [];
  let bytes = 0;
  const until = performance.now() + SECTION_MS;
  for (const request of requests) {
    if (performance.now() > until) break;
    const { path, init } = typeof request === "string" ? { path: request, init: undefined } : request;
    const t = performance.now();
    const res = await fetch(new URL(path, base), init);
    const body = await res.arrayBuffer();
    times.push(performance.now() - t);
    if (!res.ok)
      throw new Error(`bench: ${path} answered ${res.status}: ${new TextDecoder().decode(body).slice(0, 300)}`);
    bytes += body.byteLength;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), n: times.length, bytes: bytes / times.length };
}

const report = (name: string, t: Timing, baseline?: Timing) =>
  console.log(
    `${name.padEnd(34)} p50 ${ms(t.p50).padStart(10)}  p95 ${ms(t.p95).padStart(10)}  n=${t.n}  ~${(t.bytes / 1e3).toFixed(1)} kB` +
      (baseline ? `  (p50 ${(t.p50 / baseline.p50).toFixed(1)}x baseline)` : ""),
  );

const cypher = (query: string, params: Record<string, unknown> = {}, limit = 1000): Request => ({
  path: "/api/cypher",
  init: {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params, limit }),
  },
});

async function seed(db: Executor, uri: string) {
  console.log(`bench: emptying the graph at ${uri} and seeding ${size.nodes} nodes, ${size.edges} relationships`);
  await reset(db);
  const t = performance.now();
  const seeded = await seedSyntheticGraph(db, size, {
    onProgress: (done, total) => done % 50 === 0 && process.stderr.write(`  ${done}/${total} documents\r`),
  });
  const seconds = (performance.now() - t) / 1000;
  const c = await counts(db);
  console.log(
    `seeded ${c.nodes} nodes, ${c.relationships} relationships (${seeded.documents} documents, ${seeded.entities} entities, ` +
      `${seeded.claims} claims) in ${seconds.toFixed(1)} s: ${(seeded.documents / seconds).toFixed(1)} documents/s, ` +
      `${Math.round(c.nodes / seconds)} nodes/s`,
  );
  if (c.nodes !== size.nodes || c.relationships !== size.edges)
    throw new Error("bench: the seeded graph has the wrong size");
}

async function sotu() {
  let { db } = await open();
  // Another graph is replaced by the SOTU graph on a new store rather than emptied (new-store.ts).
  if (!process.env.NEO4J_URI && !(await holdsSotuGraph(db))) {
    await db.close();
    ({ db } = await open(true));
  }
  await ensureSchema(db);
  await ensureSotuGraph(db);
  const exact = await startServer({ db, host: "127.0.0.1", port: 0 });
  const serve = await startServer({ db, host: "127.0.0.1", port: 0, readCacheFreshMs: SERVE_FRESH_MS });
  try {
    await benchHubs(db, { exact: exact.url, serve: serve.url }, REQUESTS);
  } finally {
    await exact.close();
    await serve.close();
    await db.close();
  }
}

async function synthetic() {
  const { db, uri } = await open();
  await ensureSchema(db);
  const before = await counts(db);
  if (args.reuse && before.nodes === size.nodes && before.relationships === size.edges)
    console.log(`bench: reusing the graph at ${uri} (${before.nodes} nodes, ${before.relationships} relationships)`);
  else await seed(db, uri);

  const server = await startServer({ db, host: "127.0.0.1", port: 0 });
  try {
    const base = server.url;
    const keys = async (query: string) => {
      const { path, init } = cypher(query, {}, 10_000) as Exclude<Request, string>;
      const res = await fetch(new URL(path, base), init);
      return ((await res.json()) as { rows: string[][] }).rows.map((r) => r[0]!);
    };
    const entities = await keys("MATCH (e:Entity) RETURN e.id ORDER BY COUNT { (e)--() } DESC");
    const claims = await keys("MATCH (c:Claim) RETURN c.id");
    // Every 4th neighbourhood is one of the 20 biggest hubs; the rest spread over entities and claims.
    const spread = (i: number) =>
      i % 4 === 0
        ? entities[i % 20]!
        : i % 2
          ? entities[(i * 7919) % entities.length]!
          : claims[(i * 104729) % claims.length]!;
    const n = Array.from({ length: REQUESTS }, (_, i) => i);
    const node = (k: string) => encodeURIComponent(k);
    const about = "MATCH (c:Claim)-[:ABOUT]->(e:Entity) WHERE e.name STARTS WITH $p RETURN c, e LIMIT 100";
    const sections: [string, Request[]][] = [
      ["search (prefix of a name)", n.map((i) => `/api/search?q=${word(i * 13).slice(0, 3)}&limit=10`)],
      ["search (two words)", n.map((i) => `/api/search?q=${word(i * 17)}%20${i % 2 ? "institute" : "more"}`)],
      ["neighbourhood depth 1", n.map((i) => `/api/nodes/${node(spread(i))}/neighborhood?depth=1`)],
      ["neighbourhood depth 2", n.map((i) => `/api/nodes/${node(spread(i))}/neighborhood?depth=2`)],
      ["node details", n.map((i) => `/api/nodes/${node(spread(i))}`)],
      [
        "shortest path",
        n.map((i) => `/api/path?from=${node(spread(i))}&to=${node(claims[(i * 31) % claims.length]!)}`),
      ],
      ["cypher (claims about, <=100 rows)", n.map((i) => cypher(about, { p: word(i) }))],
    ];

    // Warm-up, so query plans and caches are in place before anything is timed.
    await measure(
      base,
      n.slice(0, 20).map((i) => `/api/search?q=${word(i)}`),
    );
    const baseline = await measure(
      base,
      n.map(() => "/api/stats"),
    );
    report("baseline GET /api/stats", baseline);
    for (const [name, requests] of sections) report(name, await measure(base, requests), baseline);

    for (const limit of [60, 2000]) {
      const times: number[] = [];
      let body = "";
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        body = await (await fetch(new URL(`/api/overview?limit=${limit}`, base))).text();
        times.push(performance.now() - t);
      }
      const g = JSON.parse(body) as { nodes: unknown[]; edges: unknown[] };
      console.log(
        `overview?limit=${limit}`.padEnd(34) +
          ` first ${ms(times[0]!)}, median of the next 4 ${ms(times.slice(1).sort((a, b) => a - b)[2]!)}; ` +
          `${g.nodes.length} nodes, ${g.edges.length} edges, ${mb(Buffer.byteLength(body))}`,
      );
    }
    for (const format of ["json", "csv"] as const) {
      const t = performance.now();
      const out = await exportGraphFiles(db, { format, depth: 1 });
      const bytes = out.files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
      console.log(
        `whole-graph ${format} export`.padEnd(34) +
          ` ${ms(performance.now() - t)}; ${out.nodes} nodes, ${out.edges} edges, ${mb(bytes)} in ${out.files.length} file(s)`,
      );
    }
    console.log(`memory: rss ${mb(process.memoryUsage().rss)}, heap used ${mb(process.memoryUsage().heapUsed)}`);
  } finally {
    await server.close();
    await db.close();
  }
}

if (args.graph === "synthetic") await synthetic();
else await sotu();
