// A GraphML writer: graphology-graphml only parses, so writing is ours. Lists (aliases, spans,
// numbers) become "|"-joined strings, since GraphML attribute values are scalars.
import type Graph from "graphology";
import { xmlAllowed } from "./xml-text.ts";

type KeyType = "string" | "double" | "boolean";
type Key = { id: string; name: string; type: KeyType };

const escapeXml = (s: string) =>
  xmlAllowed(s).replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

const scalar = (v: unknown): string | number | boolean =>
  Array.isArray(v)
    ? v.join("|")
    : typeof v === "object" && v !== null
      ? JSON.stringify(v)
      : (v as string | number | boolean);

function collectKeys(items: Iterable<Record<string, unknown>>, prefix: string): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const attrs of items)
    for (const [name, raw] of Object.entries(attrs)) {
      if (raw === undefined || raw === null) continue;
      const v = scalar(raw);
      const type: KeyType = typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string";
      const known = keys.get(name);
      if (!known) keys.set(name, { id: `${prefix}${keys.size}`, name, type });
      else if (known.type !== type) known.type = "string";
    }
  return keys;
}

function dataLines(attrs: Record<string, unknown>, keys: Map<string, Key>, indent: string): string[] {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([name, v]) => `${indent}<data key="${keys.get(name)!.id}">${escapeXml(String(scalar(v)))}</data>`);
}

export function writeGraphml(graph: Graph): string {
  const nodeKeys = collectKeys(
    graph.mapNodes((_, a) => a),
    "n",
  );
  const edgeKeys = collectKeys(
    graph.mapEdges((_, a) => a),
    "e",
  );
  const keyLine = (k: Key, target: "node" | "edge") =>
    `  <key id="${k.id}" for="${target}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...nodeKeys.values()].map((k) => keyLine(k, "node")),
    ...[...edgeKeys.values()].map((k) => keyLine(k, "edge")),
    `  <graph edgedefault="${graph.type === "undirected" ? "undirected" : "directed"}">`,
  ];
  graph.forEachNode((key, attrs) => {
    lines.push(`    <node id="${escapeXml(key)}">`, ...dataLines(attrs, nodeKeys, "      "), "    </node>");
  });
  graph.forEachEdge((key, attrs, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      ...dataLines(attrs, edgeKeys, "      "),
      "    </edge>",
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
