// loadHtml's metadata: the page's tags first, a dateline in the article text as the fallback.
import { describe, expect, it } from "vitest";
import { loadHtml } from "./html.ts";

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
});
