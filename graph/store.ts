// The store: writes GraphBatches to Neo4j and answers the reads the CLI and the API need.
import type { Executor } from "./executor.ts";
import { GraphBatch } from "./model.ts";
import { int, toNumber } from "./neo4j-values.ts";
import { renameEntities } from "./queries/resolve.ts";
import { resolveAcrossDocuments } from "./resolve-across.ts";
import { awaitIndexes, claimDatesIndexExists, schemaQueries } from "./queries/schema.ts";
import * as upsert from "./queries/upsert.ts";
import { countsQuery, resetQuery } from "./queries/admin.ts";

export type UpsertResult = { status: "unchanged" | "created" | "updated"; claims: number; entities: number };
export type Counts = { nodes: number; relationships: number; entities: number; claims: number; sources: number };

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

/**
 * Writes one document in one transaction. An unchanged document (same content hash) is left alone;
 * a changed one first loses what it asserted before, so nothing it no longer says survives.
 */
export async function upsertBatch(
  db: Executor,
  input: GraphBatch,
  opts: { force?: boolean } = {},
): Promise<UpsertResult> {
  const parsed = GraphBatch.safeParse(input);
  if (!parsed.success)
    throw new Error(`store.upsertBatch: invalid batch for ${input.document?.uri}: ${parsed.error.message}`);
  const oldHash = await storedContentHash(db, parsed.data.document.id);
  const counts = { claims: parsed.data.claims.length, entities: parsed.data.entities.length };
  if (oldHash === parsed.data.document.contentHash && !opts.force) return { status: "unchanged", ...counts };
  const { batch, renames } = await resolveAcrossDocuments(db, parsed.data);

  await db.writeTransaction(async (run) => {
    const touched = new Set<string>();
    // Claims whose set of stating sources changes: this document's, and those it no longer states.
    const redate = new Set(batch.claims.map((c) => c.id));
    if (oldHash !== undefined)
      for (const q of upsert.detachDocument(batch.document.id))
        for (const r of await run(q)) {
          for (const id of r.get("touched") as string[]) touched.add(id);
          if (r.has("restated") && r.get("restated") !== null) redate.add(r.get("restated") as string);
        }

    await run(upsert.upsertDocument(batch.document));
    if (batch.entities.length) await run(upsert.upsertEntities(batch.entities));
    if (renames.length) await run(renameEntities(renames));
    if (batch.claims.length)
      await run(upsert.upsertClaims(batch.claims.map((c) => ({ ...c, quantities: JSON.stringify(c.quantities) }))));
    if (batch.cited.length) await run(upsert.upsertCitedSources(batch.cited));
    const spans = batch.statedIn.map((s) => ({ ...s, start: int(s.start), end: int(s.end) }));
    if (spans.length) await run(upsert.linkStatedIn(spans));
    if (batch.about.length) await run(upsert.linkAbout(batch.about));
    if (redate.size) await run(upsert.dateClaims([...redate]));
    if (batch.attributedTo.length) await run(upsert.linkAttributedTo(batch.attributedTo));
    const mentions = batch.mentions.map((m) => ({ ...m, count: int(m.count), spans: m.spans.map(int) }));
    if (mentions.length) await run(upsert.linkMentions(mentions));
    if (batch.cites.length) await run(upsert.linkCites(batch.cites));
    if (touched.size) await run(upsert.deleteOrphans([...touched]));
  });
  return { status: oldHash === undefined ? "created" : "updated", ...counts };
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
  };
}

export async function reset(db: Executor): Promise<void> {
  await db.writeTransaction((run) => run(resetQuery));
}
