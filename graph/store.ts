// The store: writes GraphBatches to Neo4j and answers the reads the CLI and the API need.
import { isUnreachable, type Executor, type Query } from "./executor.ts";
import { BATCH_REL_TYPES, GraphBatch, RELATIONSHIPS, relTypesWhere, specOf } from "./model.ts";
import { int, toNumber } from "./neo4j-values.ts";
import { mergeEntities, renameEntities } from "./queries/resolve.ts";
import { resolveAcrossDocuments } from "./resolve-across.ts";
import { awaitIndexes, claimDatesIndexExists, schemaQueries } from "./queries/schema.ts";
import * as upsert from "./queries/upsert.ts";
import { countsQuery, resetSomeQuery } from "./queries/admin.ts";

export type UpsertResult = { status: "unchanged" | "created" | "updated"; claims: number; entities: number };
export type Counts = {
  nodes: number;
  relationships: number;
  entities: number;
  claims: number;
  sources: number;
  quantities: number;
};

export async function ensureSchema(db: Executor): Promise<void> {
  // A database written before claims carried dates (it lacks their index) has its claims dated once,
  // before the index is made, so a failure leaves it to be done at the next connect; later writes
  // keep the dates. Checking for the index costs nothing, where looking for undated claims at every
  // connect would read every statement of every dated source.
  const [index] = await db.read(claimDatesIndexExists);
  if (toNumber(index?.get("n")) === 0) await db.writeTransaction((run) => run(upsert.dateUndatedClaims));
  for (const q of schemaQueries) await db.writeTransaction((run) => run(q));
  await db.read(awaitIndexes);
}

type UpsertOptions = {
  force?: boolean;
  /** The link keys of the claims (graph/link-claims.ts), worked out from the batch as resolved
   * and written with the claims, so that linking needs no write of its own for most documents. */
  linkKeys?: (batch: GraphBatch) => Map<string, string>;
};

/** A document to write, with the content hash the graph held for it when the caller read it. */
export type DocumentWrite = { batch: GraphBatch; storedHash: string | undefined };

function parseBatch(input: GraphBatch): GraphBatch {
  const parsed = GraphBatch.safeParse(input);
  if (!parsed.success)
    throw new Error(`store.upsertBatch: invalid batch for ${input.document?.uri}: ${parsed.error.message}`);
  return parsed.data;
}

/** What writing a batch does, given the content hash the graph holds for its document. */
const statusOf = (batch: GraphBatch, oldHash: string | undefined, force?: boolean): UpsertResult["status"] =>
  oldHash === batch.document.contentHash && !force ? "unchanged" : oldHash === undefined ? "created" : "updated";

const resultOf = (batch: GraphBatch, status: UpsertResult["status"]): UpsertResult => ({
  status,
  claims: batch.claims.length,
  entities: batch.entities.length,
});

/**
 * Writes one document in one transaction. An unchanged document (same content hash) is left alone;
 * a changed one first loses what it asserted before, so nothing it no longer says survives.
 */
export async function upsertBatch(
  db: Executor,
  input: GraphBatch,
  opts: UpsertOptions & {
    /** The content hash the graph held for the document, when the caller has just read it. */
    storedHash?: string | undefined;
  } = {},
): Promise<UpsertResult> {
  const batch = parseBatch(input);
  const oldHash = "storedHash" in opts ? opts.storedHash : await storedContentHash(db, batch.document.id);
  const status = statusOf(batch, oldHash, opts.force);
  if (status !== "unchanged")
    await db.writeTransaction(async (run) => (await sendDocument(run, batch, oldHash, opts.linkKeys)).sent);
  return resultOf(batch, status);
}

/**
 * Several documents in one transaction, in their order, each resolved against the graph as written
 * so far (the group's earlier documents included), which is what writing them one by one does: one
 * commit instead of one each, and a commit costs as much as a small document's writes. When the group
 * fails, each document is written again in a transaction of its own, so a bad document fails alone
 * (its Error in its place in the answer) and none is left half-written. An unreachable database is
 * thrown, not answered per document.
 */
export async function upsertBatches(
  db: Executor,
  writes: DocumentWrite[],
  opts: UpsertOptions = {},
): Promise<(UpsertResult | Error)[]> {
  if (writes.length > 1)
    try {
      const batches = writes.map((w) => parseBatch(w.batch));
      return await db.writeTransaction(async (run) => {
        const results: UpsertResult[] = [];
        // Each document's writes go out while the next is resolved behind them (see sendDocument).
        const sent: Promise<unknown>[] = [];
        for (const [i, batch] of batches.entries()) {
          const oldHash = writes[i]!.storedHash;
          const status = statusOf(batch, oldHash, opts.force);
          if (status !== "unchanged") sent.push((await sendDocument(run, batch, oldHash, opts.linkKeys)).sent);
          results.push(resultOf(batch, status));
        }
        await Promise.all(sent);
        return results;
      });
    } catch (e) {
      if (isUnreachable(e)) throw e;
    }
  const results: (UpsertResult | Error)[] = [];
  for (const { batch, storedHash } of writes)
    try {
      results.push(await upsertBatch(db, batch, { ...opts, storedHash }));
    } catch (e) {
      if (isUnreachable(e)) throw e;
      results.push(e as Error);
    }
  return results;
}

/**
 * One document's writes, in the caller's transaction: it is resolved against the graph there and an
 * earlier version's assertions are taken away (both awaited: the writes depend on their answers), then
 * every write is sent at once. The driver sends them in one go and Neo4j runs them in order, so
 * neither side waits for a round trip per query; `sent` settles when all have run. What the caller
 * sends next (the next document's resolution) runs after them, and so sees them.
 */
async function sendDocument(
  run: Run,
  parsed: GraphBatch,
  oldHash: string | undefined,
  linkKeys: UpsertOptions["linkKeys"],
): Promise<{ sent: Promise<unknown> }> {
  const { batch, renames, merges } = await resolveAcrossDocuments(run, parsed);
  const keys = linkKeys?.(batch);
  const detached = oldHash === undefined ? emptyDetach() : await detach(run, batch.document.id);
  const { touched, unlinked } = detached;
  // Claims whose set of stating sources changes: this document's, and those it no longer states.
  const redate = new Set([...batch.claims.map((c) => c.id), ...detached.redate]);

  const writes: Query[] = [upsert.upsertDocument(batch.document)];
  if (merges.length) writes.push(mergeEntities(merges));
  if (batch.entities.length) writes.push(upsert.upsertEntities(batch.entities));
  if (renames.length) writes.push(renameEntities(renames));
  if (batch.claims.length) {
    const reasons = new Map<string, number>();
    const reasonAt = (why: string) => reasons.get(why) ?? reasons.set(why, reasons.size).size - 1;
    const rows = batch.claims.map((c) => ({
      ...c,
      why: c.why?.map((why) => int(reasonAt(why))),
      quantities: JSON.stringify(c.quantities),
      linkKeys: keys?.get(c.id) ?? null,
    }));
    writes.push(upsert.upsertClaims(rows, [...reasons.keys()]), ...pruneOwnedNodes(batch));
  }
  if (batch.quantities.length) writes.push(upsert.upsertQuantities(batch.quantities));
  if (batch.cited.length) writes.push(upsert.upsertCitedSources(batch.cited));
  for (const type of BATCH_REL_TYPES) {
    const { list, from, to } = RELATIONSHIPS[type].batch;
    // Quotes are sent, not cut from the stored text by Neo4j: its substring counts code points, ours
    // (and the offsets) count UTF-16 units, which differ after an emoji.
    const rows = (batch[list] as Record<string, unknown>[]).map(({ [from]: a, [to]: b, ...properties }) => ({
      from: a as string,
      to: b as string,
      properties: upsert.neo4jProperties(type, properties),
    }));
    if (rows.length) writes.push(upsert.linkRelationships(type, rows));
  }
  writes.push(...settleQueries({ touched, redate, unlinked }));
  const sent = Promise.all(writes.map((q) => run(q)));
  sent.catch(() => undefined); // the caller awaits it; meanwhile a failure must not go unobserved
  return { sent };
}

type Run = Parameters<Parameters<Executor["writeTransaction"]>[0]>[0];
type Detached = { touched: Set<string>; redate: Set<string>; unlinked: Set<string> };
const emptyDetach = (): Detached => ({ touched: new Set(), redate: new Set(), unlinked: new Set() });

/**
 * Takes away what a document asserted: its mentions and its statements, and the claims only it
 * stated. Returns the nodes that may be orphans now (`touched`), the claims still stated elsewhere
 * whose dates change (`redate`) and the claims that lost a corroboration or contradiction (`unlinked`).
 */
async function detach(run: Run, docId: string): Promise<Detached> {
  const out = emptyDetach();
  for (const q of upsert.detachDocument(docId))
    for (const r of await run(q)) {
      for (const id of r.get("touched") as string[]) out.touched.add(id);
      if (r.has("restated") && r.get("restated") !== null) out.redate.add(r.get("restated") as string);
      if (r.has("unlinked")) for (const id of r.get("unlinked") as string[]) out.unlinked.add(id);
    }
  return out;
}

/** After a detach (and any rewrite): claims dated anew, orphans deleted, link counters recounted. */
function settleQueries({ touched, redate, unlinked }: Detached): Query[] {
  return [
    ...(redate.size ? [upsert.dateClaims([...redate])] : []),
    ...(touched.size ? [upsert.deleteOrphans([...touched])] : []),
    ...(unlinked.size ? [upsert.recountClaimLinks([...unlinked])] : []),
  ];
}

/**
 * Takes a document out of the graph, in one transaction: what it asserted, the entities and claims
 * nothing else supports, and its own node, so that ingesting it again writes it as new.
 */
export async function removeDocument(db: Executor, docId: string): Promise<void> {
  await db.writeTransaction(async (run) => {
    const detached = await detach(run, docId);
    await run(upsert.deleteDocumentNode(docId));
    for (const q of settleQueries(detached)) await run(q);
  });
}

/** Owned nodes (a claim's quantities) that the batch's version of their claim no longer has go. */
function pruneOwnedNodes(batch: GraphBatch): Query[] {
  return relTypesWhere((r) => r.owns === true && r.from === "Claim").map((type) => {
    const { list, from, to } = specOf(type).batch!;
    const keep = new Map<string, string[]>(batch.claims.map((c) => [c.id, []]));
    for (const row of batch[list as keyof GraphBatch] as Record<string, string>[]) keep.get(row[from]!)?.push(row[to]!);
    return upsert.pruneOwned(
      type,
      [...keep].map(([claim, ids]) => ({ from: claim, keep: ids })),
    );
  });
}

/** The content hash the graph holds for a document, if it holds the document. */
export async function storedContentHash(db: Executor, docId: string): Promise<string | undefined> {
  const [existing] = await db.read(upsert.documentHash(docId));
  return (existing?.get("hash") as string | undefined) ?? undefined;
}

export async function counts(db: Executor): Promise<Counts> {
  const [r] = await db.read(countsQuery);
  const get = (k: string) => Number(r?.get(k) ?? 0);
  return {
    nodes: get("nodes"),
    relationships: get("relationships"),
    entities: get("entities"),
    claims: get("claims"),
    sources: get("sources"),
    quantities: get("quantities"),
  };
}

/** Empties the graph of our nodes, a few thousand at a time (see resetSomeQuery). */
export async function reset(db: Executor): Promise<void> {
  for (;;) {
    const [r] = await db.writeTransaction((run) => run(resetSomeQuery(RESET_BATCH)));
    if (toNumber(r?.get("deleted") ?? 0) === 0) return;
  }
}
const RESET_BATCH = 5000;
