// loadHtml's metadata: the page's tags first, a dateline in the article text as the fallback.
import { describe, expect, it } from "vitest";
import { MAX_DOM_HTML_CHARS, loadHtml } from "./html.ts";

const html = (head: string, body: string) =>
  new TextEncoder().encode(`<html><head>${head}</head><body><article>${body}</article></body></html>`);
const PARAGRAPHS = `<p>The river authority dredged 40,000 cubic metres of silt from the channel in 2020, it said in a statement.</p>
  <p>Engineers said the deeper channel would let larger barges reach the inland port for the first time since the floods.</p>`;

describe("loadHtml metadata", () => {
  it("falls back to a wire dateline in the article text when the page has no metadata", () => {
    const doc = loadHtml(
      html("<title>Channel dredged</title>", `<p>CAIRO, June 2, 2021 (Nilewire) - Work ended.</p>${PARAGRAPHS}`),
      "x.html",
    );
    expect(doc).toMatchObject({ title: "Channel dredged", publisher: "Nilewire", publishedAt: "2021-06-02" });
  });

  it("prefers the page's own tags to the dateline", () => {
    const doc = loadHtml(
      html(
        `<meta property="og:site_name" content="Delta Times"><meta property="article:published_time" content="2021-06-03">`,
        `<p>CAIRO, June 2, 2021 (Nilewire) - Work ended.</p>${PARAGRAPHS}`,
      ),
      "x.html",
    );
    expect(doc).toMatchObject({ publisher: "Delta Times", publishedAt: "2021-06-03" });
  });

  it("leaves the fields out when nothing gives them", () => {
    const doc = loadHtml(html("<title>Channel dredged</title>", PARAGRAPHS), "x.html");
    expect([doc.author, doc.publisher, doc.publishedAt]).toEqual([undefined, undefined, undefined]);
  });
});

describe("loadHtml on pages nested past reading", () => {
  it("reads 10,000 nested elements as flat text, with its title, paragraphs and entities", () => {
    const depth = 10_000;
    const html =
      `<html><head><title>Deep page</title><script>var x = "<p>not text</p>";</script></head><body>` +
      "<div>".repeat(depth) +
      "<p>First finding &amp; more.</p><p>Second &lt;finding&gt;.</p>" +
      "</div>".repeat(depth) +
      "</body></html>";
    const doc = loadHtml(new TextEncoder().encode(html), "deep.html");
    expect(doc.title).toBe("Deep page");
    expect(doc.text).toBe("First finding & more.\n\nSecond <finding>.");
  });

  it("reads a page too large for a DOM as flat text, comments included, with the metadata of its head", () => {
    const comment = (i: number) =>
      `<div class="comment"><span class="author">Reader ${i}</span><p>Comment number ${i} about the ferry.</p></div>`;
    const comments: string[] = [];
    for (let i = 0, size = 0; size <= MAX_DOM_HTML_CHARS; i++) size += comments[comments.push(comment(i)) - 1]!.length;
    const page =
      `<html><head><title>Ferry news</title><meta name="author" content="Jo Park">` +
      `<meta property="article:published_time" content="2024-05-02"><script>var big = "<p>no</p>";</script></head>` +
      `<body><article>${PARAGRAPHS}</article><section id="comments">${comments.join("")}</section></body></html>`;
    const doc = loadHtml(new TextEncoder().encode(page), "ferry.html");
    expect(doc).toMatchObject({ title: "Ferry news", author: "Jo Park", publishedAt: "2024-05-02" });
    expect(doc.text).toMatch(/^The river authority dredged/);
    expect(doc.text).toContain("Reader 0\n\nComment number 0 about the ferry.");
    expect(doc.text).not.toContain("no</p>");
    expect(doc.text.split("\n\n")).toHaveLength(2 + comments.length * 2);
  });
});
