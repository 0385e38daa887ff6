import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocx } from "../../test-support/docx-fixture.ts";
import { readDocument } from "../load.ts";
import { loadDocx } from "./docx.ts";

describe("loadDocx", () => {
  it("reads paragraphs, keeps a footnote after the body and takes the document properties", async () => {
    const bytes = await buildDocx({
      heading: "Harbour survey results",
      paragraphs: ["The harbour authority counted 412 vessels in March.", "Dredging will resume next spring."],
      footnote: "Counts exclude pleasure craft.",
      title: "Survey of the harbour",
      creator: "Mira Okafor",
      company: "Coastal Data Office",
      created: "2024-04-02T08:30:00Z",
    });
    const doc = await loadDocx(bytes, "survey.docx");
    expect(doc.text.split("\n\n")).toEqual([
      "Harbour survey results",
      "The harbour authority counted 412 vessels in March.",
      "Dredging will resume next spring.",
      "Notes",
      "Counts exclude pleasure craft.",
    ]);
    expect(doc).toMatchObject({
      title: "Survey of the harbour",
      author: "Mira Okafor",
      publisher: "Coastal Data Office",
      publishedAt: "2024-04-02",
    });
  });

  it("titles a document without properties by its first line", async () => {
    const doc = await loadDocx(await buildDocx({ paragraphs: ["Minutes of the board", "The board met."] }), "m.docx");
    expect(doc.title).toBe("Minutes of the board");
    expect(doc.author).toBeUndefined();
  });

  it("names a file that is not a Word package", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cg-docx-"));
    await writeFile(join(dir, "broken.docx"), "plain text pretending to be a document");
    await expect(readDocument(join(dir, "broken.docx"))).rejects.toThrow(/^not a readable \.docx/);
  });
});
