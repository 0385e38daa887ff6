// The layouts, declared as data: the controls (buttons, parameter inputs) are generated from this
// one definition, as in Gephi Lite. A continuous layout runs until stopped (in a web worker); a
// one-shot layout runs once, synchronously.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { ClaimGraph } from "../../state/graph-data.ts";

export interface NumberParameter {
  id: string;
  label: string;
  min: number;
  max: number;
  step: number;
  default: number;
}

/** What a layout needs from the view: node radii are in pixels, positions in graph units. */
export interface LayoutContext {
  graph: ClaimGraph;
  /** Graph units per screen pixel at the current camera, to turn node sizes into distances. */
  unitsPerPixel(): number;
  /** Rendered radius of a node in pixels. */
  nodeRadius(key: string): number;
}

export type Values = Record<string, number>;

export interface ContinuousLayout {
  kind: "continuous";
  id: string;
  label: string;
  description: string;
  parameters: NumberParameter[];
  /** Starts running; the returned stop() ends it and runs whatever finishes the layout. */
  start(context: LayoutContext, values: Values): { stop(): void };
}

export interface OneShotLayout {
  kind: "one-shot";
  id: string;
  label: string;
  description: string;
  parameters: NumberParameter[];
  run(context: LayoutContext, values: Values): void;
}

export type LayoutDefinition = ContinuousLayout | OneShotLayout;

/** Pushes overlapping nodes apart, using their rendered sizes converted to graph units. */
function removeOverlaps({ graph, unitsPerPixel, nodeRadius }: LayoutContext, margin: number): void {
  const scale = unitsPerPixel();
  noverlap.assign(graph, {
    // It runs on the main thread: a few passes are enough to unstack a large graph's worst overlaps.
    maxIterations: graph.order > 5000 ? 5 : 60,
    settings: { margin: margin * scale, ratio: 1 },
    inputReducer: (key, attributes) => ({ x: attributes.x, y: attributes.y, size: nodeRadius(key) * scale }),
  });
}

export const LAYOUTS: readonly LayoutDefinition[] = [
  {
    kind: "continuous",
    id: "forceatlas2",
    label: "ForceAtlas2",
    description: "Pulls connected nodes together and pushes the others apart, in a background thread.",
    parameters: [
      { id: "gravity", label: "Gravity", min: 0, max: 10, step: 0.1, default: 1 },
      { id: "scalingRatio", label: "Scaling", min: 0.5, max: 50, step: 0.5, default: 10 },
    ],
    start(context, values) {
      const { graph } = context;
      const inferred = forceAtlas2.inferSettings(graph);
      const layout = new FA2Layout(graph, {
        settings: { ...inferred, gravity: values.gravity, scalingRatio: values.scalingRatio },
      });
      layout.start();
      return {
        stop() {
          layout.kill();
          // FA2 ignores node sizes; a short noverlap pass finishes the layout readably.
          removeOverlaps(context, 2);
        },
      };
    },
  },
  {
    kind: "one-shot",
    id: "noverlap",
    label: "Remove overlaps",
    description: "Moves overlapping nodes just enough apart to read every label.",
    parameters: [{ id: "margin", label: "Margin (px)", min: 0, max: 20, step: 1, default: 3 }],
    run: (context, values) => removeOverlaps(context, values.margin ?? 3),
  },
];
