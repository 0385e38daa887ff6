// Exports in Node: the format writers of write-graph.ts with graphology-gexf's Node entry.
// (The viewer calls writeGraph with "graphology-gexf/browser" instead.)
import { write as writeGexf } from "graphology-gexf";
import type { WireGraph } from "../wire.ts";
import { toGraphology, writeGraph, type ExportFile, type ExportFormat, type SingleFileFormat } from "./write-graph.ts";

export {
  EXPORT_FORMATS,
  toGraphology,
  type ExportFile,
  type ExportFormat,
  type SingleFileFormat,
} from "./write-graph.ts";

export const exportFiles = (wire: WireGraph, format: ExportFormat): ExportFile[] =>
  writeGraph(toGraphology(wire), format, { gexf: writeGexf });

export const writeExport = (wire: WireGraph, format: SingleFileFormat): string => exportFiles(wire, format)[0]!.text;
