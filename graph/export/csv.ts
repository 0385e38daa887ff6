// CSV for spreadsheets and data tools (pandas, R, networkx): a graph is two tables, so two files,
// nodes (key, then every node attribute) and edges (key, source, target, then every edge attribute).
// RFC 4180: a header row, CRLF line ends, and a field that holds a comma, a quote, CR or LF is
// quoted with its quotes doubled. Lists are joined with "|" and objects written as JSON, so every
// cell is one value. Text that a spreadsheet would run as a formula (=, +, -, @, tab or CR first)
// gets a leading apostrophe, as OWASP advises for CSV injection; plain numbers are left as they are.
// No Node imports: the viewer uses this for its own export button.
import type Graph from "graphology";

export type CsvTables = { nodes: string; edges: string };

export function csvField(value: unknown): string {
  const text =
    value === undefined || value === null
      ? ""
      : Array.isArray(value)
        ? value.map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : String(v))).join("|")
        : typeof value === "object"
          ? JSON.stringify(value)
          : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvTable(header: string[], rows: Iterable<unknown[]>): string {
  const lines = [header.map(csvField).join(",")];
  for (const row of rows) lines.push(row.map(csvField).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** Attribute names in the order they are first seen, so columns follow the data. */
function columns(attributes: Iterable<Record<string, unknown>>): string[] {
  const names = new Set<string>();
  for (const a of attributes) for (const name of Object.keys(a)) names.add(name);
  return [...names];
}

export function writeCsv(graph: Graph): CsvTables {
  const nodeColumns = columns(graph.mapNodes((_, a) => a));
  const edgeColumns = columns(graph.mapEdges((_, a) => a));
  return {
    nodes: csvTable(
      ["key", ...nodeColumns],
      graph.mapNodes((key, a) => [key, ...nodeColumns.map((c) => a[c])]),
    ),
    edges: csvTable(
      ["key", "source", "target", ...edgeColumns],
      graph.mapEdges((key, a, source, target) => [key, source, target, ...edgeColumns.map((c) => a[c])]),
    ),
  };
}
