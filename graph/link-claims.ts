// Linking a document's claims with the stored claims of other documents. A Linker lives for one
// ingest run (or one `link --all`): it holds the link index (linking/link-index.ts), loaded once
// from the keys stored on the claims and kept up to date as documents are linked, and the claims it
// has seen, so candidates from the same run cost no database round trip. At ingest the keys of a
// document's claims are worked out from its batch and written with it (keysOf); linkDocument then
// finds candidates and lets compareClaims decide; the links gather and are written in batches
// (flush), a failed batch leaving documents written and unlinked, which link --all mends. A document's
// claims that it alone stated are deleted and written anew when it changes (store.ts), links and
// all, so links never need undoing here. Links run from the document being linked (the newer) to
// the stored claim.
import type { Record as Neo4jRecord } from "neo4j-driver";
import type { Executor } from "./executor.ts";
import { compareClaims, type LinkableClaim } from "./linking/compare.ts";
import { entityToken, linkKeys, parseLinkKeys, termTokens } from "./linking/keys.ts";
import { LinkIndex } from "./linking/link-index.ts";
import { Quantity, type GraphBatch } from "./model.ts";
import { toNumber } from "./neo4j-values.ts";
import * as q from "./queries/links.ts";

export type LinkCounts = { corroborates: number; contradicts: number };

type StoredClaim = LinkableClaim & { entityIds: string[] };
/** A claim with its link keys. */
type Keyed = { claim: StoredClaim; entities: string[]; terms: string[] };

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
  ...(typeof r.get("publishedAt") === "string" ? { publishedAt: r.get("publishedAt") as string } : {}),
});

/** At most this many candidates per claim, the best the link index finds. */
export const CANDIDATES_PER_CLAIM = 10;
/** Links and keys gathered before they are written in one transaction. */
const FLUSH_AT = 2_000;
/** Claims read per page when the link index is loaded. */
const PAGE = 20_000;

export type Linker = {
  /**
   * The link keys of a batch's claims (as resolved against the graph), to be stored with them; the
   * claims are kept for linkDocument, which then need not read them back.
   */
  keysOf(batch: GraphBatch): Map<string, string>;
  /**
   * Links one document's claims with the claims the index holds, then adds them to it. The links
   * are written by flush, which runs when enough have gathered: call it once the run is done.
   */
  linkDocument(docId: string): Promise<LinkCounts>;
  /** Writes the links (and keys) found and not yet written. */
  flush(): Promise<void>;
};

const keyed = (claim: StoredClaim): Keyed => ({
  claim,
  entities: claim.entityIds.map(entityToken),
  terms: termTokens(claim),
});

/** A batch's claims as compareClaims sees them: with the names of the entities they are about. */
function batchClaims(batch: GraphBatch): StoredClaim[] {
  const names = new Map(batch.entities.map((e) => [e.id, e.name]));
  const about = new Map<string, string[]>();
  for (const a of batch.about) about.set(a.claimId, [...(about.get(a.claimId) ?? []), a.entityId]);
  const speaker = new Map(batch.attributedTo.map((a) => [a.claimId, names.get(a.entityId)]));
  return batch.claims.map((c) => {
    const entityIds = about.get(c.id) ?? [];
    const attributedTo = speaker.get(c.id);
    return {
      id: c.id,
      text: c.text,
      sourceIds: [batch.document.id],
      entities: entityIds.flatMap((id) => names.get(id) ?? []),
      entityIds,
      ...(attributedTo ? { attributedTo } : {}),
      quantities: c.quantities,
      hedged: c.hedged,
      ...(batch.document.publishedAt ? { publishedAt: batch.document.publishedAt } : {}),
    };
  });
}

/**
 * A linker for one run. `fresh`: start from an empty index instead of loading the stored keys
 * (link --all, which relinks every document in ingest order, each against those before it).
 */
export function createLinker(db: Executor, opts: { fresh?: boolean } = {}): Linker {
  const index = new LinkIndex();
  const known = new Map<string, StoredClaim>();
  const pending = new Map<string, Keyed[]>();
  let loaded = opts.fresh === true;

  async function load() {
    for (let after = ""; ;) {
      const rows = await db.read(q.linkKeysPage(after, PAGE));
      for (const r of rows) {
        const { entities, terms } = parseLinkKeys(r.get("keys") as string);
        index.add(r.get("id") as string, entities, terms);
      }
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1]!.get("id") as string;
    }
    loaded = true;
  }

  // Links (and, in link --all, keys) wait here and are written together: a transaction of their
  // own for each document cost more than finding them.
  const unwritten = {
    keys: [] as { id: string; keys: string }[],
    corroborations: [] as { from: string; to: string; score: number; why: string }[],
    contradictions: [] as { from: string; to: string; why: string }[],
    documents: [] as string[],
  };

  async function flush() {
    const { keys, corroborations, contradictions, documents } = unwritten;
    if (!documents.length) return;
    unwritten.keys = [];
    unwritten.corroborations = [];
    unwritten.contradictions = [];
    unwritten.documents = [];
    await db.writeTransaction(async (run) => {
      // A document counts as linked only with its links: a run cut short relinks the rest.
      await run(q.markLinked(documents));
      if (keys.length) await run(q.setLinkKeys(keys));
      if (corroborations.length) await run(q.writeCorroborations(corroborations));
      if (contradictions.length) await run(q.writeContradictions(contradictions));
      const ends = new Set([...corroborations, ...contradictions].flatMap((l) => [l.from, l.to]));
      if (ends.size) await run(q.recount([...ends]));
    });
  }

  async function claimsNamed(ids: string[]): Promise<StoredClaim[]> {
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) for (const r of await db.read(q.claimsById(missing))) known.set(r.get("id"), storedClaim(r));
    return ids.flatMap((id) => known.get(id) ?? []);
  }

  return {
    keysOf(batch) {
      const claims = batchClaims(batch).map(keyed);
      pending.set(batch.document.id, claims);
      return new Map(claims.map((k) => [k.claim.id, linkKeys(k.entities, k.terms)]));
    },

    flush,

    async linkDocument(docId) {
      if (!loaded) await load();
      let claims = pending.get(docId);
      pending.delete(docId);
      // Not from a batch of this run (link --all): read back, and the keys written with the links.
      const writeKeys = claims === undefined;
      claims ??= (await db.read(q.documentClaims(docId))).map((r) => keyed(storedClaim(r)));
      // One claim may be stated twice in a document; it is linked once.
      claims = [...new Map(claims.map((k) => [k.claim.id, k])).values()];

      const own = new Set(claims.map((k) => k.claim.id));
      const asked = claims.map((k) => index.candidates(k.entities, k.terms, CANDIDATES_PER_CLAIM, own));
      const others = new Map((await claimsNamed([...new Set(asked.flat())])).map((c) => [c.id, c]));
      const corroborations: { from: string; to: string; score: number; why: string }[] = [];
      const contradictions: { from: string; to: string; why: string }[] = [];
      for (const [i, { claim }] of claims.entries())
        for (const id of asked[i]!) {
          const other = others.get(id);
          const link = other && compareClaims(claim, other);
          if (link?.type === "CORROBORATES")
            corroborations.push({ from: claim.id, to: id, score: link.score, why: link.why });
          else if (link?.type === "CONTRADICTS") contradictions.push({ from: claim.id, to: id, why: link.why });
        }

      unwritten.documents.push(docId);
      unwritten.corroborations.push(...corroborations);
      unwritten.contradictions.push(...contradictions);
      if (writeKeys)
        for (const k of claims) unwritten.keys.push({ id: k.claim.id, keys: linkKeys(k.entities, k.terms) });
      for (const k of claims) {
        index.add(k.claim.id, k.entities, k.terms);
        known.set(k.claim.id, k.claim);
      }
      if (unwritten.keys.length + unwritten.corroborations.length + unwritten.contradictions.length >= FLUSH_AT)
        await flush();
      return { corroborates: corroborations.length, contradicts: contradictions.length };
    },
  };
}

/** Whether a document's links are written (a run cut short may have left it unlinked). */
export async function isLinked(db: Executor, docId: string): Promise<boolean> {
  const [row] = await db.read(q.documentLinked(docId));
  return row?.get("linked") === true;
}

/** How many links of each type the graph holds. */
export async function linkCounts(db: Executor): Promise<LinkCounts> {
  const [row] = await db.read(q.linkCounts);
  return { corroborates: toNumber(row?.get("corroborates") ?? 0), contradicts: toNumber(row?.get("contradicts") ?? 0) };
}

const BATCH = 10_000;

/**
 * Recomputes every link: removes them all, with every claim's counts and link keys (in batches, so
 * a large graph does not need one huge transaction), then links each document in the order it was
 * ingested; as each sets its claims' keys, each is linked against the documents before it, which
 * is what linking at ingest did.
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
  await drain(q.clearSomeLinkedMarks, "cleared");
  const linker = createLinker(db, { fresh: true });
  const docs = await db.read(q.documentsInIngestOrder);
  for (const [i, d] of docs.entries()) {
    await linker.linkDocument(d.get("id") as string);
    onProgress?.({ done: i + 1, total: docs.length });
  }
  await linker.flush();
  return linkCounts(db);
}
