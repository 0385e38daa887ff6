// Fetching against a real local HTTP server: documents with their metadata, and each failure's one-line reason.
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocx } from "../test-support/docx-fixture.ts";
import { fixtureRoutes, page, startFixtureServer, type FixtureServer } from "../test-support/http-fixtures.ts";
import { SAMPLE_INFO, sampleReport } from "../test-support/pdf-fixtures.ts";
import { canonicalUrl, documentFromUrl, fetchUrl, formatSize } from "./fetch-url.ts";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(fixtureRoutes());
});
afterAll(() => server.close());

describe("documentFromUrl", () => {
  it("reads an article with OpenGraph and JSON-LD: the URL as uri, authors, publisher and date", async () => {
    const url = server.url("/story.html");
    const doc = await documentFromUrl(url);
    expect(doc).toMatchObject({
      uri: url,
      location: url,
      format: "html",
      title: "Harbour ferries carry record numbers as the city adds night routes",
      author: "Ines Varga, Tomas Reyes",
      publisher: "The Northbay Courier",
      publishedAt: "2024-05-03T08:15:00+02:00",
    });
    expect(doc.text).toContain("carried 4.2 million passengers in 2023");
    expect(doc.text).not.toMatch(/Home|City\b/);
  });

  it("reads a page with only plain meta tags", async () => {
    const doc = await documentFromUrl(server.url("/meta-only.html"));
    expect(doc).toMatchObject({
      author: "Priya Natarajan",
      publisher: "Eastfield Weekly",
      publishedAt: "2023-11-20",
      title: "Library opens a tool lending shelf",
    });
  });

  it("reads text/plain with its dateline", async () => {
    const doc = await documentFromUrl(server.url("/notes.txt"));
    expect(doc).toMatchObject({
      format: "text",
      title: "Field notes",
      publisher: "Nordwire",
      publishedAt: "2024-05-03",
    });
  });

  it("follows a redirect but keeps the URL as given as the document's identity", async () => {
    const url = server.url("/moved");
    const doc = await documentFromUrl(url);
    expect([doc.uri, doc.location]).toEqual([url, url]);
    expect(doc.author).toBe("Ines Varga, Tomas Reyes");
    expect((await fetchUrl(url)).finalUrl).toBe(server.url("/story.html"));
  });

  it("decodes a page served in another charset", async () => {
    const doc = await documentFromUrl(server.url("/latin1.html"));
    expect(doc.text).toContain("The café on Quay Street");
  });
});

describe("fetchUrl formats", () => {
  it("reads a PDF and a DOCX served by URL through their loaders, pages and properties included", async () => {
    const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    server.route("/report.pdf", page(Buffer.from(sampleReport()), "application/pdf"));
    server.route(
      "/memo",
      page(Buffer.from(await buildDocx({ paragraphs: ["The depot opens in May."], creator: "Ida Brun" })), docxType),
    );
    const pdf = await documentFromUrl(server.url("/report.pdf"));
    expect(pdf).toMatchObject({ format: "pdf", title: SAMPLE_INFO.Title, author: SAMPLE_INFO.Author });
    expect(pdf.pageStarts).toHaveLength(3);
    const docx = await documentFromUrl(server.url("/memo"));
    expect(docx).toMatchObject({ format: "docx", author: "Ida Brun", text: "The depot opens in May." });
  });

  it("maps PDF and DOCX types to their formats, and an untyped body to its URL's extension", async () => {
    const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    server.route("/paper", page(Buffer.from("%PDF-1.7\n"), "application/pdf"));
    server.route("/letter", page(Buffer.from("PK\x03\x04"), docx));
    server.route("/readme.md", page("# Notes\n", "application/octet-stream"));
    server.route("/blob", page("???", "application/octet-stream"));
    expect((await fetchUrl(server.url("/paper"))).format).toBe("pdf");
    expect((await fetchUrl(server.url("/letter"))).format).toBe("docx");
    expect((await fetchUrl(server.url("/readme.md"))).format).toBe("markdown");
    server.route("/untyped", (_req, res) => res.end("???"));
    await expect(fetchUrl(server.url("/blob"))).rejects.toThrow(/^unsupported content type application\/octet-stream$/);
    await expect(fetchUrl(server.url("/untyped"))).rejects.toThrow(
      /^no content type, and the URL names no known file type$/,
    );
  });
});

describe("fetchUrl failures, one line each", () => {
  const reason = (path: string, limits = {}) =>
    fetchUrl(server.url(path), limits).then(
      () => "no failure",
      (e: Error) => e.message,
    );

  it("names the HTTP status", async () => {
    expect(await reason("/missing.html")).toBe("404 Not Found");
    expect(await reason("/error")).toBe("500 Internal Server Error");
  });

  it("gives up on a server that never answers", async () => {
    const started = performance.now();
    expect(await reason("/slow", { timeoutMs: 300 })).toBe("timed out after 0.3 s");
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("stops reading a body past the cap, with or without a Content-Length", async () => {
    expect(await reason("/big", { maxBytes: 100 * 1024 })).toBe("body larger than 100 KB");
    expect(await reason("/big", { maxBytes: 200 * 1024 })).toBe("no failure");
    expect(await reason("/big-declared")).toBe("body larger than 20 MB");
  });

  it("stops following redirects after the limit", async () => {
    expect(await reason("/loop")).toBe("too many redirects (more than 5)");
    expect(await reason("/loop", { maxRedirects: 2 })).toBe("too many redirects (more than 2)");
  });

  it("refuses content types it cannot read, and schemes other than http(s)", async () => {
    expect(await reason("/image.png")).toBe("unsupported content type image/png");
    expect(await reason("/to-ftp")).toBe("unsupported scheme ftp: (claimgraph fetches http and https only)");
    await expect(fetchUrl("file:///etc/hostname")).rejects.toThrow(/^unsupported scheme file:/);
    await expect(fetchUrl("not a url")).rejects.toThrow(/^not a valid URL$/);
  });

  it("says when the connection drops halfway through the body", async () => {
    server.route("/cut", (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("The first half of a page", () => res.socket?.destroy());
    });
    expect(await reason("/cut")).toMatch(/^connection lost while reading the body: \S+/);
  });

  it("names the system error when nothing listens", async () => {
    const port = await closedPort();
    await expect(fetchUrl(`http://127.0.0.1:${port}/x.html`)).rejects.toThrow(/^could not connect: ECONNREFUSED$/);
  });
});

describe("helpers", () => {
  it("sizes and canonical URLs", () => {
    expect([formatSize(20 * 1024 * 1024), formatSize(1536), formatSize(900)]).toEqual(["20 MB", "1.5 KB", "900 bytes"]);
    expect(canonicalUrl("HTTP://Example.COM/a#part")).toBe("http://example.com/a");
  });
});

/** A port nothing listens on: one the system just gave out and took back. */
const closedPort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
