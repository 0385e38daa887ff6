// One graph, many formats, as files: everything is written from the same graphology graph.
// No Node imports, so the viewer exports exactly what the CLI does; the GEXF writer is passed in
// because graphology-gexf has one entry for Node and another for browsers.
import Graph from "graphology";
import type { WireGraph } from "../wire.ts";
import { writeCsv } from "./csv.ts";
import { writeGraphml } from "./graphml.ts";
import { xmlAllowed } from "./xml-text.ts";

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The formats that fit in one file (CSV needs two tables). */
export type SingleFileFormat = Exclude<ExportFormat, "csv">;

/** One file of an export: its name is the chosen base name plus the suffix. */
export type ExportFile = { suffix: string; mediaType: string; text: string };
export type GexfWriter = (graph: Graph, options: { version: "1.2" }) => string;

export function toGraphology(wire: WireGraph): Graph {
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  graph.import(wire);
  return graph;
}

/**
 * GEXF attribute values are scalars or lists of strings; anything else (a claim's quantities, a
 * mention's spans) goes as JSON text. GEXF also has lists of numbers, but networkx reads no list
 * type other than strings, and an export that one common reader refuses is no export.
 */
function gexfValues(graph: Graph): Graph {
  const xmlText = (v: unknown) =>
    typeof v === "string" ? xmlAllowed(v) : Array.isArray(v) ? v.map((x: string) => xmlAllowed(x)) : v;
  const nested = (v: unknown) => typeof v === "object" && v !== null;
  const flat = <A extends Record<string, unknown>>(attributes: A) =>
    Object.fromEntries(
      Object.entries(attributes).map(([k, v]) => [
        k,
        xmlText((Array.isArray(v) ? v.some((x) => typeof x !== "string") : nested(v)) ? JSON.stringify(v) : v),
      ]),
    ) as A;
  const copy = graph.copy();
  copy.updateEachNodeAttributes((_, a) => flat(a));
  copy.updateEachEdgeAttributes((_, a) => flat(a));
  return copy;
}

/** GEXF 1.2, which Gephi and networkx 2 and 3 all read (networkx 2 knows no 1.3); in 1.2 the writer
 * gives viz:color as r, g and b, the only form networkx reads (1.3's hex it refuses). */
const GEXF_VERSION = "1.2";

/**
 * graphology-gexf names GEXF 1.2's viz namespace "http:///www.gexf.net/1.1draft/viz" (a slash too
 * many, the older draft); readers that match namespaces exactly, networkx among them, then find no
 * colour, size or position. The namespace GEXF 1.2 defines is put in its place.
 */
const vizNamespaceFixed = (gexf: string) =>
  gexf.replace(/xmlns:viz="[^"]*"/, 'xmlns:viz="http://www.gexf.net/1.2draft/viz"');

export function writeGraph(graph: Graph, format: ExportFormat, writers: { gexf: GexfWriter }): ExportFile[] {
  switch (format) {
    case "json":
      return [{ suffix: ".json", mediaType: "application/json", text: JSON.stringify(graph.export(), null, 1) }];
    case "gexf":
      return [
        {
          suffix: ".gexf",
          mediaType: "application/xml",
          text: vizNamespaceFixed(writers.gexf(gexfValues(graph), { version: GEXF_VERSION })),
        },
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
