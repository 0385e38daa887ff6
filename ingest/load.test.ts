import { chmodSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
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

describe("listDocumentFiles with links and unreadable folders", () => {
  it("follows a link back up the tree once and names it, and reads a file reached twice once", async () => {
    const root = mkdtempSync(join(tmpdir(), "claimgraph-links-"));
    mkdirSync(join(root, "inner"));
    writeFileSync(join(root, "inner", "x.txt"), "X\nText.");
    symlinkSync(root, join(root, "inner", "up"));
    symlinkSync(join(root, "inner", "x.txt"), join(root, "alias.txt"));
    const { files, failures } = await listDocumentFiles([root]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(["alias.txt"]);
    expect(failures).toEqual([
      { path: join(root, "inner", "up"), reason: `already read as ${root} (a link, or named twice)` },
    ]);
  });

  it.skipIf(process.getuid?.() === 0)("names a folder it may not read and goes on with the rest", async () => {
    const root = mkdtempSync(join(tmpdir(), "claimgraph-locked-"));
    mkdirSync(join(root, "locked"));
    writeFileSync(join(root, "ok.txt"), "Ok\nText.");
    chmodSync(join(root, "locked"), 0o000);
    try {
      const { files, failures } = await listDocumentFiles([root]);
      expect(files).toEqual([join(root, "ok.txt")]);
      expect(failures).toEqual([
        { path: join(root, "locked"), reason: expect.stringMatching(/cannot be read \(EACCES\)/) },
      ]);
    } finally {
      chmodSync(join(root, "locked"), 0o700);
    }
  });
});

describe("readDocument", () => {
  it("refuses a file over the size limit, saying the limit and how to raise it", async () => {
    const big = join(dir, "big.txt");
    writeFileSync(big, "Big\n" + "word ".repeat(300_000));
    await expect(readDocument(big, { maxMb: 1 })).rejects.toThrow(
      /is 1\.4 MB, over the limit of 1 MB for one file; raise it with --max-file-mb/,
    );
    expect((await readDocument(big, { maxMb: 2 })).title).toBe("Big");
  });

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
