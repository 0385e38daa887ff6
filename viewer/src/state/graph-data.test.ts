import { describe, expect, it } from "vitest";
import type { NodeAttributes, WireGraph } from "../../../graph/wire.ts";
import { createGraph, mergeWire } from "./graph-data.ts";

const entity: NodeAttributes = { kind: "Entity", label: "A", name: "A", type: "Organization", aliases: [] };
const claim: NodeAttributes = {
  kind: "Claim",
  label: "A grew",
  text: "A grew",
  numbers: [],
  confidence: 0.9,
  hedged: false,
};
const source: NodeAttributes = { kind: "Source", label: "S", title: "S", uri: "https://s.example", sourceKind: "web" };

const wire: WireGraph = {
  attributes: {},
  nodes: [
    { key: "e:a", attributes: entity },
    { key: "c:1", attributes: claim },
  ],
  edges: [
    { source: "c:1", target: "e:a", attributes: { type: "ABOUT" } },
    { source: "c:1", target: "e:missing", attributes: { type: "ABOUT" } },
  ],
};

describe("mergeWire", () => {
  it("adds new nodes where told and drops edges to nodes it does not have", () => {
    const graph = createGraph();
    expect(mergeWire(graph, wire, () => ({ x: 1, y: 2 }))).toEqual(["e:a", "c:1"]);
    expect(graph.getNodeAttributes("e:a")).toMatchObject({ label: "A", x: 1, y: 2 });
    expect(graph.size).toBe(1);
  });

  it("neither duplicates keyless edges nor moves nodes when merging the same graph again", () => {
    const graph = createGraph();
    mergeWire(graph, wire, () => ({ x: 1, y: 2 }));
    expect(mergeWire(graph, wire, () => ({ x: 9, y: 9 }))).toEqual([]);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttribute("c:1", "x")).toBe(1);
  });

  it("keeps two statements of a claim in the same source apart", () => {
    const graph = createGraph();
    const stated = (start: number): WireGraph["edges"][number] => ({
      source: "c:1",
      target: "s:1",
      attributes: { type: "STATED_IN", start, end: start + 5, quote: "A grew" },
    });
    const nodes = [
      { key: "c:1", attributes: claim },
      { key: "s:1", attributes: source },
    ];
    mergeWire(graph, { attributes: {}, nodes, edges: [stated(0), stated(40)] }, () => ({ x: 0, y: 0 }));
    expect(graph.size).toBe(2);
  });
});
