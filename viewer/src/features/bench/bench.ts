// The ?bench= mode: instead of the API's graph, a synthetic one of the asked size (default 20,000
// nodes, 60,000 edges) drawn by the real graph view, with measurements exposed on
// window.__claimgraphBench for e2e/bench-viewer.ts to print. Not part of normal use.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ClaimGraph } from "../../state/graph-data.ts";
import { initialState } from "../../state/view-state.ts";
import type { GraphView } from "../graph/graph-view.ts";
import { syntheticGraph } from "./synthetic.ts";

export interface FrameStats {
  frames: number;
  seconds: number;
  fps: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface BenchResults {
  nodes: number;
  edges: number;
  generateMs: number;
  importMs: number;
  /** From the start of the bench (after the page's scripts loaded) to the first frame drawn. */
  firstRenderMs: number;
  /** From navigation start to the first frame drawn: what a user waits for. */
  firstRenderSinceNavigationMs: number;
  /** Camera moves by animation, as a pan or zoom does: edges and labels hidden while moving. */
  moving(ms: number): Promise<FrameStats>;
  /** A new camera state every frame without animation: every frame draws all edges. */
  stillFrames(ms: number): Promise<FrameStats>;
  /** One full refresh (reducers over every node and edge, buffers rebuilt), as a filter change costs. */
  refreshMs(): number;
  /** Main-thread time of one hover (focus on a hub, then off it), reducers and refresh included. */
  hoverMs(): number;
  /** Main-thread time of one frame after a camera move (the GPU's share is not in it). */
  renderMs(): number;
  /** ForceAtlas2 in its worker for `ms`: position updates received per second. */
  layoutTicks(ms: number): Promise<number>;
}

declare global {
  interface Window {
    __claimgraphBench?: BenchResults;
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function frameStats(stamps: number[]): FrameStats {
  const deltas = stamps
    .slice(1)
    .map((t, i) => t - stamps[i]!)
    .sort((a, b) => a - b);
  const seconds = stamps.length > 1 ? (stamps.at(-1)! - stamps[0]!) / 1000 : 0;
  return {
    frames: deltas.length,
    seconds,
    fps: seconds > 0 ? deltas.length / seconds : 0,
    p50Ms: quantile(deltas, 0.5),
    p95Ms: quantile(deltas, 0.95),
    maxMs: deltas.at(-1) ?? 0,
  };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export async function runBench(graph: ClaimGraph, view: GraphView, params: URLSearchParams): Promise<void> {
  const nodes = Number(params.get("bench")) || 20_000;
  const edges = Number(params.get("edges")) || nodes * 3;
  const t0 = performance.now();
  const wire = syntheticGraph(nodes, edges, 42);
  const t1 = performance.now();
  graph.import(wire);
  const t2 = performance.now();
  const sigma = view.sigma;
  const firstFrame = new Promise<number>((resolve) => sigma.once("afterRender", () => resolve(performance.now())));
  sigma.refresh();
  const drawn = await firstFrame;

  /** Records the time of every frame sigma draws while `drive` runs. */
  async function record(drive: (until: number) => Promise<void>, ms: number): Promise<FrameStats> {
    const stamps: number[] = [];
    const onRender = () => stamps.push(performance.now());
    sigma.on("afterRender", onRender);
    await drive(performance.now() + ms);
    sigma.off("afterRender", onRender);
    void sigma.getCamera().animatedReset({ duration: 0 });
    await nextFrame();
    return frameStats(stamps);
  }

  const camera = sigma.getCamera();
  window.__claimgraphBench = {
    nodes: graph.order,
    edges: graph.size,
    generateMs: t1 - t0,
    importMs: t2 - t1,
    firstRenderMs: drawn - t0,
    firstRenderSinceNavigationMs: drawn,
    moving: (ms) =>
      record(async (until) => {
        for (let i = 0; performance.now() < until; i++) {
          const angle = i * 0.9;
          await camera.animate(
            { x: 0.5 + 0.25 * Math.cos(angle), y: 0.5 + 0.25 * Math.sin(angle), ratio: i % 2 ? 0.35 : 0.9 },
            { duration: 500 },
          );
        }
      }, ms),
    stillFrames: (ms) =>
      record(async (until) => {
        for (let i = 0; performance.now() < until; i++) {
          camera.setState({ x: 0.5 + 0.2 * Math.cos(i / 20), y: 0.5 + 0.2 * Math.sin(i / 20), ratio: 0.6 });
          await nextFrame();
        }
      }, ms),
    refreshMs() {
      const start = performance.now();
      sigma.refresh();
      return performance.now() - start;
    },
    hoverMs() {
      const hub = graph.nodes().reduce((best, key) => (graph.degree(key) > graph.degree(best) ? key : best));
      const start = performance.now();
      for (let i = 0; i < 5; i++) {
        view.setState({ ...initialState, hovered: hub });
        view.setState(initialState);
      }
      return (performance.now() - start) / 10;
    },
    renderMs() {
      const start = performance.now();
      for (let i = 0; i < 10; i++) {
        camera.setState({ x: 0.5 + i * 0.01, y: 0.5 });
        sigma.refresh({ partialGraph: { nodes: [] }, skipIndexation: true }); // a synchronous render, nothing re-reduced
      }
      return (performance.now() - start) / 10;
    },
    async layoutTicks(ms) {
      let ticks = 0;
      const onTick = () => ticks++;
      graph.on("eachNodeAttributesUpdated", onTick);
      const layout = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
      layout.start();
      await new Promise((resolve) => setTimeout(resolve, ms));
      layout.kill();
      graph.off("eachNodeAttributesUpdated", onTick);
      return ticks / (ms / 1000);
    },
  };
}
