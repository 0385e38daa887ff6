import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import type { WireGraph } from "../wire.ts";
import { exportFiles, writeExport } from "./formats.ts";

const wire: WireGraph = {
  attributes: {},
  options: { type: "directed", multi: true, allowSelfLoops: true },
  nodes: [
    {
      key: "e:1",
      attributes: {
        kind: "Entity",
        label: "A & B <Labs>",
        name: "A & B <Labs>",
        type: "Organization",
        aliases: ["AB", "A&B"],
      },
    },
    {
      key: "c:1",
      attributes: {
        kind: "Claim",
        label: "x",
        text: 'It said "5%"\u0001.',
        numbers: ["5%"],
        quantities: [{ text: "5%", value: 5, unit: "%" }],
        confidence: 0.5,
        hedged: false,
      },
    },
    {
      key: "s:1",
      attributes: {
        kind: "Source",
        label: "doc",
        title: "doc",
        uri: "https://example.org/a",
        sourceKind: "document",
        author: "Ana Lima",
        publisher: "Example Gazette",
        publishedAt: "2024-05-03",
      },
    },
  ],
  edges: [
    { key: "r1", source: "c:1", target: "e:1", attributes: { type: "ABOUT" } },
    {
      key: "r2",
      source: "c:1",
      target: "s:1",
      attributes: { type: "STATED_IN", start: 0, end: 9, quote: "It said", page: 4 },
    },
    {
      key: "r3",
      source: "c:1",
      target: "s:1",
      attributes: { type: "STATED_IN", start: 20, end: 29, quote: "It said" },
    },
  ],
};

describe("writeExport", () => {
  it("json follows the graphology serialisation that the export contract names", () => {
    const back = Graph.from(JSON.parse(writeExport(wire, "json")));
    expect(back.order).toBe(3);
    expect(back.size).toBe(3);
    expect(back.getNodeAttribute("e:1", "aliases")).toEqual(["AB", "A&B"]);
  });

  it("gexf is read back by graphology-gexf with the same counts and names", () => {
    const back = parseGexf(Graph, writeExport(wire, "gexf"), { allowUndeclaredAttributes: true });
    expect([back.order, back.size]).toEqual([3, 3]);
    expect(back.getNodeAttribute("e:1", "name")).toBe("A & B <Labs>");
    expect(JSON.parse(back.getNodeAttribute("c:1", "quantities"))).toEqual([{ text: "5%", value: 5, unit: "%" }]);
  });

  it("graphml is read back by graphology-graphml with the same counts, escaping intact", () => {
    const back = parseGraphml(Graph, writeExport(wire, "graphml"));
    expect([back.order, back.size]).toEqual([3, 3]);
    expect(back.getNodeAttribute("e:1", "name")).toBe("A & B <Labs>");
    expect(back.getNodeAttribute("c:1", "text")).toBe('It said "5%".');
  });

  it("every format carries a source's author, publisher and date and a statement's page", () => {
    const metadata = { author: "Ana Lima", publisher: "Example Gazette", publishedAt: "2024-05-03" };
    const readBack = {
      json: Graph.from(JSON.parse(writeExport(wire, "json"))),
      gexf: parseGexf(Graph, writeExport(wire, "gexf"), { allowUndeclaredAttributes: true }),
      graphml: parseGraphml(Graph, writeExport(wire, "graphml")),
    };
    for (const [format, graph] of Object.entries(readBack)) {
      expect(graph.getNodeAttributes("s:1"), format).toMatchObject(metadata);
      expect(graph.getEdgeAttribute("r2", "page"), format).toBe(4);
    }
    const [nodes, edges] = exportFiles(wire, "csv");
    for (const value of Object.values(metadata)) expect(nodes!.text).toContain(value);
    const header = edges!.text.split("\r\n")[0]!.split(",");
    const r2 = edges!.text
      .split("\r\n")
      .find((line) => line.startsWith("r2,"))!
      .split(",");
    expect(r2[header.indexOf("page")]).toBe("4");
  });

  it("csv is two files, nodes and edges, with a row per node and per edge", () => {
    const [nodes, edges] = exportFiles(wire, "csv");
    expect([nodes!.suffix, edges!.suffix]).toEqual(["-nodes.csv", "-edges.csv"]);
    expect(nodes!.text.trimEnd().split("\r\n")).toHaveLength(1 + 3);
    expect(edges!.text.trimEnd().split("\r\n")).toHaveLength(1 + 3);
    expect(nodes!.text).toContain("e:1,Entity,A & B <Labs>,A & B <Labs>,Organization,AB|A&B");
  });
});
