// One graph, many formats, as files: everything is written from the same graphology graph.
// No Node imports, so the viewer exports exactly what the CLI does; the GEXF writer is passed in
// because graphology-gexf has one entry for Node and another for browsers.
import Graph from "graphology";
import type { WireGraph } from "../wire.ts";
import { writeCsv } from "./csv.ts";
import { writeGraphml } from "./graphml.ts";

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The formats that fit in one file (CSV needs two tables). */
export type SingleFileFormat = Exclude<ExportFormat, "csv">;

/** One file of an export: its name is the chosen base name plus the suffix. */
export type ExportFile = { suffix: string; mediaType: string; text: string };
export type GexfWriter = (graph: Graph, options: { version: "1.3" }) => string;

export function toGraphology(wire: WireGraph): Graph {
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  graph.import(wire);
  return graph;
}

/** GEXF attribute values are scalars or lists of scalars; anything nested (claim quantities) goes as JSON. */
function gexfValues(graph: Graph): Graph {
  const nested = (v: unknown) => typeof v === "object" && v !== null;
  const flat = <A extends Record<string, unknown>>(attributes: A) =>
    Object.fromEntries(
      Object.entries(attributes).map(([k, v]) => [
        k,
        (Array.isArray(v) ? v.some(nested) : nested(v)) ? JSON.stringify(v) : v,
      ]),
    ) as A;
  const copy = graph.copy();
  copy.updateEachNodeAttributes((_, a) => flat(a));
  copy.updateEachEdgeAttributes((_, a) => flat(a));
  return copy;
}

export function writeGraph(graph: Graph, format: ExportFormat, writers: { gexf: GexfWriter }): ExportFile[] {
  switch (format) {
    case "json":
      return [{ suffix: ".json", mediaType: "application/json", text: JSON.stringify(graph.export(), null, 1) }];
    case "gexf":
      return [
        { suffix: ".gexf", mediaType: "application/xml", text: writers.gexf(gexfValues(graph), { version: "1.3" }) },
      ];
    case "graphml":
      return [{ suffix: ".graphml", mediaType: "application/xml", text: writeGraphml(graph) }];
    case "csv": {
      const { nodes, edges } = writeCsv(graph);
      return [
        { suffix: "-nodes.csv", mediaType: "text/csv", text: nodes },
        { suffix: "-edges.csv", mediaType: "text/csv", text: edges },
      ];
    }
  }
}
