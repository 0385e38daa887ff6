import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { csvField, writeCsv } from "./csv.ts";

/** A strict RFC 4180 reader, to prove that what the writer quotes comes back unchanged. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted || (ch !== "," && ch !== "\r")) field += ch;
    else {
      row.push(field);
      field = "";
      if (ch === "\r") {
        expect(text[++i]).toBe("\n");
        rows.push(row);
        row = [];
      }
    }
  }
  expect([field, row]).toEqual(["", []]);
  return rows;
}

describe("csvField", () => {
  it("quotes only fields with a comma, a quote or a line break, doubling the quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect([csvField(undefined), csvField(null), csvField(0), csvField(false)]).toEqual(["", "", "0", "false"]);
  });

  it("defuses text a spreadsheet would run as a formula, and leaves numbers alone", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("+1 hidden")).toBe("'+1 hidden");
    expect(csvField("-42.5")).toBe("-42.5");
    expect(csvField(-3)).toBe("-3");
  });

  it("joins lists with | and writes objects as JSON", () => {
    expect(csvField(["AB", "A&B"])).toBe("AB|A&B");
    expect(csvField([{ text: "5%", value: 5 }])).toBe('"{""text"":""5%"",""value"":5}"');
  });
});

describe("writeCsv", () => {
  it("writes a node table and an edge table that an RFC 4180 reader reads back", () => {
    const g = new Graph({ multi: true });
    g.addNode("e:1", {
      kind: "Entity",
      label: 'Acme "AR", Inc.',
      aliases: ["Acme", "AR"],
      description: "robots,\nfarms",
    });
    g.addNode("c:1", { kind: "Claim", label: "x", text: "It said 5%", confidence: 0.5 });
    g.addEdgeWithKey("r1", "c:1", "e:1", { type: "ABOUT" });
    g.addEdgeWithKey("r2", "c:1", "e:1", { type: "ABOUT", role: "subject" });
    const { nodes, edges } = writeCsv(g);
    expect(nodes.endsWith("\r\n")).toBe(true);
    expect(readCsv(nodes)).toEqual([
      ["key", "kind", "label", "aliases", "description", "text", "confidence"],
      ["e:1", "Entity", 'Acme "AR", Inc.', "Acme|AR", "robots,\nfarms", "", ""],
      ["c:1", "Claim", "x", "", "", "It said 5%", "0.5"],
    ]);
    expect(readCsv(edges)).toEqual([
      ["key", "source", "target", "type", "role"],
      ["r1", "c:1", "e:1", "ABOUT", ""],
      ["r2", "c:1", "e:1", "ABOUT", "subject"],
    ]);
  });

  it("writes just the headers for an empty graph", () => {
    expect(writeCsv(new Graph())).toEqual({ nodes: "key\r\n", edges: "key,source,target\r\n" });
  });
});
