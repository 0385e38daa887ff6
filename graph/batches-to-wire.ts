// GraphBatches merged in memory the way the store merges them in Neo4j (same ids, aliases united,
// one edge per relationship), so extraction can be evaluated without a database.
import type { GraphBatch } from "./model.ts";
import { labelOf } from "./to-wire.ts";
import type { EdgeAttributes, NodeAttributes, WireGraph } from "./wire.ts";

export function batchesToWire(batches: GraphBatch[]): WireGraph {
  const nodes = new Map<string, NodeAttributes>();
  const edges = new Map<string, WireGraph["edges"][number]>();
  const edge = (source: string, target: string, attributes: EdgeAttributes, extra = "") => {
    const key = `${attributes.type}:${source}:${target}${extra}`;
    edges.set(key, { key, source, target, attributes });
  };
  for (const b of batches) {
    const d = b.document;
    nodes.set(d.id, {
      kind: "Source",
      label: labelOf(d.title || d.uri),
      title: d.title,
      uri: d.uri,
      sourceKind: "document",
    });
    for (const e of b.entities) {
      const known = nodes.get(e.id);
      const aliases = known?.kind === "Entity" ? known.aliases : [];
      const name = known?.kind === "Entity" ? known.name : e.name;
      const merged = [...new Set([...aliases, ...e.aliases])].filter((a) => a !== name);
      const resolution = [
        ...new Set([...(known?.kind === "Entity" ? (known.resolution ?? []) : []), ...(e.resolution ?? [])]),
      ];
      const found = [...new Set([...(known?.kind === "Entity" ? (known.found ?? []) : []), ...(e.found ?? [])])];
      nodes.set(e.id, { kind: "Entity", label: name, name, type: e.type, aliases: merged, resolution, found });
    }
    for (const c of b.claims)
      nodes.set(c.id, {
        kind: "Claim",
        label: labelOf(c.text),
        text: c.text,
        numbers: c.numbers,
        quantities: c.quantities,
        confidence: c.confidence,
        hedged: c.hedged,
        ...(c.why ? { why: c.why } : {}),
      });
    for (const s of b.cited)
      nodes.set(s.id, {
        kind: "Source",
        label: labelOf(s.title || s.uri),
        title: s.title,
        uri: s.uri,
        sourceKind: s.kind,
      });
    for (const s of b.statedIn)
      edge(
        s.claimId,
        s.sourceId,
        { type: "STATED_IN", start: s.start, end: s.end, quote: s.quote },
        `:${s.start}:${s.end}`,
      );
    for (const a of b.about) edge(a.claimId, a.entityId, { type: "ABOUT", ...(a.role ? { role: a.role } : {}) });
    for (const a of b.attributedTo) edge(a.claimId, a.entityId, { type: "ATTRIBUTED_TO" });
    for (const m of b.mentions) edge(m.sourceId, m.entityId, { type: "MENTIONS", count: m.count, spans: m.spans });
    for (const c of b.cites) edge(c.fromId, c.toId, { type: "CITES" });
  }
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [...nodes].map(([key, attributes]) => ({ key, attributes })),
    edges: [...edges.values()],
  };
}
