// Linking a document's claims with the stored claims of other documents, after the document is
// written: candidates come through the about-entities the claims share (queries/links.ts, capped
// per entity), compareClaims decides in JS, the document's old links give way to the new ones,
// and every claim whose links changed has its corroboration and contradiction counts set again.
// Links run from the document being linked (the newer) to the stored claim.
import type { Record as Neo4jRecord } from "neo4j-driver";
import type { Executor } from "./executor.ts";
import { compareClaims, type LinkableClaim } from "./linking/compare.ts";
import { Quantity } from "./model.ts";
import { toNumber } from "./neo4j-values.ts";
import * as q from "./queries/links.ts";

export type LinkCounts = { corroborates: number; contradicts: number };

type StoredClaim = LinkableClaim & { entityIds: string[] };

/** Quantities are a JSON string on the Claim node; one that does not parse is left out, not fatal. */
function quantitiesOf(json: unknown): Quantity[] {
  if (typeof json !== "string") return [];
  try {
    const parsed = Quantity.array().safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const storedClaim = (r: Neo4jRecord): StoredClaim => ({
  id: r.get("id") as string,
  text: r.get("text") as string,
  sourceIds: r.get("sourceIds") as string[],
  entities: r.get("entities") as string[],
  entityIds: r.get("entityIds") as string[],
  ...(r.get("attributedTo") ? { attributedTo: r.get("attributedTo") as string } : {}),
  quantities: quantitiesOf(r.get("quantities")),
  hedged: r.get("hedged") === true,
});

/** The claims currently linked to a document's claims: read before the document is rewritten, so
 * that the partners of claims it no longer states get their counts set again afterwards. */
export async function linkPartnersOf(db: Executor, docId: string): Promise<string[]> {
  const [row] = await db.read(q.linkPartners(docId));
  return (row?.get("ids") as string[] | undefined) ?? [];
}

/**
 * Recomputes the links of one document's claims. `before` limits candidates to documents ingested
 * earlier (link --all replays ingest order); `formerPartners` are claims linked to the document's
 * claims before it changed, whose counts must follow.
 */
export async function linkDocument(
  db: Executor,
  docId: string,
  opts: { before?: unknown; formerPartners?: string[] } = {},
): Promise<LinkCounts> {
  // One claim may be stated twice in a document; it is linked once.
  const claims = [
    ...new Map((await db.read(q.documentClaims(docId))).map((r) => [r.get("id"), storedClaim(r)])).values(),
  ];
  const entityIds = [...new Set(claims.flatMap((c) => c.entityIds))];
  const candidates = entityIds.length
    ? (await db.read(q.candidateClaims(docId, entityIds, opts.before ?? null))).map(storedClaim)
    : [];
  const byEntity = new Map<string, StoredClaim[]>();
  for (const c of candidates) for (const e of c.entityIds) byEntity.set(e, [...(byEntity.get(e) ?? []), c]);

  const corroborations: { from: string; to: string; score: number; why: string }[] = [];
  const contradictions: { from: string; to: string; why: string }[] = [];
  for (const claim of claims) {
    const seen = new Set<string>();
    for (const e of claim.entityIds)
      for (const other of byEntity.get(e) ?? []) {
        if (seen.has(other.id)) continue;
        seen.add(other.id);
        const link = compareClaims(claim, other);
        if (link?.type === "CORROBORATES")
          corroborations.push({ from: claim.id, to: other.id, score: link.score, why: link.why });
        else if (link?.type === "CONTRADICTS") contradictions.push({ from: claim.id, to: other.id, why: link.why });
      }
  }

  const ids = claims.map((c) => c.id);
  await db.writeTransaction(async (run) => {
    const touched = new Set([...ids, ...(opts.formerPartners ?? [])]);
    if (ids.length)
      for (const row of await run(q.unlinkClaims(ids)))
        for (const id of row.get("partners") as string[]) touched.add(id);
    if (corroborations.length) await run(q.writeCorroborations(corroborations));
    if (contradictions.length) await run(q.writeContradictions(contradictions));
    for (const l of [...corroborations, ...contradictions]) touched.add(l.to);
    if (touched.size) await run(q.recount([...touched]));
  });
  return { corroborates: corroborations.length, contradicts: contradictions.length };
}

/** How many links of each type the graph holds. */
export async function linkCounts(db: Executor): Promise<LinkCounts> {
  const [row] = await db.read(q.linkCounts);
  return { corroborates: toNumber(row?.get("corroborates") ?? 0), contradicts: toNumber(row?.get("contradicts") ?? 0) };
}

const BATCH = 10_000;

/**
 * Recomputes every link: removes them all (in batches, so a large graph does not need one huge
 * transaction), then links each document in the order it was ingested against the documents
 * ingested before it, which is what linking at ingest did.
 */
export async function linkAll(
  db: Executor,
  onProgress?: (p: { done: number; total: number }) => void,
): Promise<LinkCounts> {
  const drain = async (query: (n: number) => Parameters<Executor["read"]>[0], key: string) => {
    for (;;) {
      const [row] = await db.writeTransaction((run) => run(query(BATCH)));
      if (toNumber(row?.get(key) ?? 0) === 0) return;
    }
  };
  await drain(q.deleteSomeLinks, "deleted");
  await drain(q.clearSomeCounts, "cleared");
  const docs = await db.read(q.documentsInIngestOrder);
  for (const [i, d] of docs.entries()) {
    await linkDocument(db, d.get("id") as string, { before: d.get("ingestedAt") });
    onProgress?.({ done: i + 1, total: docs.length });
  }
  return linkCounts(db);
}
