// A PNG fit for a report: the graph as drawn, at twice the screen's pixels, with a title and a legend
// of the categories shown. Nodes a focus or a filter fades are left out, with their edges: the grey
// ghosts help on screen, where they can be hovered, and only blur a printed figure.
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes } from "../../../../graph/wire.ts";
import { LEGEND, LIGHT_PALETTE, categoryOf, isFadedColor } from "../../appearance.ts";
import type { ViewNode } from "../../state/graph-data.ts";

/** Image pixels per screen pixel. */
export const PNG_SCALE = 2;
const FONT = "Inter, system-ui, sans-serif";

type ViewSigma = Sigma<ViewNode, EdgeAttributes>;

/**
 * What the PNG draws, as the view's reducers draw it: nodes neither hidden nor faded, and the edges
 * among them. `pictured` is what of that falls inside the camera's frame, which the title's counts
 * and the legend describe.
 */
function shown(sigma: ViewSigma) {
  const { nodeReducer, edgeReducer } = sigma.getSettings();
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const inFrame = (key: string) => {
    const data = sigma.getNodeDisplayData(key);
    if (!data) return false;
    const { x, y } = sigma.framedGraphToViewport(data);
    return x >= 0 && y >= 0 && x <= width && y <= height;
  };
  const nodeLooks = (key: string): Partial<NodeDisplayData> =>
    nodeReducer ? nodeReducer(key, graph.getNodeAttributes(key)) : {};
  const nodes = new Set(
    graph.filterNodes((key) => {
      const looks = nodeLooks(key);
      return !looks.hidden && !isFadedColor(looks.color);
    }),
  );
  const edgeLooks = (key: string): Partial<EdgeDisplayData> =>
    edgeReducer ? edgeReducer(key, graph.getEdgeAttributes(key)) : {};
  const edges = new Set(
    graph.filterEdges((key, _, source, target) => {
      const looks = edgeLooks(key);
      return nodes.has(source) && nodes.has(target) && !looks.hidden && !isFadedColor(looks.color);
    }),
  );
  const pictured = new Set([...nodes].filter(inFrame));
  const picturedEdges = [...edges].filter((key) => graph.extremities(key).some((n) => pictured.has(n)));
  return { nodes, edges, nodeLooks, edgeLooks, pictured, picturedEdges: picturedEdges.length };
}

export async function reportPng(sigma: ViewSigma, title: string): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const settings = sigma.getSettings();
  const { nodes, edges, nodeLooks, edgeLooks, pictured, picturedEdges } = shown(sigma);
  const graphCanvas = await drawOnCanvas(sigma as unknown as Sigma, {
    width: width * PNG_SCALE,
    height: height * PNG_SCALE,
    backgroundColor: "#ffffff",
    // The same camera on a viewport twice as large shows the same part of the graph twice as large;
    // sizes given in screen pixels (nodes, edges, labels, padding) are doubled to match.
    sigmaSettings: {
      // The report is on white, whatever the page's theme.
      labelColor: { color: LIGHT_PALETTE.label },
      labelSize: settings.labelSize * PNG_SCALE,
      stagePadding: settings.stagePadding * PNG_SCALE,
      nodeReducer: (key: string) =>
        nodes.has(key)
          ? { ...nodeLooks(key), size: (nodeLooks(key).size ?? 2) * PNG_SCALE }
          : { ...nodeLooks(key), hidden: true },
      edgeReducer: (key: string) =>
        edges.has(key)
          ? { ...edgeLooks(key), size: (edgeLooks(key).size ?? 1) * PNG_SCALE }
          : { ...edgeLooks(key), hidden: true },
    } as Record<string, unknown>,
  });

  // The canvas is in device pixels: everything drawn on it is scaled by how many there are per unit.
  const unit = graphCanvas.width / width / PNG_SCALE;
  const k = unit * PNG_SCALE;
  const band = 64 * k;
  const out = document.createElement("canvas");
  out.width = graphCanvas.width;
  out.height = graphCanvas.height + band;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(graphCanvas, 0, band);

  ctx.fillStyle = "#111827";
  ctx.textBaseline = "alphabetic";
  ctx.font = `600 ${20 * k}px ${FONT}`;
  ctx.fillText(title, 16 * k, 30 * k, out.width - 32 * k);
  ctx.fillStyle = "#4b5563";
  ctx.font = `${12 * k}px ${FONT}`;
  const today = new Date().toISOString().slice(0, 10);
  ctx.fillText(`${pictured.size} nodes, ${picturedEdges} relationships · claimgraph · ${today}`, 16 * k, 50 * k);
  ctx.strokeStyle = "#e5e7eb";
  ctx.lineWidth = k;
  ctx.beginPath();
  ctx.moveTo(0, band - k / 2);
  ctx.lineTo(out.width, band - k / 2);
  ctx.stroke();

  // The legend: the categories of the nodes shown, in the explorer's legend order, bottom left.
  const graph = sigma.getGraph();
  const present = new Set([...pictured].map((key) => categoryOf(graph.getNodeAttributes(key))));
  const entries = LEGEND.filter((e) => present.has(e.label));
  if (entries.length) {
    const row = 18 * k;
    const boxHeight = entries.length * row + 12 * k;
    ctx.font = `${12 * k}px ${FONT}`;
    const boxWidth = Math.max(...entries.map((e) => ctx.measureText(e.label).width)) + 40 * k;
    const x = 12 * k;
    const y = out.height - boxHeight - 12 * k;
    ctx.fillStyle = "rgba(255, 255, 255, 0.92)";
    ctx.fillRect(x, y, boxWidth, boxHeight);
    ctx.strokeRect(x, y, boxWidth, boxHeight);
    entries.forEach((e, i) => {
      const cy = y + 6 * k + row * i + row / 2;
      ctx.fillStyle = e.color;
      ctx.beginPath();
      ctx.arc(x + 14 * k, cy, 5 * k, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = "#111827";
      ctx.textBaseline = "middle";
      ctx.fillText(e.label, x + 26 * k, cy);
    });
  }
  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser made no PNG"))), "image/png"),
  );
}
