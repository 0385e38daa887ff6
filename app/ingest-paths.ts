// Files, folders and URLs -> Neo4j, in order, a few documents to a transaction (store.ts
// upsertBatches). A broken file or a failing URL is reported by name with its reason and skipped; a
// failed write rolls back that document only. URLs are fetched one at a time, after the files: politeness to the servers, and
// one slow site then costs its own timeout only.
import { resolve } from "node:path";
import { isUnreachable, type Executor } from "../graph/executor.ts";
import { sourceId } from "../graph/ids.ts";
import { createLinker, isLinked, type LinkCounts } from "../graph/link-claims.ts";
import { removeDocument, storedContentHash, upsertBatches, type UpsertResult } from "../graph/store.ts";
import type { Document } from "../ingest/document.ts";
import type { Extractor } from "../ingest/extract.ts";
import type { ExtractionWorker } from "../ingest/extraction-worker.ts";
import type { GraphBatch } from "../graph/model.ts";
import { canonicalUrl, documentFromUrl, type FetchLimits } from "../ingest/fetch-url.ts";
import { checkTextSize, listDocumentFiles, readDocument, type LoadFailure } from "../ingest/load.ts";
import { documentHash, toGraphBatch } from "../ingest/to-batch.ts";

export type IngestSummary = {
  documents: { path: string; result: UpsertResult }[];
  skipped: LoadFailure[];
  seconds: number;
  /** Links written from the documents ingested to claims already stored. */
  links: LinkCounts;
};

export type IngestProgress = { done: number; total: number; path: string };

/** At most this many documents, and this many claims, go to Neo4j in one transaction (upsertBatches). */
const GROUP_DOCS = 8;
const GROUP_CLAIMS = 2_000;
/** Documents read and extracted ahead of those being written: the next group, and a little more. */
const LOOKAHEAD = GROUP_DOCS + 2;

/** A document made ready to write: its batch, or unchanged since it was stored, or why it failed. */
type Prepared =
  | { path: string; docId: string; batch: GraphBatch; stored: string | undefined }
  | { path: string; docId: string; unchanged: true }
  | { path: string; error: Error };

/**
 * Whether an argument is a URL rather than a path: any "scheme://" (not only http), so that an
 * ftp:// or file:// argument is refused by the fetcher with its reason, not reported as a missing file.
 */
export const isUrl = (arg: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(arg.trim());

/** A URL list file's URLs: one a line; blank lines and # comments ignored. */
export const urlsInList = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));

/**
 * --force rebuilds the documents it is given: each leaves the graph first, then all are written as
 * new, in order, each resolved and linked against those before it, as a clean ingest did. Replaced
 * one at a time instead, a document would meet the stored versions of those after it too (merging
 * or renaming entities the clean run kept apart), and two forced runs could give two graphs.
 */
async function removeStored(db: Executor, paths: string[]): Promise<Set<string>> {
  const removed = new Set<string>();
  for (const path of paths) {
    let id: string;
    try {
      id = sourceId(isUrl(path) ? canonicalUrl(path) : resolve(path));
    } catch {
      continue; // not a valid URL: the fetch reports it
    }
    if ((await storedContentHash(db, id)) === undefined) continue;
    await removeDocument(db, id);
    removed.add(path);
  }
  return removed;
}

export async function ingestPaths(
  db: Executor,
  paths: string[],
  /** The extractor itself, or a worker running it (ingest/extraction-worker.ts). */
  extract: Extractor | ExtractionWorker,
  opts: {
    force?: boolean;
    onProgress?: (p: IngestProgress) => void;
    /** More URLs to fetch (from --urls FILE), after those among `paths`. */
    urls?: string[];
    /** Timeout, size cap and redirect limit for each URL. */
    fetch?: FetchLimits;
    /** The largest file read, in MB (load.ts MAX_FILE_MB unless given). */
    maxFileMb?: number;
    /** The most text one document may hold, in MB (load.ts MAX_TEXT_MB unless given). */
    maxTextMb?: number;
    /** Link each document's claims with the stored ones as it is written (the default); off, a
     * large folder ingests faster and `claimgraph link --all` links it afterwards. */
    link?: boolean;
  } = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const { files, failures } = await listDocumentFiles(paths.filter((p) => !isUrl(p)));
  const urls = [...new Set([...paths.filter(isUrl), ...(opts.urls ?? [])].map((u) => u.trim()))];
  const sources: { path: string; read: () => Promise<Document> }[] = [
    ...files.map((path) => ({
      path,
      read: () => readDocument(path, opts.maxFileMb !== undefined ? { maxMb: opts.maxFileMb } : {}),
    })),
    ...urls.map((url) => ({ path: url, read: () => documentFromUrl(url, opts.fetch) })),
  ];
  const summary: IngestSummary = {
    documents: [],
    skipped: [...failures],
    seconds: 0,
    links: { corroborates: 0, contradicts: 0 },
  };
  const removed = opts.force
    ? await removeStored(
        db,
        sources.map(({ path }) => path),
      )
    : new Set<string>();
  // One linker for the run: it loads the stored claims' link keys once, on the first document it links.
  const linker = opts.link === false ? undefined : createLinker(db);
  // Each document is read, checked and extracted (in the worker, when given one) up to LOOKAHEAD
  // documents ahead of the one being written; writes stay one at a time and in order, so each
  // document is still resolved and linked against exactly those before it.
  const prepare = async (i: number): Promise<Prepared> => {
    const { path, read } = sources[i]!;
    try {
      const doc = await read();
      checkTextSize(doc, opts.maxTextMb);
      // An unchanged document is not extracted again: the store would leave it alone anyway.
      const docId = sourceId(doc.location);
      const stored = await storedContentHash(db, docId);
      if (!opts.force && stored === documentHash(doc)) return { path, docId, unchanged: true };
      const batch = typeof extract === "function" ? toGraphBatch(doc, extract(doc)) : await extract.batch(doc);
      return { path, docId, batch, stored };
    } catch (e) {
      return { path, error: e as Error };
    }
  };
  const ahead: Promise<Prepared>[] = [];
  let next = 0;
  const fill = () => {
    while (ahead.length < LOOKAHEAD && next < sources.length) ahead.push(prepare(next++));
  };
  let done = 0;
  const stopped = (where: string) =>
    new Error(
      `ingest: Neo4j stopped answering at ${where} (${done} of ${sources.length} done); ` +
        "start it (npx claimgraph neo4j start) and run the same command again",
    );
  const finished = (path: string) => opts.onProgress?.({ done: ++done, total: sources.length, path });
  const skip = (path: string, e: unknown) => {
    const reason = (e as Error).message;
    summary.skipped.push({
      path,
      reason: removed.has(path) ? `${reason} (--force took its earlier version out of the graph)` : reason,
    });
  };
  const link = async (docId: string) => {
    if (!linker) return;
    const links = await linker.linkDocument(docId);
    summary.links.corroborates += links.corroborates;
    summary.links.contradicts += links.contradicts;
  };
  // Documents to write wait in a group, written in one transaction once it is full or something
  // else (an unchanged or failed document, the end) comes next, so the order of the run holds.
  let group: Extract<Prepared, { batch: GraphBatch }>[] = [];
  let groupClaims = 0;
  // The documents of the group written last, linked while the next group is being written: linking
  // is work for this thread, writing is mostly Neo4j's, so the two overlap. Links are only ever
  // written by the linker's flush, after the documents they join are committed.
  let unlinked: { path: string; docId: string }[] = [];
  const linkWritten = async () => {
    const linking = unlinked;
    unlinked = [];
    for (const { path, docId } of linking) {
      try {
        await link(docId);
      } catch (e) {
        if (isUnreachable(e)) throw e;
        // Linking writes its links apart from the documents (in batches): a failure leaves documents
        // written and unlinked (link --all mends it), never half-written.
        skip(path, e);
      }
      // Lets the replies of the writes in flight be read between documents.
      await new Promise((next) => setImmediate(next));
    }
  };
  const writeGroup = async () => {
    const writing = group;
    group = [];
    groupClaims = 0;
    if (!writing.length) return linkWritten();
    const written = upsertBatches(
      db,
      writing.map(({ batch, stored }) => ({ batch, storedHash: stored })),
      { force: opts.force, ...(linker ? { linkKeys: (batch: GraphBatch) => linker.keysOf(batch) } : {}) },
    );
    // Keeps a failure of the writes from going unobserved while the links are worked out.
    written.catch(() => undefined);
    await linkWritten();
    const results = await written;
    for (const [k, { path, docId }] of writing.entries()) {
      const result = results[k]!;
      if (result instanceof Error) skip(path, result);
      else {
        summary.documents.push({ path, result });
        if (result.status !== "unchanged") unlinked.push({ path, docId });
      }
      finished(path);
    }
  };
  for (let i = 0; i < sources.length; i++) {
    fill();
    const prepared = await ahead.shift()!;
    fill();
    const { path } = prepared;
    try {
      if ("batch" in prepared) {
        if (group.length && groupClaims + prepared.batch.claims.length > GROUP_CLAIMS) await writeGroup();
        group.push(prepared);
        groupClaims += prepared.batch.claims.length;
        if (group.length >= GROUP_DOCS || i === sources.length - 1) await writeGroup();
        continue;
      }
      await writeGroup();
      if ("error" in prepared) throw prepared.error;
      summary.documents.push({ path, result: { status: "unchanged", claims: 0, entities: 0 } });
      // Written by a run that stopped before its links were (or by ingest --no-link): linked now.
      if (linker && !(await isLinked(db, prepared.docId))) await link(prepared.docId);
      finished(path);
    } catch (e) {
      // Without its database every remaining document would fail the same way, each after the
      // driver's retries: the run stops and says what to do. What is written stays written.
      if (isUnreachable(e)) {
        await Promise.allSettled(ahead);
        throw stopped(path);
      }
      skip(path, e);
      finished(path);
    }
  }
  try {
    await linkWritten();
  } catch (e) {
    throw isUnreachable(e) ? stopped("the links of the last documents") : e;
  }
  try {
    await linker?.flush();
  } catch (e) {
    summary.skipped.push({
      path: "(claim links)",
      reason: `the links found were not written (${(e as Error).message}); run claimgraph link --all`,
    });
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
