import { describe, expect, it } from "vitest";
import type { WireGraph } from "../../../graph/wire.ts";
import { routesOf } from "./path-routes.ts";

const node = (key: string) => ({
  key,
  attributes: { kind: "Entity", label: key, name: key, type: "Organization", aliases: [] },
});
const edge = (source: string, target: string, type: string) => ({
  source,
  target,
  attributes: { type } as WireGraph["edges"][number]["attributes"],
});

describe("routesOf", () => {
  const wire = {
    attributes: {
      paths: [
        { nodes: ["a", "c", "b"], edges: [0, 1] },
        { nodes: ["a", "d", "b"], edges: [2, 3] },
      ],
    },
    nodes: ["a", "b", "c", "d"].map(node),
    edges: [edge("c", "a", "ABOUT"), edge("c", "b", "ABOUT"), edge("d", "a", "MENTIONS"), edge("b", "d", "CITES")],
  } as WireGraph;

  it("gives each path's steps in order, with the way each relationship points", () => {
    const [first, second] = routesOf(wire);
    expect(first!.steps).toEqual([
      { from: "a", to: "c", type: "ABOUT", forward: false },
      { from: "c", to: "b", type: "ABOUT", forward: true },
    ]);
    expect(second!.steps.map((s) => [s.type, s.forward])).toEqual([
      ["MENTIONS", false],
      ["CITES", false],
    ]);
  });

  it("cuts the graph down to one path's nodes and edges", () => {
    const [, second] = routesOf(wire);
    expect(second!.graph.nodes.map((n) => n.key)).toEqual(["a", "b", "d"]);
    expect(second!.graph.edges.map((e) => e.attributes.type)).toEqual(["MENTIONS", "CITES"]);
  });

  it("reads an answer without routes as none", () => {
    expect(routesOf({ ...wire, attributes: {} })).toEqual([]);
  });
});
