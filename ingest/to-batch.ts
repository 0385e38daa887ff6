// Document + Extraction -> GraphBatch: deterministic ids, one node per entity, claim or cited source.
import { GraphBatch } from "../graph/model.ts";
import { claimId, contentHash, entityId, sourceId } from "../graph/ids.ts";
import { quantityNodes } from "../graph/quantity-nodes.ts";
import { pageAt, type Document } from "./document.ts";
import type { Decision, Extraction } from "./extraction.ts";

/**
 * What decides whether a stored document is unchanged: its text and what is said about it (title,
 * author, publisher, date, pages), so a better metadata reading or a corrected date updates the Source.
 */
export const documentHash = (doc: Document) =>
  contentHash(
    JSON.stringify([doc.text, doc.title, doc.author, doc.publisher, doc.publishedAt, doc.pageStarts ?? null]),
  );

/** A decision as one line of text, the form the graph stores and the explorer shows. */
export const decisionText = (d: Decision) => `${d.stage} · ${d.rule}: ${d.why}`;

export function toGraphBatch(doc: Document, extraction: Extraction): GraphBatch {
  const docId = sourceId(doc.location);
  const entityIds = new Map(extraction.entities.map((e) => [e.name, entityId(e.name)]));
  const idOf = (name: string) => {
    const id = entityIds.get(name);
    if (!id) throw new Error(`toGraphBatch: "${name}" is referred to but is not among the extracted entities`);
    return id;
  };

  const mentions = new Map<string, { count: number; spans: number[] }>();
  for (const m of extraction.mentions) {
    const entry = mentions.get(m.entity) ?? { count: 0, spans: [] };
    entry.count++;
    entry.spans.push(m.start, m.end);
    mentions.set(m.entity, entry);
  }

  // Two sentences with the same normalised text are one claim node, stated twice.
  const claims = new Map<string, GraphBatch["claims"][number]>();
  const about = new Map<string, GraphBatch["about"][number]>();
  const attributedTo = new Map<string, GraphBatch["attributedTo"][number]>();
  const statedIn: GraphBatch["statedIn"] = [];
  for (const c of extraction.claims) {
    const id = claimId(c.quote);
    const text = c.quote.replace(/\s+/g, " ").trim();
    if (!claims.has(id)) {
      const { numbers, quantities, hedged, confidence } = c;
      claims.set(id, { id, text, numbers, quantities, hedged, confidence, why: c.why.map(decisionText) });
    }
    const page = pageAt(doc, c.start);
    statedIn.push({
      claimId: id,
      sourceId: docId,
      start: c.start,
      end: c.end,
      quote: c.quote,
      ...(page ? { page } : {}),
    });
    for (const name of c.about) about.set(`${id}|${name}`, { claimId: id, entityId: idOf(name) });
    if (c.attributedTo) attributedTo.set(id, { claimId: id, entityId: idOf(c.attributedTo) });
  }

  const cited = new Map<string, GraphBatch["cited"][number]>();
  for (const c of extraction.citations) {
    const id = sourceId(c.uri);
    cited.set(id, { id, kind: c.kind, title: c.title, uri: c.uri, contentHash: contentHash(c.uri) });
  }

  return GraphBatch.parse({
    document: {
      id: docId,
      kind: "document",
      title: doc.title,
      uri: doc.uri,
      text: doc.text,
      contentHash: documentHash(doc),
      ...(doc.author ? { author: doc.author } : {}),
      ...(doc.publisher ? { publisher: doc.publisher } : {}),
      ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}),
    },
    entities: extraction.entities.map((e) => ({ ...e, id: idOf(e.name), found: e.found.map(decisionText) })),
    claims: [...claims.values()],
    ...quantityNodes([...claims.values()]),
    cited: [...cited.values()],
    statedIn,
    about: [...about.values()],
    attributedTo: [...attributedTo.values()],
    mentions: [...mentions].map(([name, m]) => ({ sourceId: docId, entityId: idOf(name), ...m })),
    cites: [...cited.keys()].map((toId) => ({ fromId: docId, toId })),
  });
}
