// One graph, many formats: everything is written from the same graphology graph.
import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf";
import type { WireGraph } from "../wire.ts";
import { writeGraphml } from "./graphml.ts";

export const EXPORT_FORMATS = ["json", "gexf", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function toGraphology(wire: WireGraph): Graph {
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  graph.import(wire);
  return graph;
}

export function writeExport(wire: WireGraph, format: ExportFormat): string {
  const graph = toGraphology(wire);
  switch (format) {
    case "json":
      return JSON.stringify(graph.export(), null, 1);
    case "gexf":
      return writeGexf(withScalarValues(graph), { version: "1.3" });
    case "graphml":
      return writeGraphml(graph);
  }
}

const isScalar = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);

/** XML formats hold scalars and lists of scalars; nested values (a claim's quantities) travel as JSON text. */
function withScalarValues(graph: Graph): Graph {
  const copy = graph.copy();
  const flatten = (attrs: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(attrs).map(([k, v]) => [k, isScalar(v) || (Array.isArray(v) && v.every(isScalar)) ? v : JSON.stringify(v)]),
    );
  copy.updateEachNodeAttributes((_, a) => flatten(a));
  copy.updateEachEdgeAttributes((_, a) => flatten(a));
  return copy;
}
