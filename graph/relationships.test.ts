// The guard of the RELATIONSHIPS table: every relationship type and node kind it defines reaches the
// wire, the exports, the legend and the filters, and no query names a type it does not define.
// Missing one used to mean the new edges silently never showed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { EDGE_LEGEND, LEGEND, edgeColor } from "../viewer/src/appearance.ts";
import { createFilters } from "../viewer/src/features/filters/filters-panel.ts";
import { batchesToWire } from "./batches-to-wire.ts";
import { EXPORT_FORMATS, exportFiles } from "./export/formats.ts";
import {
  BATCH_REL_TYPES,
  GraphBatch,
  NODE_KINDS,
  RELATIONSHIPS,
  REL_TYPES,
  type RelProperties,
  type RelType,
} from "./model.ts";
import { EdgeAttributes, NodeAttributes, type WireGraph } from "./wire.ts";

/** One valid set of properties per type: a type added to the table without one does not compile. */
const EXAMPLES: { [T in RelType]: RelProperties<T> } = {
  STATED_IN: { start: 0, end: 4, quote: "Said", page: 2 },
  ABOUT: { role: "subject" },
  ATTRIBUTED_TO: {},
  MENTIONS: { count: 2, spans: [0, 4, 9, 13] },
  CITES: {},
  STATES: {},
  CORROBORATES: { score: 0.92, why: "same figure, same measure" },
  CONTRADICTS: { why: "512e12 vs 120e12 ops/s, same product" },
};

const node = (key: string, kind: string): WireGraph["nodes"][number] => {
  const attributes = {
    Entity: { kind: "Entity", label: key, name: key, type: "Organization", aliases: [] },
    Claim: { kind: "Claim", label: key, text: key, numbers: [], confidence: 1, hedged: false },
    Source: { kind: "Source", label: key, title: key, uri: `https://example.org/${key}`, sourceKind: "document" },
    Quantity: {
      kind: "Quantity",
      label: "$5.6 million",
      text: "$5.6m",
      value: 5.6e6,
      unit: "USD",
      quantityKind: "money",
    },
  }[kind];
  return { key, attributes: NodeAttributes.parse(attributes) };
};

/** One node of each kind, and one edge of each type between nodes of the kinds the table names. */
function everyType(): WireGraph {
  const nodes = NODE_KINDS.flatMap((k) => [node(`${k}-1`, k), node(`${k}-2`, k)]);
  const edges = REL_TYPES.map((type) => ({
    key: `r-${type}`,
    source: `${RELATIONSHIPS[type].from}-1`,
    target: `${RELATIONSHIPS[type].to}-2`,
    attributes: EdgeAttributes.parse({ type, ...EXAMPLES[type] }),
  }));
  return { attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes, edges };
}

describe("the RELATIONSHIPS table", () => {
  it("gives every type a strict wire form: its own properties pass, a stray one fails", () => {
    for (const type of REL_TYPES) {
      expect(EdgeAttributes.parse({ type, ...EXAMPLES[type] }), type).toEqual({ type, ...EXAMPLES[type] });
      expect(EdgeAttributes.safeParse({ type, ...EXAMPLES[type], stray: 1 }).success, type).toBe(false);
    }
    expect(EdgeAttributes.safeParse({ type: "UNKNOWN" }).success).toBe(false);
  });

  it("puts every node kind and every type in the legend, with its own colour", () => {
    expect(EDGE_LEGEND.map((e) => e.label)).toEqual(REL_TYPES);
    for (const entry of EDGE_LEGEND) {
      expect(entry.color, entry.label).toBe(edgeColor(entry.label));
      expect(entry.description, entry.label).toBe(RELATIONSHIPS[entry.label as RelType].description);
    }
    expect(new Set(EDGE_LEGEND.map((e) => e.color)).size).toBe(REL_TYPES.length);
    const categories = LEGEND.map((e) => e.label);
    for (const kind of NODE_KINDS.filter((k) => k !== "Entity")) expect(categories).toContain(kind);
  });

  it("puts a checkbox for every node kind and every type in the filters panel", () => {
    const { document } = parseHTML("<!doctype html><html><body><div id=f></div></body></html>");
    const global = globalThis as { document?: unknown };
    const before = global.document;
    global.document = document;
    try {
      const container = document.getElementById("f")!;
      createFilters(container as unknown as HTMLElement, {
        category() {},
        relation() {},
        documents() {},
        disputedOnly() {},
        unhide() {},
        numbers() {},
        moreClaims() {},
      });
      const boxes = [...container.querySelectorAll("input[type=checkbox]")].map((b) => b.getAttribute("aria-label"));
      for (const label of [...REL_TYPES, ...NODE_KINDS.filter((k) => k !== "Entity")]) expect(boxes).toContain(label);
    } finally {
      global.document = before;
    }
  });

  it("carries every type and node kind through every export format", () => {
    const wire = everyType();
    const types = (g: Graph) => g.mapEdges((_, a) => a.type).sort();
    const kinds = (g: Graph) => [...new Set(g.mapNodes((_, a) => a.kind))].sort();
    const expected = [...REL_TYPES].sort();
    for (const format of EXPORT_FORMATS) {
      const files = exportFiles(wire, format);
      if (format === "csv") {
        const [nodes, edges] = files.map((f) => f.text);
        for (const type of REL_TYPES) expect(edges, type).toContain(`,${type}`);
        for (const kind of NODE_KINDS) expect(nodes, kind).toContain(`,${kind},`);
        continue;
      }
      const text = files[0]!.text;
      const back =
        format === "json"
          ? Graph.from(JSON.parse(text))
          : format === "gexf"
            ? parseGexf(Graph, text, { allowUndeclaredAttributes: true })
            : parseGraphml(Graph, text);
      expect(types(back), format).toEqual(expected);
      expect(kinds(back), format).toEqual([...NODE_KINDS].sort());
    }
  });

  it("lists each batch relationship type in GraphBatch, and batchesToWire draws them all", () => {
    const c = "c:0000000000000001";
    const s = "s:0000000000000002";
    const e = "e:0000000000000003";
    const q = "q:0000000000000004";
    const batch = GraphBatch.parse({
      document: { id: s, kind: "document", title: "t", uri: "t", text: "Said it.", contentHash: "h" },
      entities: [{ id: e, name: "Ardent", type: "Organization", aliases: [] }],
      claims: [
        {
          id: c,
          text: "Said it.",
          numbers: ["$5.6m"],
          quantities: [{ text: "$5.6m", value: 5.6e6, unit: "USD" }],
          confidence: 1,
          hedged: false,
        },
      ],
      cited: [{ id: "s:0000000000000005", kind: "web", title: "w", uri: "https://w.example", contentHash: "w" }],
      statedIn: [{ claimId: c, sourceId: s, start: 0, end: 4, quote: "Said" }],
      about: [{ claimId: c, entityId: e }],
      attributedTo: [{ claimId: c, entityId: e }],
      mentions: [{ sourceId: s, entityId: e, count: 1, spans: [0, 4] }],
      cites: [{ fromId: s, toId: "s:0000000000000005" }],
      quantities: [{ id: q, text: "$5.6m", value: 5.6e6, unit: "USD" }],
      states: [{ claimId: c, quantityId: q }],
    });
    const wire = batchesToWire([batch]);
    expect(wire.edges.map((x) => x.attributes.type).sort()).toEqual([...BATCH_REL_TYPES].sort());
    expect(wire.nodes.find((n) => n.key === q)?.attributes).toMatchObject({ kind: "Quantity", label: "$5.6 million" });
    for (const edge of wire.edges) expect(EdgeAttributes.safeParse(edge.attributes).success).toBe(true);
  });

  it("defines every relationship type a Cypher query in graph/ or app/ names", () => {
    const files = ["graph/queries", "graph", "app"].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
        .map((f) => join(dir, f)),
    );
    const named = new Set<string>();
    for (const file of files)
      for (const m of readFileSync(file, "utf8").matchAll(/\[\w*:([A-Z][A-Z_|]*[A-Z])[\s\]*{]/g))
        for (const type of m[1]!.split("|")) named.add(type);
    expect(named.size).toBeGreaterThan(2);
    for (const type of named) expect(REL_TYPES, type).toContain(type);
  });
});
