// GraphBatches merged in memory the way the store merges them in Neo4j (same ids, aliases united,
// one edge per relationship), so extraction can be evaluated without a database.
import { BATCH_REL_TYPES, RELATIONSHIPS, type GraphBatch } from "./model.ts";
import { labelOf, quantityAttributes } from "./to-wire.ts";
import { edgeDistinction, type EdgeAttributes, type NodeAttributes, type WireGraph } from "./wire.ts";

export function batchesToWire(batches: GraphBatch[]): WireGraph {
  const nodes = new Map<string, NodeAttributes>();
  const edges = new Map<string, WireGraph["edges"][number]>();
  const edge = (source: string, target: string, attributes: EdgeAttributes) => {
    const key = `${attributes.type}:${source}:${target}${edgeDistinction(attributes)}`;
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
    for (const q of b.quantities) nodes.set(q.id, quantityAttributes(q));
    for (const type of BATCH_REL_TYPES) {
      const { list, from, to } = RELATIONSHIPS[type].batch;
      for (const row of b[list] as Record<string, unknown>[]) {
        const { [from]: source, [to]: target, ...properties } = row;
        edge(source as string, target as string, { type, ...properties } as EdgeAttributes);
      }
    }
  }
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [...nodes].map(([key, attributes]) => ({ key, attributes })),
    edges: [...edges.values()],
  };
}
