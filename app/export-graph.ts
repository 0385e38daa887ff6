// Export: the whole graph, the neighbourhood of one entity, or exactly what a read-only Cypher query
// returns (through the console's safe runner), in any of the export formats. A date range narrows
// the first two to the claims dated within it.
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { runReadOnlyCypher } from "../graph/cypher.ts";
import type { Executor } from "../graph/executor.ts";
import { exportFiles, type ExportFile, type ExportFormat, type SingleFileFormat } from "../graph/export/formats.ts";
import type { Depth } from "../graph/queries/read.ts";
import { claimsWithin, subgraphAroundEntity, wholeGraph } from "../graph/subgraph.ts";
import type { DateRange } from "../graph/date-range.ts";
import type { WireGraph } from "../graph/wire.ts";

export type ExportRequest = {
  format: ExportFormat;
  entity?: string;
  cypher?: string;
  depth: Depth;
  /** Only claims dated within it (undated ones are left out), with what they link to. */
  dates?: DateRange;
};
export type ExportedFiles = { files: ExportFile[]; nodes: number; edges: number; truncated: boolean };

/** The most rows a Cypher export reads (the console's own cap). */
export const CYPHER_EXPORT_ROWS = 10_000;

async function selectGraph(db: Executor, req: ExportRequest): Promise<{ wire: WireGraph; truncated: boolean }> {
  if (req.cypher !== undefined && req.entity !== undefined)
    throw new Error("export: --cypher and --entity both choose what to export; give only one of them");
  if (req.cypher !== undefined && req.dates !== undefined)
    throw new Error(
      "export: --cypher exports exactly what the query returns, so --since/--until cannot narrow it; " +
        "put the dates in the query instead (e.g. WHERE c.publishedAt >= '2023-01-01')",
    );
  if (req.cypher !== undefined) {
    const result = await runReadOnlyCypher(db, { query: req.cypher, params: {}, limit: CYPHER_EXPORT_ROWS });
    return { wire: result.graph, truncated: result.truncated };
  }
  const wire = req.entity
    ? await subgraphAroundEntity(db, req.entity, req.depth, req.dates)
    : req.dates
      ? await claimsWithin(db, req.dates)
      : await wholeGraph(db);
  return { wire, truncated: false };
}

export async function exportGraphFiles(db: Executor, req: ExportRequest): Promise<ExportedFiles> {
  const { wire, truncated } = await selectGraph(db, req);
  return { files: exportFiles(wire, req.format), nodes: wire.nodes.length, edges: wire.edges.length, truncated };
}

/** A single-file format as one text, for callers that keep the export in memory. */
export async function exportGraph(
  db: Executor,
  req: ExportRequest & { format: SingleFileFormat },
): Promise<{ text: string; nodes: number; edges: number; truncated: boolean }> {
  const { files, ...rest } = await exportGraphFiles(db, req);
  return { text: files[0]!.text, ...rest };
}

/**
 * Where the files go: a one-file format is written to `out` itself; CSV's two files are named from
 * `out` as a prefix (`g` or `g.csv` -> g-nodes.csv, g-edges.csv), or go into `out` as graph-*.csv
 * when it is a folder (an existing one, or a path ending in "/").
 */
export async function outputPaths(out: string, files: ExportFile[]): Promise<string[]> {
  if (files.length === 1) return [out];
  const isFolder = /[\\/]$/.test(out) || (await stat(out).catch(() => undefined))?.isDirectory();
  const prefix = isFolder ? join(out, "graph") : out.replace(/\.csv$/i, "");
  return files.map((f) => `${prefix}${f.suffix}`);
}

export async function writeExportFiles(out: string, files: ExportFile[]): Promise<string[]> {
  const paths = await outputPaths(out, files);
  for (const [i, path] of paths.entries()) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, files[i]!.text);
  }
  return paths;
}
