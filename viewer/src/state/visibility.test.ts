import { describe, expect, it } from "vitest";
import type { NodeAttributes } from "../../../graph/wire.ts";
import { createGraph } from "./graph-data.ts";
import { noFilters, type Filters } from "./view-state.ts";
import { computeVisibility } from "./visibility.ts";

const at = { x: 0, y: 0 };
const entity = (name: string): NodeAttributes => ({
  kind: "Entity",
  label: name,
  name,
  type: "Organization",
  aliases: [],
});
const claim = (text: string, publishedAt?: string): Extract<NodeAttributes, { kind: "Claim" }> => ({
  kind: "Claim",
  label: text,
  text,
  numbers: [],
  confidence: 1,
  hedged: false,
  ...(publishedAt ? { publishedAt } : {}),
});
const doc = (title: string): NodeAttributes => ({
  kind: "Source",
  label: title,
  title,
  uri: `${title}.txt`,
  sourceKind: "document",
});

function sample() {
  const graph = createGraph();
  graph.addNode("e:a", { ...entity("A"), ...at });
  graph.addNode("e:b", { ...entity("B"), ...at });
  graph.addNode("c:1", { ...claim("A grew"), ...at });
  graph.addNode("c:2", { ...claim("B fell"), ...at });
  graph.addNode("s:1", { ...doc("one"), ...at });
  graph.addNode("s:2", { ...doc("two"), ...at });
  graph.addEdge("c:1", "s:1", { type: "STATED_IN", start: 0, end: 4, quote: "said" });
  graph.addEdge("c:1", "s:2", { type: "STATED_IN", start: 10, end: 14, quote: "said" });
  graph.addEdge("c:2", "s:2", { type: "STATED_IN", start: 20, end: 24, quote: "said" });
  graph.addEdge("c:1", "e:a", { type: "ABOUT" });
  graph.addEdge("c:2", "e:b", { type: "ABOUT" });
  return graph;
}

describe("computeVisibility", () => {
  it("hides the unticked categories", () => {
    const hidden = computeVisibility(sample(), { ...noFilters, hiddenCategories: new Set(["Claim"]) }).hiddenNodes;
    expect([...hidden].sort()).toEqual(["c:1", "c:2"]);
  });

  it("a document filter keeps the document, its claims and what they are about, not the other document", () => {
    const hidden = computeVisibility(sample(), { ...noFilters, documents: new Set(["s:1"]) }).hiddenNodes;
    expect([...hidden].sort()).toEqual(["c:2", "e:b", "s:2"]);
  });

  it("'disputed claims only' hides the claims nothing contradicts, and no entity or source", () => {
    const graph = sample();
    graph.addNode("c:3", { ...claim("A shrank"), ...at });
    graph.mergeNodeAttributes("c:3", { contradictions: 1 });
    graph.mergeNodeAttributes("c:1", { contradictions: 0, corroborations: 2 });
    graph.mergeNodeAttributes("c:2", { contradictions: 2 });
    const hidden = (disputedOnly: boolean) =>
      [...computeVisibility(graph, { ...noFilters, disputedOnly }).hiddenNodes].sort();
    expect(hidden(false)).toEqual([]);
    expect(hidden(true)).toEqual(["c:1"]);
    graph.mergeNodeAttributes("c:2", { contradictions: undefined });
    expect(hidden(true)).toEqual(["c:1", "c:2"]);
  });

  it("the timeline hides claims published outside its months, and undated ones only when asked", () => {
    const graph = sample();
    graph.mergeNodeAttributes("c:1", { publishedAt: "2023-02-10" });
    graph.addNode("c:3", { ...claim("A rose", "2023-07-01"), ...at });
    const hidden = (dates: Filters["dates"]) =>
      [...computeVisibility(graph, { ...noFilters, dates }).hiddenNodes].sort();
    expect(hidden({ from: null, to: null, showUndated: true })).toEqual([]);
    expect(hidden({ from: "2023-03", to: null, showUndated: true })).toEqual(["c:1"]);
    expect(hidden({ from: null, to: "2023-06", showUndated: false })).toEqual(["c:2", "c:3"]);
    expect(hidden({ from: "2023-01", to: "2023-12", showUndated: false })).toEqual(["c:2"]);
  });
});

describe("the numbers filter", () => {
  const figures = () => {
    const graph = createGraph();
    graph.addNode("e:a", { ...entity("A"), ...at });
    graph.addNode("c:usd", {
      ...claim("A paid $5 million"),
      quantities: [{ text: "$5 million", value: 5e6, unit: "USD" }],
      ...at,
    });
    graph.addNode("c:pct", { ...claim("A grew 4%"), quantities: [{ text: "4%", value: 4, unit: "%" }], ...at });
    graph.addNode("c:none", { ...claim("A grew"), ...at });
    graph.addNode("q:usd", {
      kind: "Quantity",
      label: "$5 million",
      text: "$5 million",
      value: 5e6,
      unit: "USD",
      ...at,
    });
    return graph;
  };
  const hidden = (numbers: Filters["numbers"]) =>
    [...computeVisibility(figures(), { ...noFilters, numbers }).hiddenNodes].sort();

  it("hides the claims that state no figure; entities stay", () => {
    expect(hidden({ unit: null })).toEqual(["c:none"]);
  });

  it("of one unit, hides the claims and figures of other units too", () => {
    expect(hidden({ unit: "%" })).toEqual(["c:none", "c:usd", "q:usd"]);
    expect(hidden(null)).toEqual([]);
  });
});
