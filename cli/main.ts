// The claimgraph CLI: parses flags, calls the library, prints, exits. No logic of its own.
import { Command, InvalidArgumentError, Option } from "commander";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { connect } from "../app/connect.ts";
import { ensureViewerBuilt } from "../app/build-viewer.ts";
import { evaluateGold } from "../app/eval-gold.ts";
import { explainFile, formatExplanation } from "../app/explain.ts";
import { CYPHER_EXPORT_ROWS, exportGraphFiles, writeExportFiles } from "../app/export-graph.ts";
import { formatScores, summarize } from "../app/score.ts";
import { ingestPaths, urlsInList, type IngestSummary } from "../app/ingest-paths.ts";
import { resolveConfig, type Config } from "../graph/config.ts";
import { parseDateRange } from "../graph/date-range.ts";
import { linkAll } from "../graph/link-claims.ts";
import type { Executor } from "../graph/executor.ts";
import { EXPORT_FORMATS, writeExport, type ExportFormat } from "../graph/export/formats.ts";
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from "../graph/local-neo4j.ts";
import { startServer } from "../graph/api/serve.ts";
import { SERVE_FRESH_MS } from "../graph/api/read-cache.ts";
import { ingestProgress } from "./ingest-progress.ts";
import type { Depth } from "../graph/queries/read.ts";
import { counts, reset } from "../graph/store.ts";
import { readCatalogue } from "../ingest/catalogue.ts";
import { createExtractor } from "../ingest/extract.ts";
import { createExtractionWorker } from "../ingest/extraction-worker.ts";
import { MAX_FILE_MB, MAX_TEXT_MB } from "../ingest/load.ts";

const config: Config = resolveConfig(process.env);
const log = (line: string) => console.error(line);

/** Opens the database for one command and always closes it, so the process can exit. */
async function withDb<T>(fn: (db: Executor) => Promise<T>): Promise<T> {
  const db = await connect(config, { log });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

const intIn = (min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
  return n;
};

async function runIngest(
  db: Executor,
  paths: string[],
  force: boolean,
  web: Pick<NonNullable<Parameters<typeof ingestPaths>[3]>, "urls" | "fetch" | "link" | "maxFileMb" | "maxTextMb"> = {},
): Promise<IngestSummary> {
  // Extraction runs in a worker thread beside the writes (ingest/extraction-worker.ts).
  const extract = createExtractionWorker(readCatalogue(config.catalogue));
  const progress = ingestProgress(log);
  const summary = await ingestPaths(db, paths, extract, { ...web, force, onProgress: progress.update }).finally(() => {
    progress.stop();
    return extract.close();
  });
  const by = (s: string) => summary.documents.filter((d) => d.result.status === s).length;
  const claims = summary.documents.reduce((n, d) => n + d.result.claims, 0);
  const entities = summary.documents.reduce((n, d) => n + d.result.entities, 0);
  log(
    `Ingested ${summary.documents.length} document(s) in ${summary.seconds.toFixed(2)} s: ` +
      `${by("created")} new, ${by("updated")} changed, ${by("unchanged")} unchanged; ` +
      `${claims} claims and ${entities} entities (counted per document) extracted; ` +
      `${summary.links.corroborates} corroborations and ${summary.links.contradicts} contradictions linked.`,
  );
  for (const s of summary.skipped) log(`  skipped ${s.path}: ${s.reason}`);
  const c = await counts(db);
  log(
    `Graph now holds ${c.entities} entities, ${c.claims} claims, ${c.sources} sources, ${c.quantities} quantities, ${c.relationships} relationships.`,
  );
  return summary;
}

const program = new Command("claimgraph")
  .description("Build a knowledge graph of entities, claims and their sources in Neo4j, and explore it.")
  .showHelpAfterError();

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("a number above 0");
  return n;
};

program
  .command("ingest")
  .description("read text, Markdown, HTML, PDF and DOCX files, folders and http(s) URLs into the graph")
  .argument("[paths...]", "files, folders or URLs (http:// or https://)")
  .option("--urls <file>", "also fetch the URLs listed in this file: one a line, blank lines and # comments ignored")
  .option("--timeout <seconds>", "give up on a URL after this many seconds", positive, 20)
  .option("--max-mb <megabytes>", "refuse a URL whose body is larger than this", positive, 20)
  .option("--force", "re-extract documents even when their text is unchanged", false)
  .option("--no-link", "do not link claims with the stored ones (faster on a large folder; run `link --all` after)")
  .option("--max-file-mb <megabytes>", "skip (and name) a file larger than this", positive, MAX_FILE_MB)
  .option(
    "--max-text-mb <megabytes>",
    "skip (and name) a document whose text is larger than this",
    positive,
    MAX_TEXT_MB,
  )
  .action(
    async (
      paths: string[],
      opts: {
        force: boolean;
        urls?: string;
        timeout: number;
        maxMb: number;
        maxFileMb: number;
        maxTextMb: number;
        link: boolean;
      },
    ) => {
      let urls: string[] = [];
      if (opts.urls)
        try {
          urls = urlsInList(await readFile(opts.urls, "utf8"));
        } catch (e) {
          throw new Error(`ingest: cannot read --urls ${opts.urls}: ${(e as NodeJS.ErrnoException).code ?? e}`);
        }
      if (!paths.length && !urls.length) throw new Error("ingest: name files, folders or URLs, or give --urls FILE");
      const fetch = { timeoutMs: opts.timeout * 1000, maxBytes: Math.max(1, Math.round(opts.maxMb * 1024 * 1024)) };
      const summary = await withDb((db) =>
        runIngest(db, paths, opts.force, {
          urls,
          fetch,
          link: opts.link,
          maxFileMb: opts.maxFileMb,
          maxTextMb: opts.maxTextMb,
        }),
      );
      if (summary.documents.length === 0) process.exitCode = 1;
    },
  );

type ExportOptions = {
  format: ExportFormat;
  out: string;
  entity?: string;
  depth: number;
  cypher?: string;
  since?: string;
  until?: string;
};

program
  .command("export")
  .description("write the graph, the neighbourhood of one entity, or what a read-only Cypher query returns")
  .addOption(new Option("--format <format>", "output format").choices(EXPORT_FORMATS).default("json"))
  .requiredOption("--out <path>", "where to write; for csv a prefix (g -> g-nodes.csv, g-edges.csv) or a folder")
  .option("--entity <name>", "only the neighbourhood of this entity (name or alias)")
  .option("--depth <n>", "how many hops around --entity (1-3)", intIn(1, 3), 1)
  .option("--cypher <query>", "only the nodes and relationships this read-only query returns")
  .option(
    "--since <date>",
    "only claims published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY), with the entities and " +
      "sources they link to; a claim's date is the earliest of its sources', and undated claims are left out",
  )
  .option("--until <date>", "only claims published on or before this date (included; same forms as --since)")
  .action(async (opts: ExportOptions) => {
    const dates = parseDateRange(opts.since, opts.until); // a bad date fails before connecting
    const result = await withDb((db) =>
      exportGraphFiles(db, {
        format: opts.format,
        depth: opts.depth as Depth,
        ...(opts.entity ? { entity: opts.entity } : {}),
        ...(opts.cypher ? { cypher: opts.cypher } : {}),
        ...(dates ? { dates } : {}),
      }),
    );
    if (result.truncated)
      log(
        `export: the query returned more than ${CYPHER_EXPORT_ROWS} rows; only the first ${CYPHER_EXPORT_ROWS} were exported`,
      );
    const paths = await writeExportFiles(opts.out, result.files);
    log(`Wrote ${result.nodes} nodes and ${result.edges} edges to ${paths.join(" and ")} (${opts.format}).`);
  });

program
  .command("serve")
  .description("serve the explorer and its API")
  .option("--port <n>", "port", intIn(0, 65535), 4477)
  .option("--host <host>", "address to listen on; beyond loopback CLAIMGRAPH_TOKEN is required", "127.0.0.1")
  .option("--ingest <paths...>", "ingest these files or folders first")
  .action(async (opts: { port: number; host: string; ingest?: string[] }) => {
    // A person waits on each answer: with Neo4j down, say so at once instead of retrying for 30 s.
    const db = await connect(config, { log, retryMs: 0 });
    const viewerDir = resolve(import.meta.dirname, "../dist/viewer");
    await ensureViewerBuilt(resolve(import.meta.dirname, ".."), viewerDir, log);
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      if (opts.ingest) await runIngest(db, opts.ingest, false);
      server = await startServer({
        db,
        host: opts.host,
        port: opts.port,
        viewerDir,
        readCacheFreshMs: SERVE_FRESH_MS,
        ...(process.env.CLAIMGRAPH_TOKEN ? { token: process.env.CLAIMGRAPH_TOKEN } : {}),
      });
    } catch (e) {
      // The open database connection would keep the process alive after the message.
      await db.close();
      throw e;
    }
    // With a token, the URL carries it in the fragment, which the browser never sends to a server.
    const token = process.env.CLAIMGRAPH_TOKEN;
    console.log(`claimgraph explorer: ${server.url}${token ? `#token=${encodeURIComponent(token)}` : ""}`);
    const stop = async () => {
      await server.close();
      await db.close();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });

program
  .command("eval")
  .description("score extraction against gold annotations (the documents sit in the gold folder's parent)")
  .requiredOption("--gold <dir>", "folder of gold *.json files")
  .option("--out <file>", "also write the evaluated graph as a JSON export")
  .option("--json", "print the figures as JSON", false)
  .action(async (opts: { gold: string; out?: string; json: boolean }) => {
    const { rows, graph } = await evaluateGold(opts.gold, createExtractor(readCatalogue(config.catalogue)));
    if (opts.out) await writeFile(opts.out, writeExport(graph, "json"));
    console.log(opts.json ? JSON.stringify({ docs: rows, total: summarize(rows) }, null, 2) : formatScores(rows));
  });

program
  .command("explain")
  .description(
    "show what extraction decides about one file ingest reads (text, Markdown, HTML, PDF, DOCX): each sentence kept as a claim or " +
      "rejected and the rule that decided, each entity and the rules that found it, each attribution and its cue",
  )
  .argument("<file>", "the document to explain (nothing is written to the graph)")
  .option("--json", "print the explanation as JSON", false)
  .option("--width <n>", "characters of each quoted text to show", intIn(20, 10_000), 80)
  .action(async (file: string, opts: { json: boolean; width: number }) => {
    const explanation = await explainFile(file, createExtractor(readCatalogue(config.catalogue)));
    console.log(opts.json ? JSON.stringify(explanation, null, 2) : formatExplanation(explanation, opts));
  });

program
  .command("link")
  .description("link claims of different documents that corroborate or contradict each other")
  .option("--all", "recompute every link, document by document in ingest order, and print the counts", false)
  .action(async (opts: { all: boolean }) => {
    if (!opts.all)
      throw new Error("link: documents are linked as they are ingested; give --all to recompute every link");
    const started = performance.now();
    const result = await withDb((db) =>
      linkAll(db, ({ done, total }) => {
        if (done % 50 === 0 || done === total) log(`link: ${done}/${total} documents`);
      }),
    );
    console.log(
      `${result.corroborates} CORROBORATES and ${result.contradicts} CONTRADICTS links ` +
        `(${((performance.now() - started) / 1000).toFixed(1)} s).`,
    );
  });

program
  .command("reset")
  .description("delete every entity, claim and source from the graph")
  .option("--yes", "confirm", false)
  .action(async (opts: { yes: boolean }) => {
    if (!opts.yes) throw new Error("reset: this deletes the whole graph; run again with --yes to confirm");
    await withDb(reset);
    log("The graph is empty.");
  });

const neo4jCmd = program.command("neo4j").description("manage the local Neo4j (used when NEO4J_URI is unset)");
const local = () => {
  if (config.neo4j.kind !== "local")
    throw new Error("neo4j: NEO4J_URI is set, so claimgraph uses that server and does not manage a local one");
  return config.neo4j;
};
neo4jCmd
  .command("start")
  .description("start the local Neo4j in the background (or reuse the running one)")
  .action(async () => {
    const r = await startLocalNeo4j(local());
    console.log(
      `${r.alreadyRunning ? "already running" : `started in ${(r.startupMs / 1000).toFixed(1)} s`}: ${r.uri} (pid ${r.pid})`,
    );
  });
neo4jCmd
  .command("stop")
  .description("stop the local Neo4j")
  .action(async () => console.log((await stopLocalNeo4j(local())).stopped ? "stopped" : "was not running"));
neo4jCmd
  .command("status")
  .description("say whether the local Neo4j is running")
  .action(async () => {
    const s = await localNeo4jStatus(local());
    console.log(s.running ? `running: ${s.uri} (pid ${s.pid})` : "not running");
    if (!s.running) process.exitCode = 3;
  });

try {
  await program.parseAsync();
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
