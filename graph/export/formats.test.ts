import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    {
      key: "c:2",
      attributes: { kind: "Claim", label: "y", text: "It said 6%.", numbers: ["6%"], confidence: 0.5, hedged: false },
    },
    {
      key: "q:1",
      attributes: { kind: "Quantity", label: "5%", text: "5%", value: 5, unit: "%", quantityKind: "percent" },
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
    { key: "r4", source: "c:1", target: "q:1", attributes: { type: "STATES" } },
    { key: "r5", source: "c:2", target: "c:1", attributes: { type: "CORROBORATES", score: 0.8, why: "same rise" } },
    { key: "r6", source: "c:2", target: "c:1", attributes: { type: "CONTRADICTS", why: "6% vs 5%, same measure" } },
  ],
};

describe("writeExport", () => {
  it("json follows the graphology serialisation that the export contract names", () => {
    const back = Graph.from(JSON.parse(writeExport(wire, "json")));
    expect(back.order).toBe(5);
    expect(back.size).toBe(6);
    expect(back.getNodeAttribute("e:1", "aliases")).toEqual(["AB", "A&B"]);
  });

  it("gexf is read back by graphology-gexf with the same counts and names", () => {
    const back = parseGexf(Graph, writeExport(wire, "gexf"), { allowUndeclaredAttributes: true });
    expect([back.order, back.size]).toEqual([5, 6]);
    expect(back.getNodeAttribute("e:1", "name")).toBe("A & B <Labs>");
    expect(JSON.parse(back.getNodeAttribute("c:1", "quantities"))).toEqual([{ text: "5%", value: 5, unit: "%" }]);
  });

  it("gexf is read by networkx, a parser that is not ours, with the same counts and names", () => {
    const file = join(mkdtempSync(join(tmpdir(), "claimgraph-gexf-")), "g.gexf");
    writeFileSync(file, writeExport(wire, "gexf"));
    // Debian's python3-networkx (.ci/run installs it).
    const script = [
      "import json, sys, networkx as nx",
      "g = nx.read_gexf(sys.argv[1])",
      "print(json.dumps({'order': g.number_of_nodes(), 'size': g.number_of_edges(), 'name': g.nodes['e:1']['name']}))",
    ].join("\n");
    const read = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" }));
    expect(read).toEqual({ order: 5, size: 6, name: "A & B <Labs>" });
  });

  it("graphml is read back by graphology-graphml with the same counts, escaping intact", () => {
    const back = parseGraphml(Graph, writeExport(wire, "graphml"));
    expect([back.order, back.size]).toEqual([5, 6]);
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

  it("every format carries quantities and the STATES, CORROBORATES and CONTRADICTS edges with their properties", () => {
    const readBack = {
      json: Graph.from(JSON.parse(writeExport(wire, "json"))),
      gexf: parseGexf(Graph, writeExport(wire, "gexf"), { allowUndeclaredAttributes: true }),
      graphml: parseGraphml(Graph, writeExport(wire, "graphml")),
    };
    for (const [format, graph] of Object.entries(readBack)) {
      expect(graph.getNodeAttributes("q:1"), format).toMatchObject({ kind: "Quantity", value: 5, unit: "%" });
      expect(graph.getEdgeAttributes("r4"), format).toMatchObject({ type: "STATES" });
      expect(graph.getEdgeAttributes("r5"), format).toMatchObject({
        type: "CORROBORATES",
        score: 0.8,
        why: "same rise",
      });
      expect(graph.getEdgeAttributes("r6"), format).toMatchObject({
        type: "CONTRADICTS",
        why: "6% vs 5%, same measure",
      });
    }
    const [nodes, edges] = exportFiles(wire, "csv").map((f) => f.text);
    expect(nodes).toContain("q:1,Quantity,5%");
    expect(edges).toContain("r4,c:1,q:1,STATES");
    expect(edges).toMatch(/r5,c:2,c:1,CORROBORATES,.*0\.8.*same rise/);
    expect(edges).toMatch(/r6,c:2,c:1,CONTRADICTS,.*6% vs 5%, same measure/);
  });

  it("csv is two files, nodes and edges, with a row per node and per edge", () => {
    const [nodes, edges] = exportFiles(wire, "csv");
    expect([nodes!.suffix, edges!.suffix]).toEqual(["-nodes.csv", "-edges.csv"]);
    expect(nodes!.text.trimEnd().split("\r\n")).toHaveLength(1 + 5);
    expect(edges!.text.trimEnd().split("\r\n")).toHaveLength(1 + 6);
    expect(nodes!.text).toContain("e:1,Entity,A & B <Labs>,A & B <Labs>,Organization,AB|A&B");
  });
});
