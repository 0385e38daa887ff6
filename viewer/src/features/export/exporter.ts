// Turns an export request (scope × format) into downloads. "Current view" is what is on the canvas
// minus what the filters hide; "neighbourhood" asks the API for the selected node's neighbours,
// so it holds them all even when only some are drawn.
import { fetchNeighborhood } from "../../api.ts";
import type { ClaimGraph } from "../../state/graph-data.ts";
import type { Store } from "../../state/store.ts";
import type { ViewState } from "../../state/view-state.ts";
import { download } from "../../utils/download.ts";
import type { GraphView } from "../graph/graph-view.ts";
import type { ExportScope } from "./export-menu.ts";
import { reportPng } from "./png.ts";
import { graphOfWire, subgraphOf, writeFile, type ExportFormat } from "./writers.ts";

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
      // The image is of the canvas as drawn, whatever the scope: titled by the selected node, if any.
      const title =
        selected !== null && graph.hasNode(selected)
          ? `${graph.getNodeAttribute(selected, "label")} and its neighbours`
          : "Graph view";
      return download(await reportPng(view.sigma, title), `${base}.png`);
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
    const file = await writeFile(exported, format, base);
    download(file.blob, file.name);
  };
}
