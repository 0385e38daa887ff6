// The files an export produces, all from one graphology graph (the export contract in DESIGN.md)
// and by the same writers as the CLI's (graph/export/write-graph.ts): JSON is graph.export() with
// the API's node attributes (plus x, y); GEXF gets colours and sizes so Gephi shows it as drawn.
import Graph, { MultiDirectedGraph } from "graphology";
import { write as writeGexf } from "graphology-gexf/browser";
import type { Attributes } from "graphology-types";
import JSZip from "jszip";
import { writeGraph } from "../../../../graph/export/write-graph.ts";
import type { WireGraph } from "../../../../graph/wire.ts";
import { nodeColor, nodeSize } from "../../appearance.ts";
import type { ClaimGraph } from "../../state/graph-data.ts";
import { edgeKey } from "../../state/graph-data.ts";

export const EXPORT_FORMATS = ["JSON", "GEXF", "GraphML", "CSV", "PNG"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  blob: Blob;
}

type Exported = MultiDirectedGraph<Attributes, Attributes>;

const newGraph = (): Exported => new MultiDirectedGraph<Attributes, Attributes>({ allowSelfLoops: true });

/** The part of the on-screen graph made of `keep`'s nodes and the edges among them for which `edgeOk`. */
export function subgraphOf(
  graph: ClaimGraph,
  keep: (key: string) => boolean,
  edgeOk: (key: string) => boolean,
): Exported {
  const out = newGraph();
  graph.forEachNode((key, { fixed: _pinned, ...attributes }) => {
    if (keep(key)) out.addNode(key, attributes); // a pin is how it is drawn here, not what it is
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (out.hasNode(source) && out.hasNode(target) && edgeOk(key))
      out.addEdgeWithKey(key, source, target, { ...attributes });
  });
  return out;
}

/** A wire graph from the API, with positions taken from the screen where the node is drawn. */
export function graphOfWire(wire: WireGraph, screen: ClaimGraph): Exported {
  const out = newGraph();
  for (const { key, attributes } of wire.nodes) {
    const position = screen.hasNode(key)
      ? { x: screen.getNodeAttribute(key, "x"), y: screen.getNodeAttribute(key, "y") }
      : {};
    out.mergeNode(key, { ...attributes, ...position });
  }
  for (const edge of wire.edges)
    if (out.hasNode(edge.source) && out.hasNode(edge.target) && !out.hasEdge(edgeKey(edge)))
      out.addEdgeWithKey(edgeKey(edge), edge.source, edge.target, { ...edge.attributes });
  return out;
}

/**
 * GEXF viewers read colour and size from viz attributes, which the JSON export does not carry.
 * (writeGraph has already turned nested values, such as a claim's quantities, into JSON text.)
 */
function withLooks(graph: Graph): Graph {
  const copy = graph.copy();
  const degreeOf = (key: string) => (graph.getNodeAttribute(key, "degree") as number | undefined) ?? graph.degree(key);
  const largest = graph.reduceNodes((most, key) => Math.max(most, degreeOf(key)), 0);
  copy.updateEachNodeAttributes((key, a) => {
    const looks = a as Parameters<typeof nodeColor>[0];
    return { ...a, color: nodeColor(looks), size: nodeSize(looks, degreeOf(key), largest) };
  });
  return copy;
}

const FORMAT_IDS = { JSON: "json", GEXF: "gexf", GraphML: "graphml", CSV: "csv" } as const;

/**
 * The file for one format, written by graph/export like the CLI's. CSV is two tables, nodes and
 * edges, which arrive as one zip (two downloads at once are easy to lose, and browsers may block the
 * second). PNG is drawn by the caller.
 */
export async function writeFile(
  graph: Exported,
  format: Exclude<ExportFormat, "PNG">,
  base: string,
): Promise<ExportFile> {
  const files = writeGraph(graph as unknown as Graph, FORMAT_IDS[format], {
    gexf: (g, options) => writeGexf(withLooks(g), options),
  });
  if (files.length === 1) {
    const [f] = files;
    return { name: `${base}${f!.suffix}`, blob: new Blob([f!.text], { type: f!.mediaType }) };
  }
  const zip = new JSZip();
  for (const f of files) zip.file(`${base}${f.suffix}`, f.text);
  return { name: `${base}-csv.zip`, blob: await zip.generateAsync({ type: "blob", compression: "DEFLATE" }) };
}
