// Export: the whole graph or the neighbourhood of one entity, in any of the export formats.
import type { Executor } from "../graph/executor.ts";
import { writeExport, type ExportFormat } from "../graph/export/formats.ts";
import type { Depth } from "../graph/queries/read.ts";
import { subgraphAroundEntity, wholeGraph } from "../graph/subgraph.ts";

export type ExportRequest = { format: ExportFormat; entity?: string; depth: Depth };

export async function exportGraph(db: Executor, req: ExportRequest): Promise<{ text: string; nodes: number; edges: number }> {
  const wire = req.entity ? await subgraphAroundEntity(db, req.entity, req.depth) : await wholeGraph(db);
  return { text: writeExport(wire, req.format), nodes: wire.nodes.length, edges: wire.edges.length };
}
