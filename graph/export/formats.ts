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
      return writeGexf(graph, { version: "1.3" });
    case "graphml":
      return writeGraphml(graph);
  }
}
