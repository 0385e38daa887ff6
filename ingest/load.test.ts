import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listDocumentFiles, readDocument } from "./load.ts";

const dir = mkdtempSync(join(tmpdir(), "load-"));
mkdirSync(join(dir, "sub"));
writeFileSync(join(dir, "a.txt"), "Title line\nBody text.");
writeFileSync(join(dir, "sub", "b.md"), "# A heading\n\nSome words.");
writeFileSync(join(dir, "c.epub"), "PK");
writeFileSync(join(dir, "bad.txt"), Buffer.from([0xff, 0xfe, 0x41, 0xc3]));
writeFileSync(
  join(dir, "page.html"),
  `<html><head><title>Page title</title></head><body><nav>Menu</nav><article><h1>Big news</h1>
   <p>The first paragraph of the article says something worth reading about a lab &amp; a firm.</p>
   <p>A second paragraph adds more words so that the readability heuristics accept it as content.</p>
   <script>alert(1)</script></article></body></html>`,
);

describe("listDocumentFiles", () => {
  it("walks folders for supported files and names what it cannot use", async () => {
    const { files, failures } = await listDocumentFiles([dir, join(dir, "c.epub"), join(dir, "missing.txt")]);
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(["a.txt", "bad.txt", "page.html", "sub/b.md"]);
    expect(failures.map((f) => f.path.slice(dir.length + 1))).toEqual(["c.epub", "missing.txt"]);
  });
});

describe("readDocument", () => {
  it("reads text with its first line as title", async () => {
    const doc = await readDocument(join(dir, "a.txt"));
    expect(doc).toMatchObject({ title: "Title line", text: "Title line\nBody text.", format: "text" });
  });

  it("strips markdown heading marks from the title", async () => {
    expect((await readDocument(join(dir, "sub", "b.md"))).title).toBe("A heading");
  });

  it("turns HTML into readable text without scripts or markup", async () => {
    const doc = await readDocument(join(dir, "page.html"));
    expect(doc.text).toContain("about a lab & a firm.");
    expect(doc.text).not.toMatch(/alert|<p>|Menu/);
  });

  it("refuses invalid UTF-8 with a message naming the file", async () => {
    await expect(readDocument(join(dir, "bad.txt"))).rejects.toThrow(/^not valid UTF-8/);
  });
});
