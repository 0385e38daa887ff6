// Turns an export request (scope × format) into downloads. "Current view" is what is on the canvas
// minus what the filters hide; "neighbourhood" asks the API for the selected node's neighbours,
// so it holds them all even when only some are drawn.
import { toBlob } from "@sigma/export-image";
import { fetchNeighborhood } from "../../api.ts";
import type { ClaimGraph } from "../../state/graph-data.ts";
import type { Store } from "../../state/store.ts";
import type { ViewState } from "../../state/view-state.ts";
import { download } from "../../utils/download.ts";
import type { GraphView } from "../graph/graph-view.ts";
import type { ExportScope } from "./export-menu.ts";
import { graphOfWire, subgraphOf, writeFiles, type ExportFormat } from "./writers.ts";

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "node";

export function createExporter(graph: ClaimGraph, view: GraphView, store: Store<ViewState>) {
  return async (scope: ExportScope, format: ExportFormat): Promise<void> => {
    const selected = store.get().selected;
    if (scope === "neighbourhood" && selected === null) throw new Error("select a node first");
    const base =
      scope === "neighbourhood" && selected !== null
        ? `claimgraph-${slug(graph.hasNode(selected) ? graph.getNodeAttribute(selected, "label") : selected)}`
        : "claimgraph-view";

    if (format === "PNG") {
      // The image is of the canvas as drawn (reducers included), whatever the scope.
      // export-image is typed for untyped graphs; ours only narrows the attribute types.
      const sigma = view.sigma as unknown as Parameters<typeof toBlob>[0];
      const blob = await toBlob(sigma, { format: "png", backgroundColor: "#ffffff" });
      return download(blob, `${base}.png`);
    }

    const hiddenRelations = store.get().filters.hiddenRelations;
    const exported =
      scope === "neighbourhood" && selected !== null
        ? graphOfWire(await fetchNeighborhood(selected), graph)
        : subgraphOf(
            graph,
            (key) => !view.isFilteredOut(key),
            (key) => !hiddenRelations.has(graph.getEdgeAttribute(key, "type")),
          );
    for (const file of writeFiles(exported, format, base)) download(file.blob, file.name);
  };
}
